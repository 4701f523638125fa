// EmailStore: the saves waiting for Close (made while it could not be reached).
#include "core/store/EmailStore.h"
#include "core/store/EmailStoreStatements.h"

#include <QJsonDocument>

#include <sqlite3.h>

bool EmailStore::queueSave(const EmailActivity &base, const QJsonObject &changes)
{
    const bool done = write(
        [&] {
            SqliteStatement put(
                m_db,
                "INSERT INTO queued_saves(id, base, changes, queued_at) VALUES (?1, ?2, ?3, ?4) "
                "ON CONFLICT(id) DO UPDATE SET changes = excluded.changes, "
                "queued_at = excluded.queued_at");
            put.bind(1, base.id());
            put.bind(2, QJsonDocument(base.toJson()).toJson(QJsonDocument::Compact));
            put.bind(3, QJsonDocument(changes).toJson(QJsonDocument::Compact));
            put.bind(4, QDateTime::currentDateTimeUtc().toMSecsSinceEpoch());
            return put.run();
        },
        Change::Nothing);
    emit queueChanged(queuedSaveCount());
    return done;
}

QList<EmailStore::QueuedSave> EmailStore::queuedSaves()
{
    QList<QueuedSave> saves;
    SqliteStatement query(m_db, "SELECT base, changes, queued_at FROM queued_saves ORDER BY seq");
    while (query.step() == SQLITE_ROW) {
        const EmailActivity::ParseResult base = EmailActivity::fromJson(
            QJsonDocument::fromJson(query.bytes(0)).object(), EmailActivity::ParseMode::Partial);
        if (!base.ok())
            continue; // nothing the store wrote itself; a hand-edited file loses that entry only
        saves.append({base.activity, QJsonDocument::fromJson(query.bytes(1)).object(),
                      QDateTime::fromMSecsSinceEpoch(query.integer(2), Qt::UTC)});
    }
    return saves;
}

bool EmailStore::isQueued(const QString &id)
{
    SqliteStatement query(m_db, "SELECT 1 FROM queued_saves WHERE id = ?1");
    query.bind(1, id);
    return query.step() == SQLITE_ROW;
}

void EmailStore::unqueueSave(const QString &id)
{
    write(
        [&] {
            SqliteStatement remove(m_db, "DELETE FROM queued_saves WHERE id = ?1");
            remove.bind(1, id);
            return remove.run();
        },
        Change::Nothing);
    emit queueChanged(queuedSaveCount());
}

qint64 EmailStore::queuedSaveCount()
{
    SqliteStatement query(m_db, "SELECT count(*) FROM queued_saves");
    return query.step() == SQLITE_ROW ? query.integer(0) : 0;
}

bool EmailStore::queueNewDraft(const EmailActivity &draft)
{
    // In line first: the queue is what makes it in Close; the row only shows it.
    if (!queueSave(draft, {}))
        return false;
    putRecord(draft);
    return true;
}

void EmailStore::adoptCreated(const QString &localId, const EmailActivity &created)
{
    write(
        [&] {
            SqliteStatement changes(m_db, "SELECT changes FROM queued_saves WHERE id = ?1");
            changes.bind(1, localId);
            const bool edited = changes.step() == SQLITE_ROW
                && !QJsonDocument::fromJson(changes.bytes(0)).object().isEmpty();
            changes.reset();
            SqliteStatement move(m_db,
                                 edited ? "UPDATE queued_saves SET id = ?2, base = ?3 WHERE id = ?1"
                                        : "DELETE FROM queued_saves WHERE id = ?1");
            move.bind(1, localId);
            if (edited) {
                move.bind(2, created.id());
                move.bind(3, QJsonDocument(created.toJson()).toJson(QJsonDocument::Compact));
            }
            m_statements->remove.bind(1, localId);
            return move.run() && m_statements->remove.run();
        },
        Change::Rows);
    putRecord(created);
    emit queueChanged(queuedSaveCount());
}
