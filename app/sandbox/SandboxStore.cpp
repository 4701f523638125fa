#include "sandbox/SandboxStore.h"

#include "core/base/IsoDateTime.h"
#include "core/base/WholeFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

const QJsonObject *SandboxStore::email(const QString &id) const
{
    const auto it = m_emails.constFind(id);
    return it == m_emails.cend() ? nullptr : &it.value();
}

void SandboxStore::putEmail(const QJsonObject &email)
{
    const QString id = email.value(u"id").toString();
    const auto existing = m_emails.constFind(id);
    // The order only changes when an email appears or its creation date changes.
    if (existing == m_emails.cend() || existing->value(u"date_created") != email.value(u"date_created"))
        m_orderValid = false;
    else {
        for (const QString &field : m_positions.keys()) {
            if (existing->value(field) != email.value(field))
                m_positions.remove(field); // made again when next asked
        }
    }
    m_emails.insert(id, email);
}

bool SandboxStore::removeEmail(const QString &id)
{
    dueAt.remove(id);
    m_orderValid = false; // positions after it move up
    return m_emails.remove(id) > 0;
}

const QList<QString> &SandboxStore::orderedEmailIds() const
{
    rebuildOrder();
    return m_order;
}

const QList<SandboxStore::OrderedEmail> &SandboxStore::orderedEmails() const
{
    rebuildOrder();
    return m_orderedEmails;
}

void SandboxStore::setListOrder(ListOrder order)
{
    m_listOrder = order;
    m_orderValid = false;
}

void SandboxStore::rebuildOrder() const
{
    if (m_orderValid)
        return;
    struct Key
    {
        std::optional<qint64> created;
        QString id;
        size_t scramble;
    };
    QList<Key> keys;
    keys.reserve(m_emails.size());
    for (auto it = m_emails.cbegin(); it != m_emails.cend(); ++it) {
        const std::optional<qint64> created = IsoDateTime::parseMicros(it->value(u"date_created").toString());
        keys.append({created, it.key(), qHash(it.key(), 7)});
    }
    std::sort(keys.begin(), keys.end(), [this](const Key &a, const Key &b) {
        switch (m_listOrder) {
        case ListOrder::NewestFirst:
            return a.created != b.created ? a.created > b.created : a.id > b.id;
        case ListOrder::OldestFirst:
            return a.created != b.created ? a.created < b.created : a.id < b.id;
        case ListOrder::Scrambled:
            return a.scramble != b.scramble ? a.scramble < b.scramble : a.id < b.id;
        }
        return false;
    });
    m_order.clear();
    m_order.reserve(keys.size());
    m_orderedEmails.clear();
    m_orderedEmails.reserve(keys.size());
    for (const Key &key : keys) {
        m_order.append(key.id);
        m_orderedEmails.append({key.id, key.created});
    }
    m_positions.clear();
    m_orderValid = true;
}

const QList<int> &SandboxStore::positionsWhere(const QString &field, const QString &value) const
{
    rebuildOrder();
    auto byField = m_positions.find(field);
    if (byField == m_positions.end()) {
        byField = m_positions.insert(field, {});
        for (int i = 0; i < m_order.size(); ++i)
            (*byField)[m_emails.value(m_order.at(i)).value(field).toString()].append(i);
    }
    static const QList<int> none;
    const auto found = byField->constFind(value);
    return found == byField->cend() ? none : *found;
}

std::optional<std::pair<int, int>> SandboxStore::createdRange(std::optional<qint64> from,
                                                              std::optional<qint64> until) const
{
    rebuildOrder();
    if (m_listOrder == ListOrder::Scrambled)
        return std::nullopt;
    // Emails without a readable date sort below every date (last when newest first, first otherwise)
    // and no date window holds them.
    const bool newestFirst = m_listOrder == ListOrder::NewestFirst;
    const auto inside = [&](const OrderedEmail &e, bool belowFrom) {
        // belowFrom: "is this entry before the window's start in list order"
        if (belowFrom)
            return newestFirst ? (until && e.createdMicros && *e.createdMicros >= *until)
                               : (!e.createdMicros || (from && *e.createdMicros < *from));
        return newestFirst ? (e.createdMicros && (!from || *e.createdMicros >= *from))
                           : (!e.createdMicros || !until || *e.createdMicros < *until);
    };
    const auto begin = m_orderedEmails.cbegin();
    const auto first = std::partition_point(begin, m_orderedEmails.cend(),
                                            [&](const OrderedEmail &e) { return inside(e, true); });
    const auto last = std::partition_point(first, m_orderedEmails.cend(),
                                           [&](const OrderedEmail &e) { return inside(e, false); });
    return std::pair<int, int>(int(first - begin), int(last - begin));
}

