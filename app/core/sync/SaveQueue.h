#pragma once

#include "core/store/EmailStore.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class ApiError;
class DraftSession;
class Drafts;

// The saves that waited while Close could not be reached, sent when it is back: in the order they
// were made, each through its DraftSession's own save, so each has the conflict check (a newer copy
// in Close is never overwritten: the user is asked). An open editor's session saves its own edits;
// for a closed one a session is opened on the queued base with the queued edits. Stops at the first
// save that still cannot reach Close. Never sends an email: only saves are ever queued.
// A draft written while Close could not be reached is made first (DraftCreation: looked for, then
// POSTed, so it is made exactly once), then known by Close's id everywhere, then its edits are saved.
class SaveQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveQueue)

public:
    explicit SaveQueue(Drafts *drafts, QObject *parent = nullptr);
    ~SaveQueue() override;

    // Sends what waits (nothing happens while a flush is under way or nothing waits).
    void flush();
    bool isFlushing() const { return m_watch != nullptr; }

signals:
    // Close changed this email while it waited: its edits stay in the journal; open it to choose.
    void conflictWaiting(const QString &id);
    // A sentence for the status bar about a queued save that went out or could not.
    void notice(const QString &sentence);
    // Every waiting save went out (or was settled): the store can be brought up to date.
    void drained();

private:
    void next();
    void settle(const QString &id, bool unqueue);
    void create(const EmailStore::QueuedSave &waiting);
    // Stops this flush; what waits keeps its place for the next.
    void pause();
    static bool isLater(const ApiError &error);

    Drafts *m_drafts;
    QPointer<DraftSession> m_session;
    bool m_openedHere = false; // the session was opened for the queue (and is closed after)
    bool m_sentSome = false; // this flush settled at least one save
    QObject *m_watch = nullptr; // the current save's (or creation's) connections
    QSet<QString> m_taken; // Close's ids of the drafts made by this queue
};
