#include "ui/editor/EditorState.h"

EditorState::EditorState(DraftSession *session, QObject *parent) : QObject(parent), m_session(session) { }

void EditorState::setLock(bool &lock, bool value)
{
    if (std::exchange(lock, value) != value)
        emit locksChanged();
}

void EditorState::setReadOnly(bool readOnly)
{
    setLock(m_readOnly, readOnly);
}

void EditorState::setBodyLocked(bool locked)
{
    setLock(m_bodyLocked, locked);
}

void EditorState::setBodyPending(bool pending)
{
    setLock(m_bodyPending, pending);
}

void EditorState::setBodyUnusable(bool unusable)
{
    setLock(m_bodyUnusable, unusable);
}

void EditorState::showProblem(const QString &message, std::optional<Tone::Kind> tone)
{
    m_problem = message;
    m_problemTone = tone;
    emit problemChanged(message, tone);
}