const QJsonObject *SandboxStore::user(const QString &id) const
{
    for (const QJsonObject &u : users) {
        if (u.value(u"id").toString() == id)
            return &u;
    }
    return nullptr;
}

const QJsonObject *SandboxStore::userByEmail(const QString &email) const
{
    for (const QJsonObject &u : users) {
        if (u.value(u"email").toString().compare(email, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

namespace {
QJsonArray toArray(const QList<QJsonObject> &list)
{
    QJsonArray array;
    for (const QJsonObject &o : list)
        array.append(o);
    return array;
}

QList<QJsonObject> toList(const QJsonValue &value)
{
    QList<QJsonObject> list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toObject());
    return list;
}
} // namespace

QJsonObject SandboxStore::toJson() const
{
    QJsonArray emailArray;
    for (const QString &id : orderedEmailIds())
        emailArray.append(m_emails.value(id));
    QJsonObject due;
    for (auto it = dueAt.cbegin(); it != dueAt.cend(); ++it)
        due.insert(it.key(), it.value().toString(Qt::ISODateWithMs));
    return QJsonObject {
        {QStringLiteral("format"), 1},
        {QStringLiteral("organization"), organization},
        {QStringLiteral("users"), toArray(users)},
        {QStringLiteral("leads"), toArray(leads.values())},
        {QStringLiteral("contacts"), toArray(contacts.values())},
        {QStringLiteral("connected_accounts"), toArray(connectedAccounts)},
        {QStringLiteral("email_templates"), toArray(emailTemplates)},
        {QStringLiteral("emails"), emailArray},
        {QStringLiteral("due"), due},
        {QStringLiteral("events"), toArray(events)},
    };
}

bool SandboxStore::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(u"format").toInt() != 1 || !json.value(u"emails").isArray()) {
        if (error)
            *error = QStringLiteral("not a draftdesk-sandbox data file (format 1)");
        return false;
    }
    organization = json.value(u"organization").toObject();
    users = toList(json.value(u"users"));
    leads.clear();
    for (const QJsonObject &lead : toList(json.value(u"leads")))
        leads.insert(lead.value(u"id").toString(), lead);
    contacts.clear();
    for (const QJsonObject &contact : toList(json.value(u"contacts")))
        contacts.insert(contact.value(u"id").toString(), contact);
    connectedAccounts = toList(json.value(u"connected_accounts"));
    emailTemplates = toList(json.value(u"email_templates"));
    m_emails.clear();
    m_orderValid = false;
    for (const QJsonObject &email : toList(json.value(u"emails")))
        putEmail(email);
    events = toList(json.value(u"events")); // absent in files written before the event log
    dueAt.clear();
    const QJsonObject due = json.value(u"due").toObject();
    for (auto it = due.constBegin(); it != due.constEnd(); ++it)
        dueAt.insert(it.key(), QDateTime::fromString(it.value().toString(), Qt::ISODateWithMs).toUTC());
    return true;
}

bool SandboxStore::saveTo(const QString &path, QString *error) const
{
    return WholeFile::write(path, QJsonDocument(toJson()).toJson(QJsonDocument::Compact), error);
}

bool SandboxStore::loadFrom(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    return fromJson(document.object(), error);
}

QString SandboxStore::newId(const QString &prefix, QRandomGenerator &random)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = prefix + QLatin1Char('_');
    for (int i = 0; i < 43; ++i)
        id += QLatin1Char(alphabet[random.bounded(62)]);
    return id;
}

const QJsonObject &SandboxStore::currentUser() const
{
    static const QJsonObject nobody;
    return users.isEmpty() ? nobody : users.constFirst();
}
