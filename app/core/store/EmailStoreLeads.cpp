// EmailStore: what a New Draft needs while Close cannot be reached: the leads the stored emails were
// written to, and who the user is.
#include "core/store/EmailStore.h"
#include "core/store/SearchText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

QList<EmailStore::KnownLead> EmailStore::knownLeads(const QString &words, int limit)
{
    // The list's own search (FTS5 over subject, recipients, sender, lead name and bodies), newest
    // emails first: the leads written to lately come first.
    const QString match = SearchText::matchExpression(words);
    QList<KnownLead> leads;
    if (match.isEmpty())
        return leads;
    indexPending();
    SqliteStatement query(m_db,
                          "SELECT r.id FROM emails e JOIN refs r ON r.ref = e.lead "
                          "WHERE e.n IN (SELECT rowid FROM email_search WHERE email_search MATCH ?1) "
                          "GROUP BY e.lead ORDER BY max(e.created) DESC LIMIT ?2");
    query.bind(1, match);
    query.bind(2, qint64(limit));
    QStringList ids;
    while (query.step() == SQLITE_ROW)
        ids.append(query.text(0));
    query.reset();
    for (const QString &id : std::as_const(ids)) {
        if (std::optional<KnownLead> lead = knownLead(id))
            leads.append(std::move(*lead));
    }
    return leads;
}

std::optional<EmailStore::KnownLead> EmailStore::knownLead(const QString &leadId)
{
    SqliteStatement lead(m_db, "SELECT ref, coalesce(name, '') FROM refs WHERE id = ?1");
    lead.bind(1, leadId);
    if (lead.step() != SQLITE_ROW)
        return std::nullopt;
    KnownLead known {leadId, lead.text(1), {}};
    const qint64 ref = lead.integer(0);
    lead.reset();
    // Whom its newest emails went to, one entry per contact (or per address without one). Not the
    // emails that came in: those were written to the user.
    SqliteStatement written(m_db,
                            "SELECT coalesce(c.id, ''), e.recipients FROM emails e "
                            "LEFT JOIN refs c ON c.ref = e.contact "
                            "WHERE e.lead = ?1 AND e.status <> ?2 AND e.recipients <> '' "
                            "ORDER BY e.created DESC LIMIT 200");
    written.bind(1, ref);
    written.bind(2, qint64(EmailStatus::Inbox));
    if (!written.isValid())
        return known;
    while (written.step() == SQLITE_ROW) {
        const QString contactId = written.text(0);
        QStringList addresses;
        for (const QString &part : written.text(1).split(QLatin1String(", "), Qt::SkipEmptyParts)) {
            if (part.contains(QLatin1Char('@')))
                addresses.append(part.trimmed());
        }
        if (addresses.isEmpty())
            continue;
        const auto same = std::find_if(known.contacts.cbegin(), known.contacts.cend(), [&](const auto &c) {
            return contactId.isEmpty() ? c.id.isEmpty() && c.addresses == addresses : c.id == contactId;
        });
        if (same == known.contacts.cend() && known.contacts.size() < 20)
            known.contacts.append({contactId, addresses});
    }
    return known;
}

void EmailStore::setMe(const Me &me)
{
    const QJsonObject json {{QStringLiteral("id"), me.userId},
                            {QStringLiteral("name"), me.name},
                            {QStringLiteral("identities"), QJsonArray::fromStringList(me.identities)}};
    const QByteArray value = QJsonDocument(json).toJson(QJsonDocument::Compact);
    {
        // Every connection tells who the user is, mostly the same as last time: then nothing is
        // written (a first write of the session starts the log, which syncs the disk twice, and this
        // answer arrives before the list's first paint).
        SqliteStatement stored(m_db, "SELECT value FROM meta WHERE key = 'me'");
        if (stored.step() == SQLITE_ROW && stored.bytes(0) == value)
            return;
    }
    write(
        [&] {
            SqliteStatement save(m_db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('me', ?1)");
            save.bind(1, value);
            return save.run();
        },
        Change::Nothing);
}

std::optional<EmailStore::Me> EmailStore::me()
{
    SqliteStatement query(m_db, "SELECT value FROM meta WHERE key = 'me'");
    if (query.step() != SQLITE_ROW)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(query.bytes(0)).object();
    if (json.value(u"id").toString().isEmpty())
        return std::nullopt;
    QStringList identities;
    for (const QJsonValue &identity : json.value(u"identities").toArray())
        identities.append(identity.toString());
    return Me {json.value(u"id").toString(), json.value(u"name").toString(), identities};
}
