#include "sandbox/SandboxDirectory.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
QString renderPlaceholders(QString text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([a-z_]+\.[a-z_]+)\s*\}\})"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += values.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}
} // namespace

SandboxDirectory::SandboxDirectory(const SandboxStore &store) : m_store(store) { }

SandboxResponse SandboxDirectory::me() const
{
    QJsonObject user = m_store.currentUser();
    QJsonArray accounts;
    for (const QJsonObject &account : m_store.connectedAccounts) {
        if (account.value(u"user_id") == user.value(u"id"))
            accounts.append(account);
    }
    user.insert(QStringLiteral("organizations"), QJsonArray {m_store.organization});
    user.insert(QStringLiteral("email_accounts"), accounts);
    return SandboxResponse::json(200, user);
}

SandboxResponse SandboxDirectory::connectedAccounts(const SandboxParams &params) const
{
    const QString userId = params.value(QStringLiteral("user_id"));
    QJsonArray data;
    for (const QJsonObject &account : m_store.connectedAccounts) {
        if (userId.isEmpty() || account.value(u"user_id").toString() == userId)
            data.append(account);
    }
    return SandboxResponse::json(
        200, QJsonObject {{QStringLiteral("data"), data}, {QStringLiteral("has_more"), false}});
}

SandboxResponse SandboxDirectory::templates(const SandboxParams &params) const
{
    const int limit
        = qBound(0, params.value(QStringLiteral("_limit"), QString::number(SandboxParams::maxLimit)).toInt(),
                 SandboxParams::maxLimit);
    const int skip = qMax(0, params.value(QStringLiteral("_skip")).toInt());
    const QString archived = params.value(QStringLiteral("is_archived"));
    QJsonArray data;
    int matched = 0;
    bool hasMore = false;
    for (const QJsonObject &t : m_store.emailTemplates) {
        if (!archived.isEmpty() && t.value(u"is_archived").toBool() != (archived == QLatin1String("true")))
            continue;
        if (matched++ < skip)
            continue;
        if (data.size() == limit) {
            hasMore = true;
            break;
        }
        data.append(t);
    }
    return SandboxResponse::json(
        200, QJsonObject {{QStringLiteral("data"), data}, {QStringLiteral("has_more"), hasMore}});
}

SandboxResponse SandboxDirectory::renderTemplate(const QString &id, const SandboxParams &params) const
{
    const QJsonObject *found = nullptr;
    for (const QJsonObject &t : m_store.emailTemplates) {
        if (t.value(u"id").toString() == id)
            found = &t;
    }
    if (!found)
        return SandboxResponse::error(404, QStringLiteral("Not found"));
    const QJsonObject leadObject = m_store.leads.value(params.value(QStringLiteral("lead_id")));
    const QJsonObject contactObject = m_store.contacts.value(params.value(QStringLiteral("contact_id")));
    const QJsonObject &user = m_store.currentUser();
    const QString contactName = contactObject.value(u"name").toString();
    const QHash<QString, QString> values {
        {QStringLiteral("lead.display_name"), leadObject.value(u"display_name").toString()},
        {QStringLiteral("contact.name"), contactName},
        {QStringLiteral("contact.first_name"), contactName.section(QLatin1Char(' '), 0, 0)},
        {QStringLiteral("user.first_name"), user.value(u"first_name").toString()},
        {QStringLiteral("user.last_name"), user.value(u"last_name").toString()},
    };
    return SandboxResponse::json(
        200,
        QJsonObject {
            {QStringLiteral("subject"), renderPlaceholders(found->value(u"subject").toString(), values)},
            {QStringLiteral("body"), renderPlaceholders(found->value(u"body").toString(), values)},
            {QStringLiteral("lead_id"), leadObject.isEmpty() ? QJsonValue() : leadObject.value(u"id")},
            {QStringLiteral("lead_display_name"), leadObject.value(u"display_name")},
            {QStringLiteral("contact_id"),
             contactObject.isEmpty() ? QJsonValue() : contactObject.value(u"id")},
            {QStringLiteral("contact_display_name"), contactObject.value(u"name")},
            {QStringLiteral("email"),
             contactObject.value(u"emails").toArray().at(0).toObject().value(u"email")},
        });
}

QJsonObject SandboxDirectory::leadWithContacts(const QString &id) const
{
    QJsonObject leadObject = m_store.leads.value(id);
    QJsonArray contactList;
    for (const QJsonValue &contactId : leadObject.value(u"contact_ids").toArray()) {
        QJsonObject contactObject = m_store.contacts.value(contactId.toString());
        contactObject.insert(QStringLiteral("display_name"), contactObject.value(u"name"));
        contactList.append(contactObject);
    }
    leadObject.remove(QStringLiteral("contact_ids"));
    leadObject.insert(QStringLiteral("contacts"), contactList);
    leadObject.insert(QStringLiteral("organization_id"), m_store.organization.value(u"id"));
    return leadObject;
}

SandboxResponse SandboxDirectory::lead(const QString &id, const SandboxParams &params) const
{
    if (!m_store.leads.contains(id))
        return SandboxResponse::error(404, QStringLiteral("Not found"));
    return SandboxResponse::json(200, params.project(leadWithContacts(id)));
}

SandboxResponse SandboxDirectory::leads(const SandboxParams &params) const
{
    const int limit
        = params.value(QStringLiteral("_limit"), QString::number(SandboxParams::maxLimit)).toInt();
    if (limit < 0 || limit > SandboxParams::maxLimit)
        return SandboxParams::validationError(
            {{QStringLiteral("_limit"),
              QStringLiteral("Ensure this value is less than or equal to %1.")
                  .arg(SandboxParams::maxLimit)}});
    const int skip = qMax(0, params.value(QStringLiteral("_skip")).toInt());
    // Close's search language is richer (fields, quotes, operators); plain words cover what a person
    // types to find a lead by name, contact or address.
    const QStringList words
        = params.value(QStringLiteral("query")).toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QJsonArray data;
    int matched = 0;
    bool hasMore = false;
    QStringList ids = m_store.leads.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        const QJsonObject candidate = leadWithContacts(id);
        QString haystack = candidate.value(u"display_name").toString();
        for (const QJsonValue &c : candidate.value(u"contacts").toArray()) {
            haystack += QLatin1Char(' ') + c.toObject().value(u"name").toString();
            for (const QJsonValue &e : c.toObject().value(u"emails").toArray())
                haystack += QLatin1Char(' ') + e.toObject().value(u"email").toString();
        }
        haystack = haystack.toCaseFolded();
        const bool all = std::all_of(words.cbegin(), words.cend(),
                                     [&haystack](const QString &word) { return haystack.contains(word); });
        if (!all || matched++ < skip)
            continue;
        if (data.size() == limit) {
            hasMore = true;
            continue; // count on: total_results is every match
        }
        data.append(params.project(candidate));
    }
    return SandboxResponse::json(200,
                                 QJsonObject {{QStringLiteral("data"), data},
                                              {QStringLiteral("has_more"), hasMore},
                                              {QStringLiteral("total_results"), matched}});
}

SandboxResponse SandboxDirectory::contact(const QString &id) const
{
    if (!m_store.contacts.contains(id))
        return SandboxResponse::error(404, QStringLiteral("Not found"));
    QJsonObject contactObject = m_store.contacts.value(id);
    contactObject.insert(QStringLiteral("display_name"), contactObject.value(u"name"));
    contactObject.insert(QStringLiteral("organization_id"), m_store.organization.value(u"id"));
    return SandboxResponse::json(200, contactObject);
}
