#pragma once

#include "richtext/HtmlSanitizer.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

class BodyPreparer;
class DocumentPrebuild;
class EditorState;
class QLabel;
class QPushButton;
class QTimer;
class RichTextEdit;

// The body of one editor: shows a body from the session (sanitized first; a large one on a worker
// thread while the window stays usable), says what the editor cannot keep (with Keep the HTML
// Untouched), and hands what was typed to the session once typing pauses, or at once when asked.
class BodyPart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyPart)

public:
    BodyPart(RichTextEdit *body, QLabel *lossNote, QPushButton *keepHtml, EditorState *state);

    // Puts a body into the editor; `restored` bodies count as typed (journal recovery).
    void show(const QString &html, const QString &text, bool restored);

private:
    void apply(const SanitizedHtml &prepared, bool restored);
    void dropPrebuild();
    void noteLosses(const SanitizedHtml &body);
    void onContentsChanged();
    void sync();
    void keepHtmlUntouched();
    void applyLocks();

    RichTextEdit *m_body;
    QLabel *m_lossNote;
    QPushButton *m_keepHtml;
    EditorState *m_state;
    BodyPreparer *m_preparer;
    // A large body's document, built while it is sanitized (see DocumentPrebuild), and the sanitizer's
    // answer when it came first and matched.
    DocumentPrebuild *m_prebuild = nullptr;
    std::optional<SanitizedHtml> m_awaitingDocument;
    QTimer *m_syncTimer;
    QElapsedTimer m_unsyncedSince; // the first edit not yet handed to the session
    bool m_pendingRestored = false;
    static constexpr int syncPauseMs = 250;
    static constexpr int syncMaxMs = 1500;
};
