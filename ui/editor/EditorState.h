#pragma once

#include "ui/common/Tone.h"

#include <QObject>
#include <QString>

#include <optional>

class DraftSession;

// What every part of one editor window reads, in one place they all observe: the session, which
// locks hold the fields (the email is not an editable draft; the body is kept untouched, still being
// prepared, or in a shape Draftdesk cannot read), whether fields are being filled from the session
// (their change signals are then not edits), and the one problem line under the form. Parts ask
// here, never the window, so no part knows another part or the window.
class EditorState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorState)

public:
    EditorState(DraftSession *session, QObject *parent);

    DraftSession *session() const { return m_session; }

    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    // The HTML is kept as Close has it (too large, too complex, or the user chose to keep it).
    bool isBodyLocked() const { return m_bodyLocked; }
    void setBodyLocked(bool locked);
    // A large body is being sanitized on a worker thread.
    bool isBodyPending() const { return m_bodyPending; }
    void setBodyPending(bool pending);
    // Close sent body_html or body_text in a shape Draftdesk cannot read.
    bool isBodyUnusable() const { return m_bodyUnusable; }
    void setBodyUnusable(bool unusable);
    // Tells every part to apply the locks again (a new email was loaded into the fields).
    void reapplyLocks() { emit locksChanged(); }
    bool canEditBody() const { return !m_readOnly && !m_bodyLocked && !m_bodyPending && !m_bodyUnusable; }

    // While true, the fields are being filled from the session: what they report is not typed.
    bool isLoading() const { return m_loading; }
    // Sets loading for the life of the returned guard, and puts the old value back after.
    class Loading
    {
    public:
        explicit Loading(EditorState *state)
            : m_state(state), m_was(std::exchange(state->m_loading, true)) { }
        ~Loading() { m_state->m_loading = m_was; }
        Q_DISABLE_COPY_MOVE(Loading)

    private:
        EditorState *m_state;
        bool m_was;
    };

    // The plain text is written by hand: it no longer follows the message.
    bool ownsPlainText() const { return m_ownsPlainText; }
    void setOwnsPlainText(bool owns) { m_ownsPlainText = owns; }

    // The line under the form: an error, a success, or (no tone) a plain fact; empty hides it.
    void showProblem(const QString &message, std::optional<Tone::Kind> tone = Tone::Kind::Error);
    void clearProblem() { showProblem(QString()); }
    QString problem() const { return m_problem; }
    std::optional<Tone::Kind> problemTone() const { return m_problemTone; }

    // Hands what was typed in the body to the session now (the body part listens; normally this
    // happens once typing pauses).
    void syncBody() { emit bodySyncRequested(); }

signals:
    // One of the locks above changed.
    void locksChanged();
    void problemChanged(const QString &message, std::optional<Tone::Kind> tone);
    void bodySyncRequested();
    // A body is in the editor (after a worker prepared it, for a large one).
    void bodyShown();
    // What was typed in the body reached the session.
    void bodySynced();

private:
    void setLock(bool &lock, bool value);

    DraftSession *m_session;
    bool m_readOnly = false;
    bool m_bodyLocked = false;
    bool m_bodyPending = false;
    bool m_bodyUnusable = false;
    bool m_loading = false;
    bool m_ownsPlainText = false;
    QString m_problem;
    std::optional<Tone::Kind> m_problemTone;
};
