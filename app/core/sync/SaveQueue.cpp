#include "core/sync/SaveQueue.h"

#include "core/api/ApiError.h"
#include "core/drafts/DraftCreation.h"
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
    if (first.isNewDraft()) {
        create(first);
        return;
    }
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
        emit notice(tr("A change that waited for Close is saved now."));
        settle(id, true);
    });
    connect(session, &DraftSession::conflict, m_watch, [this, id](const EmailActivity &theirs) {
        m_drafts->saveNotMade(theirs);
        settle(id, true); // the choice is the user's; the edits stay in the journal
        emit conflictWaiting(id);
    });
    connect(session, &DraftSession::saveFailed, m_watch, [this, id](const ApiError &error) {
        if (isLater(error)) {
            pause();
            return;
        }
        emit notice(tr("A change that waited for Close was not saved: %1").arg(error.fullText()));
        // The list goes back to Close's copy; one Close no longer has goes with the event log's word.
        if (m_session && error.kind != ApiError::Kind::NotFound)
            m_drafts->saveNotMade(m_session->original());
        settle(id, true);
    });
    session->save();
}

void SaveQueue::pause()
{
    delete m_watch;
    m_watch = nullptr;
    if (m_session && m_openedHere)
        m_drafts->close(m_session);
    m_session.clear();
}

void SaveQueue::create(const EmailStore::QueuedSave &waiting)
{
    const EmailActivity local = waiting.base;
    const QString subject = waiting.subject().isEmpty() ? tr("(no subject)") : waiting.subject();
    m_watch = new QObject(this);
    // Its own object (deleted later): its signals end in handlers that delete the watch.
    auto *creation
        = new DraftCreation(m_drafts->client(), DraftCreation::fieldsOf(local), local.dateCreated(), this);
    connect(creation, &DraftCreation::created, creation, &QObject::deleteLater);
    connect(creation, &DraftCreation::notMade, creation, &QObject::deleteLater);
    connect(creation, &DraftCreation::unknown, creation, &QObject::deleteLater);
    creation->setTaken(m_taken);
    connect(creation, &DraftCreation::created, m_watch, [this, local](const EmailActivity &email) {
        m_taken.insert(email.id());
        m_sentSome = true;
        delete m_watch;
        m_watch = nullptr;
        m_drafts->adoptCreated(local.id(), email); // its edits, if any, now wait under Close's id
        next();
    });
    connect(creation, &DraftCreation::notMade, m_watch, [this, local, subject](const ApiError &error) {
        if (isLater(error)) {
            pause();
            return;
        }
        // Close refused it (a lead deleted meanwhile, say): it stays here, out of the line, for the
        // user to correct and save again (which puts it back) or to delete.
        emit notice(tr("“%1”, written while Close could not be reached, was not made in Close: %2 It is "
                       "kept here: correct it and save it again, or delete it.")
                        .arg(subject, error.fullText()));
        settle(local.id(), true);
    });
    // Made or not cannot be told yet: it keeps its place, and the next flush looks again first.
    connect(creation, &DraftCreation::unknown, m_watch, [this] { pause(); });
    creation->start(DraftCreation::Start::LookFirst);
}

bool SaveQueue::isLater(const ApiError &error)
{
    // Still away, or not itself yet (5xx, a captive portal's page, a rate limit): it keeps its place
    // and goes on the next flush. Only Close's own refusal takes it out of the line.
    return error.isUnreachable() || error.kind == ApiError::Kind::Server
        || error.kind == ApiError::Kind::BadResponse || error.kind == ApiError::Kind::RateLimited;
}

void SaveQueue::settle(const QString &id, bool unqueue)
{
    if (unqueue && m_drafts->queue()) {
        m_drafts->queue()->unqueueSave(id);
        m_sentSome = true;
    }
    pause();
    next();
}
