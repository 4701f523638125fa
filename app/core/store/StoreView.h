#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

class SqliteDb;

// Which stored emails the list shows, and in what order: the filters Close offers (lead, user,
// contact, ids, creation and activity dates), the ones it does not (status, words), and a sort key.
// Turned into one SQL query over the store's indexes.
struct StoreView
{
    enum class Sort { Created, Status, Subject, Recipients, Sender, LeadName, Shown, Updated };

    QString leadId;
    QString userId;
    QString contactId;
    QStringList ids;
    std::optional<qint64> createdFromMicros;
    std::optional<qint64> createdUntilMicros;
    std::optional<qint64> activityFromMs;
    std::optional<qint64> activityUntilMs;
    std::optional<int> status; // EmailStatus as int; -1 is a status Draftdesk cannot read
    QString search; // words, each the start of a word somewhere in the email
    std::vector<qint64> numbersIn; // only these emails (the search's matches, once known)
    bool matchedOnly = false; // only the emails of the connection's matches bitmap (SqliteDb::setMatches)
    Sort sort = Sort::Created;
    bool descending = true; // newest first, as Close lists

    // "WHERE …" (or empty) with its values in order, for the emails table as `e`.
    QByteArray whereClause(QList<QVariant> *values) const;
    QByteArray orderClause() const;
    // Runs the view on a connection: the store's numbers of its emails, in order (at most `limit`).
    // *code is SQLite's last answer (SQLITE_DONE when every row was read).
    std::vector<qint64> numbers(SqliteDb &db, qint64 limit, int *code, size_t expected = 0) const;
    bool searches() const;
    friend bool operator==(const StoreView &, const StoreView &) = default;
};
