#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>

#include <optional>

// Everything the sandbox knows: the organisation, users, leads, contacts, mailboxes, templates and
// email activities, plus when each outbox or scheduled email is due to go out. Close documents no list
// order; the sandbox's is newest date_created first, ties by id descending, and QA (and the tests) can
// pick another to check that nothing relies on it.
class SandboxStore final
{
public:
    enum class ListOrder {
        NewestFirst, // date_created descending, then id descending (the default)
        OldestFirst, // date_created ascending, then id ascending
        Scrambled, // a fixed order unrelated to any field (a hash of the id)
    };
    struct OrderedEmail
    {
        QString id;
        std::optional<qint64> createdMicros; // date_created to the microsecond; nullopt when unreadable
    };

    QJsonObject organization;
    QList<QJsonObject> users;
    // Who the API key belongs to: the first user (an empty object when there is none).
    const QJsonObject &currentUser() const;
    QMap<QString, QJsonObject> leads;
    QMap<QString, QJsonObject> contacts;
    QList<QJsonObject> connectedAccounts;
    QList<QJsonObject> emailTemplates;

    const QJsonObject *email(const QString &id) const;
    void putEmail(const QJsonObject &email); // insert or replace by id
    bool removeEmail(const QString &id);
    // Ids in list order; rebuilt lazily after a change.
    const QList<QString> &orderedEmailIds() const;
    // The same order with each email's creation instant, for date filters without a parse per row.
    const QList<OrderedEmail> &orderedEmails() const;
    // Positions in that order of the emails whose `field` (lead_id, user_id, contact_id) is `value`:
    // a filtered page costs its own rows, not a pass over every email.
    const QList<int> &positionsWhere(const QString &field, const QString &value) const;
    // [first, last) positions of the emails created in [from, until), when the order follows the
    // creation date (newest or oldest first); nothing when it does not (scrambled).
    std::optional<std::pair<int, int>> createdRange(std::optional<qint64> from,
                                                    std::optional<qint64> until) const;
    void setListOrder(ListOrder order);
    ListOrder listOrder() const { return m_listOrder; }
    qsizetype emailCount() const { return m_emails.size(); }

    QHash<QString, QDateTime> dueAt; // email id → when the send happens
    // The event log, oldest date_updated first (SandboxEvents writes and reads it).
    QList<QJsonObject> events;

    const QJsonObject *user(const QString &id) const;
    const QJsonObject *userByEmail(const QString &email) const;

    // Whole store as one JSON document, and back. Used by --data to persist across restarts.
    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json, QString *error);
    // Atomic: a crash mid-write leaves the previous file intact (QSaveFile).
    bool saveTo(const QString &path, QString *error) const;
    bool loadFrom(const QString &path, QString *error);

    // A fresh id in Close's style: prefix + "_" + 43 base62 characters.
    static QString newId(const QString &prefix, QRandomGenerator &random = *QRandomGenerator::global());

private:
    QHash<QString, QJsonObject> m_emails;
    void rebuildOrder() const;

    mutable QList<QString> m_order;
    mutable QList<OrderedEmail> m_orderedEmails;
    mutable bool m_orderValid = false;
    mutable QHash<QString, QHash<QString, QList<int>>> m_positions; // field → value → positions
    ListOrder m_listOrder = ListOrder::NewestFirst;
};
