#include "core/drafts/DraftChanges.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/DraftSession.h"

// Close's copy of an open email: taking it when another path saw a newer one, telling the views when
// it changed under unsaved edits, and what the user chose after a conflict.

bool DraftSession::theirsAgreeWithMine(const EmailActivity &theirs) const
{
    // Every field someone else changed must now hold what I have: then nothing of theirs is lost by
    // writing mine (a save whose answer was lost is the common case: Close has exactly my edits).
    const QJsonObject changedByThem = DraftChanges::between(m_original, theirs).body();
    for (auto it = changedByThem.constBegin(); it != changedByThem.constEnd(); ++it) {
        if (m_current.value(it.key()) != it.value())
            return false;
    }
    return true;
}

void DraftSession::rebaseOn(const EmailActivity &theirs)
{
    // Their copy becomes the base; what I typed stays on top, so only real differences go out.
    const QJsonObject mine = changes().body();
    m_original = theirs;
    m_current = theirs;
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it)
        m_current.setValue(it.key(), it.value());
    m_wasDirty = isDirty();
    emit changed();
    emit dirtyChanged(m_wasDirty);
    emit serverCopyChanged(m_original);
}

void DraftSession::adopt(const EmailActivity &email)
{
    m_original = email;
    m_current = email;
    if (m_journal)
        m_journal->remove(email.id());
    m_wasDirty = false;
    if (email.status() == EmailStatus::Draft)
        m_undoDeadline = {};
    emit changed();
    emit dirtyChanged(false);
    emit serverCopyChanged(m_original);
}

bool DraftSession::followServer(const EmailActivity &theirs)
{
    if (theirs.id() != m_original.id() || m_state != State::Idle)
        return false; // a request's own answer comes first and decides
    const bool otherState = theirs.contains(u"status") && theirs.status() != m_original.status();
    const bool newer = theirs.dateUpdated().isValid() && theirs.dateUpdated() > m_original.dateUpdated();
    if (!otherState && !newer)
        return false;
    EmailActivity copy = m_original;
    const QJsonObject fields = theirs.toJson();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        copy.setValue(it.key(), it.value());
    if (!isDirty()) {
        adopt(copy);
    } else if (copy.status() != EmailStatus::Draft) {
        // Sent or scheduled elsewhere: the edits can no longer go anywhere, but they are the user's.
        m_original = copy;
        emit changed();
        emit serverCopyChanged(m_original);
    } else if (theirsAgreeWithMine(copy)) {
        // Where they changed it, it already says what I have: it becomes the base quietly, and the
        // window is not loaded again under the user's cursor.
        rebaseOn(copy);
        return true;
    } else {
        if (m_theirs.contains(u"id") && m_theirs.dateUpdated() == copy.dateUpdated())
            return false; // said already
        m_theirs = copy;
        emit changedOnClose(m_theirs, DraftChanges::between(m_original, m_theirs).body().keys());
        return false;
    }
    if (copy.status() == EmailStatus::Draft || copy.status() == EmailStatus::Sent)
        m_undoDeadline = {};
    emit followedServer(m_original);
    return true;
}

void DraftSession::noteDeletedInClose(const QDateTime &when)
{
    if (m_deletedAt.isValid())
        return;
    m_deletedAt = when.isValid() ? when : QDateTime::currentDateTimeUtc();
    m_undoDeadline = {};
    emit deletedInClose(m_deletedAt);
    emit changed();
}

void DraftSession::keepMine()
{
    if (!m_theirs.contains(u"id"))
        return;
    if (m_theirs.status() != EmailStatus::Draft) {
        emit saveFailed(ApiError::make(ApiError::Kind::Validation,
                                       tr("It is no longer a draft, so it cannot be changed. Copy your text "
                                          "into a new draft instead.")));
        return;
    }
    // Mine goes over theirs: the new base is their copy, my edits stay as they are.
    const QJsonObject mine = changes().body();
    m_original = m_theirs;
    m_current = m_theirs;
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it)
        m_current.setValue(it.key(), it.value());
    m_theirs = {};
    emit changed();
    put();
}

void DraftSession::takeTheirs()
{
    if (!m_theirs.contains(u"id"))
        return;
    m_original = m_theirs;
    m_current = m_theirs;
    m_theirs = {};
    if (m_journal)
        m_journal->remove(m_original.id());
    emit changed();
    m_wasDirty = false;
    emit dirtyChanged(false);
    emit serverCopyChanged(m_original);
}

void DraftSession::becomeCreated(const EmailActivity &created)
{
    const QString localId = m_original.id();
    const QJsonObject edits = changes().body();
    m_original = created;
    m_current = created;
    for (auto it = edits.constBegin(); it != edits.constEnd(); ++it)
        m_current.setValue(it.key(), it.value());
    // The window keeps its text and cursor (nothing it shows changed), so no followedServer.
    if (m_journal) {
        m_journal->remove(localId);
        journal();
    }
    emit serverCopyChanged(created);
    emit changed();
}
