#include "ui/editor/BodyPart.h"

#include "core/drafts/DraftSession.h"
#include "richtext/BodyPreparer.h"
#include "richtext/DocumentPrebuild.h"
#include "richtext/HtmlBody.h"
#include "richtext/SafeTextDocument.h"
#include "ui/editor/EditorState.h"
#include "ui/editor/RichTextEdit.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>

BodyPart::BodyPart(RichTextEdit *body, QLabel *lossNote, QPushButton *keepHtml, EditorState *state)
    : QObject(body),
      m_body(body),
      m_lossNote(lossNote),
      m_keepHtml(keepHtml),
      m_state(state),
      m_preparer(new BodyPreparer(this)),
      m_syncTimer(new QTimer(this))
{
    connect(m_preparer, &BodyPreparer::ready, this,
            [this](const SanitizedHtml &prepared) { apply(prepared, m_pendingRestored); });
    m_syncTimer->setSingleShot(true);
    m_syncTimer->setInterval(syncPauseMs); // turning a large document into HTML on every key would lag
    connect(m_syncTimer, &QTimer::timeout, this, &BodyPart::sync);
    connect(m_body->document(), &QTextDocument::contentsChanged, this, &BodyPart::onContentsChanged);
    connect(m_body, &RichTextEdit::documentReplaced, this, [this] {
        connect(m_body->document(), &QTextDocument::contentsChanged, this, &BodyPart::onContentsChanged);
    });
    connect(m_keepHtml, &QPushButton::clicked, this, &BodyPart::keepHtmlUntouched);
    connect(m_state, &EditorState::bodySyncRequested, this, &BodyPart::sync);
    connect(m_state, &EditorState::locksChanged, this, &BodyPart::applyLocks);
}

void BodyPart::applyLocks()
{
    m_body->setReadOnly(!m_state->canEditBody());
}

void BodyPart::onContentsChanged()
{
    if (m_state->isLoading() || m_state->isBodyLocked())
        return;
    // Hand the body to the session (and so the journal) once typing pauses for a moment, and during
    // continuous typing at least every syncMaxMs: with the journal's own delay, an edit is on disk
    // within half a second of a pause and within two seconds while typing on.
    if (!m_unsyncedSince.isValid())
        m_unsyncedSince.start();
    const qint64 left = syncMaxMs - m_unsyncedSince.elapsed();
    m_syncTimer->setInterval(int(qBound<qint64>(0, left, qint64(syncPauseMs))));
    m_syncTimer->start();
}

void BodyPart::sync()
{
    m_syncTimer->stop();
    m_unsyncedSince.invalidate();
    // An untouched body is never rewritten: Qt's HTML is not the server's byte for byte, and merely
    // opening a draft must not make it "changed".
    if (m_state->isReadOnly() || m_state->isBodyLocked() || !m_body->document()->isModified())
        return;
    DraftSession *session = m_state->session();
    const QString html = HtmlBody::toEmailHtml(*m_body->document());
    // Written by hand, the plain text is already the session's.
    const QString text = m_state->ownsPlainText() ? session->current().bodyText()
                                                  : HtmlBody::toPlainText(*m_body->document());
    session->setBody(html, text);
    emit m_state->bodySynced();
}

void BodyPart::show(const QString &html, const QString &text, bool restored)
{
    m_pendingRestored = restored;
    m_state->setBodyLocked(false); // a new body: its own limits decide
    dropPrebuild();
    if (html.isEmpty()) {
        m_preparer->forget(); // a body still being prepared
        apply(HtmlSanitizer::plainText(text), restored);
        return;
    }
    if (const std::optional<SanitizedHtml> prepared = m_preparer->prepare(html, text)) {
        apply(*prepared, restored);
        return;
    }
    // A large body: the window is usable at once, the body follows from the worker. Its document is
    // built meanwhile, for the sanitizer's answer to find ready when it leaves the body as it is.
    m_prebuild = new DocumentPrebuild(html, *m_body->document(), this);
    connect(m_prebuild, &DocumentPrebuild::ready, this, [this] {
        if (m_awaitingDocument)
            apply(*std::exchange(m_awaitingDocument, std::nullopt), m_pendingRestored);
    });
    {
        const EditorState::Loading loading(m_state);
        m_body->setPlainText(tr("Preparing the body…"));
        m_body->document()->setModified(false);
    }
    m_state->setBodyPending(true);
}

void BodyPart::apply(const SanitizedHtml &prepared, bool restored)
{
    if (m_prebuild && prepared.isRich() && m_prebuild->matches(prepared.html, *m_body->document())) {
        if (!m_prebuild->isReady()) {
            m_awaitingDocument = prepared; // applied when the document is
            return;
        }
        std::unique_ptr<SafeTextDocument> document = m_prebuild->take();
        dropPrebuild();
        const EditorState::Loading loading(m_state);
        m_body->adoptDocument(std::move(document));
        m_body->document()->setModified(restored);
    } else {
        dropPrebuild(); // the sanitizer changed the body: the document from it is made here
        const EditorState::Loading loading(m_state);
        // Through the editor, not its document: QTextEdit leaves the cursor at the top, so only the
        // first screen of a long body is laid out. Loading the document directly leaves the cursor at
        // the end, and moving it back lays out the whole body at once (about 80 ms for 1 MB).
        if (prepared.isRich())
            m_body->setHtml(QStringView(prepared.html).trimmed().isEmpty() ? QString() : prepared.html);
        else
            m_body->setPlainText(prepared.plainText);
        m_body->document()->setModified(restored);
    }
    noteLosses(prepared);
    m_state->setBodyPending(false);
    applyLocks();
    emit m_state->bodyShown();
}

void BodyPart::dropPrebuild()
{
    delete std::exchange(m_prebuild, nullptr);
    m_awaitingDocument.reset();
}

void BodyPart::noteLosses(const SanitizedHtml &prepared)
{
    if (!prepared.isRich() && (!prepared.reason.isEmpty() || prepared.plainTextCut)) {
        // Too large or too complex to edit here: shown as text (or its beginning), never rewritten.
        m_state->setBodyLocked(true);
        QStringList why;
        if (!prepared.reason.isEmpty())
            why.append(prepared.reason);
        if (prepared.plainTextCut)
            why.append(tr("Only the first %L1 characters are shown.").arg(prepared.plainText.size()));
        why.append(tr("The body stays untouched when you save; the other fields can still be changed."));
        m_lossNote->setText(why.join(u' '));
        m_lossNote->show();
        m_keepHtml->hide();
    } else if (!prepared.isRich()) {
        m_lossNote->hide(); // a text body: nothing the editor cannot keep
        m_keepHtml->hide();
    } else {
        const QStringList &losses = prepared.editorLosses;
        m_lossNote->setText(losses.isEmpty()
                                ? QString()
                                : tr("The editor cannot keep everything in this HTML (%1). Edit it and that "
                                     "is lost, or keep the HTML untouched and change the other fields.")
                                      .arg(losses.join(QLatin1String(", "))));
        m_lossNote->setVisible(!losses.isEmpty() && !m_state->isBodyLocked());
        m_keepHtml->setVisible(!losses.isEmpty() && !m_state->isBodyLocked());
    }
}

void BodyPart::keepHtmlUntouched()
{
    m_state->setBodyLocked(true);
    m_lossNote->setText(
        tr("The HTML body is kept exactly as it was; you can still change the other fields."));
    m_keepHtml->hide();
}
