#pragma once

#include "core/api/ApiError.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiCall;
class CloseClient;
class Drafts;
class EmailStore;
struct ApiResult;

// Keeps the store current from Close's event log (GET /event/): the activity.email events since the
// sync point, one query per action (object_type and action together are a combination Close supports),
// each paged by cursor. The newest event of each email decides: deleted emails leave the store, an
// event with `data` is Close's copy, one without (older than an hour, for non-admins) is read again
// with the list's _fields, many at once (id__in). Open editors follow (Drafts), and the list follows
// the store. The sync point (the newest date_updated seen) is kept in the store, so a start goes on
// from where the last session stopped; when it is older than the log reaches, or the log refuses,
// behind() asks for a reload of the list instead.
class EventLogSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogSync)

public:
    // The store's key for the sync point (EmailStore::setLoaded).
    static inline const QString pointKey = QStringLiteral("event-log");
    static constexpr int reachDays = 30;
    // Each query reaches this far behind the sync point: events land in the log a little late, and a
    // change applied twice is the same change.
    static constexpr int overlapSeconds = 60;
    // A new sync point starts this far before now: the list being loaded may be that old.
    static constexpr int startMarginSeconds = 300;
    static constexpr int idsPerRead = 100;
    // 50,000 events of one action: beyond that, reading the list again costs less.
    static constexpr int maxPagesPerAction = 1000;

    EventLogSync(CloseClient *client, Drafts *drafts, QObject *parent = nullptr);
    ~EventLogSync() override;
    void setStore(EmailStore *store);

    // Follows the log from the kept sync point, or (none kept) from now.
    void begin();
    // A sync now (F5, the timer); a second call while one runs makes it run once more after.
    void syncNow();
    // The connection ended: nothing more is asked.
    void stop();
    bool isSyncing() const { return m_running; }
    // When the last sync finished well (this machine's clock); invalid before.
    QDateTime lastSynced() const { return m_lastSynced; }
    // The newest change the store has followed (Close's clock), if any.
    std::optional<QDateTime> syncPoint() const;

signals:
    // A sync finished: how many emails changed, were added or went.
    void synced(int changes);
    // A sync could not be finished (Close unreachable, a refusal): the sync point stays.
    void failed(const ApiError &error);
    // The log cannot say what happened since `point` (too old, or refused): reload the list.
    void behind(const QDateTime &point, const QString &reason);

private:
    void requestPage(const QString &cursor);
    // An answer while syncing: false when stopped since, or failed (then the sync has ended).
    bool takeAnswer(const ApiResult &result);
    void onPage(const ApiResult &result);
    void apply();
    void readAgain(QStringList ids);
    // date_updated of the stored copy (invalid: none stored).
    QDateTime storedUpdate(const QString &id);
    void finish();
    void fail(const ApiError &error);
    void setPoint(const QDateTime &point);

    CloseClient *m_client;
    Drafts *m_drafts;
    EmailStore *m_store = nullptr;
    QPointer<ApiCall> m_call;
    bool m_running = false;
    bool m_again = false;
    bool m_stopped = true;
    QDateTime m_from; // this sync's date_updated__gte
    QStringList m_actions; // still to ask, the current first
    QString m_cursor; // the last cursor_next followed
    int m_pages = 0; // of the current action
    QHash<QString, QJsonObject> m_newest; // object id → its newest event
    QDateTime m_newestSeen;
    int m_changes = 0;
    QDateTime m_lastSynced;
};
