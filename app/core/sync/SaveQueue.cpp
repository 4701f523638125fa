#include "core/sync/SaveQueue.h"

#include "core/api/ApiError.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "core/store/EmailStore.h"

#include <utility>

SaveQueue::SaveQueue(Drafts *drafts, QObject *parent) : QObject(parent), m_drafts(drafts) { }

SaveQueue::~SaveQueue()
{
    delete m_watch;
    if (m_session && m_openedHere)
        m_drafts->close(m_session);
}

void SaveQueue::flush()
{
    if (isFlushing())
        return;
    next();
}

void SaveQueue::next()
{
    EmailStore *queue = m_drafts->queue();
    if (!queue)
        return;
    const QList<EmailStore::QueuedSave> waiting = queue->queuedSaves();
    if (waiting.isEmpty()) {
        if (std::exchange(m_sentSome, false))
            emit drained();
        return;
    }
    const EmailStore::QueuedSave &first = waiting.constFirst();
    const QString id = first.base.id();
    DraftSession *session = m_drafts->find(id);
    m_openedHere = !session;
    if (!session) {
        session = m_drafts->open(first.base);
        session->applyEdits(first.changes);
    } else if (session->state() != DraftSession::State::Idle) {
        return; // its window is saving or sending it now; the next flush looks again
    }
    m_session = session;
    m_watch = new QObject(this);
    connect(session, &DraftSession::saved, m_watch, [this, id] {
        emit notice(tr("A change made while Close could not be reached is saved now."));
        settle(id, true);
    });
    connect(session, &DraftSession::conflict, m_watch, [this, id] {
        settle(id, true); // the choice is the user's; the edits stay in the journal
        emit conflictWaiting(id);
    });
    connect(session, &DraftSession::saveFailed, m_watch, [this, id](const ApiError &error) {
        // Still away, or not itself yet (5xx, a captive portal's page, a rate limit): it keeps its
        // place and goes on the next flush. Only Close's own refusal takes it out of the line.
        const bool later = error.isUnreachable() || error.kind == ApiError::Kind::Server
            || error.kind == ApiError::Kind::BadResponse || error.kind == ApiError::Kind::RateLimited;
        if (later) {
            delete m_watch;
            m_watch = nullptr;
            if (m_session && m_openedHere)
                m_drafts->close(m_session);
            m_session.clear();
            return;
        }
        emit notice(
            tr("A change made while Close could not be reached was not saved: %1").arg(error.fullText()));
        settle(id, true);
    });
    session->save();
}

void SaveQueue::settle(const QString &id, bool unqueue)
{
    delete m_watch;
    m_watch = nullptr;
    if (unqueue && m_drafts->queue()) {
        m_drafts->queue()->unqueueSave(id);
        m_sentSome = true;
    }
    if (m_session && m_openedHere)
        m_drafts->close(m_session);
    m_session.clear();
    next();
}
