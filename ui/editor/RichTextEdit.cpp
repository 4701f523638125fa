#include "ui/editor/RichTextEdit.h"

#include "richtext/HtmlSanitizer.h"
#include "richtext/SafeTextDocument.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>

#include <limits>
#include <utility>

RichTextEdit::RichTextEdit(QWidget *parent) : QTextEdit(parent), m_document(new SafeTextDocument(this))
{
    setDocument(m_document);
    setAcceptRichText(true);
    setAutoFormatting(QTextEdit::AutoNone);
    setTabChangesFocus(true);
}

void RichTextEdit::adoptDocument(std::unique_ptr<SafeTextDocument> document)
{
    SafeTextDocument *old = std::exchange(m_document, document.release());
    m_document->setParent(this);
    m_document->clearUndoRedoStacks();
    setDocument(m_document); // QTextEdit puts its cursor at the start: only the first screen is laid out
    emit documentReplaced();
    delete old;
}

void RichTextEdit::mergeFormatOnWordOrSelection(const QTextCharFormat &format)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock(); // one undo step
    if (!cursor.hasSelection()) {
        // Inside a word the whole word changes; at a word's edge only what is typed next does
        // (so Ctrl+B, "Bold", Ctrl+B leaves "Bold" bold).
        const QString text = cursor.block().text();
        const int pos = cursor.positionInBlock();
        const bool insideWord = pos > 0 && pos < text.size() && text.at(pos - 1).isLetterOrNumber()
            && text.at(pos).isLetterOrNumber();
        if (insideWord)
            cursor.select(QTextCursor::WordUnderCursor);
    }
    if (cursor.hasSelection())
        cursor.mergeCharFormat(format);
    mergeCurrentCharFormat(format);
    cursor.endEditBlock();
}

void RichTextEdit::toggleBold()
{
    QTextCharFormat f;
    f.setFontWeight(fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    mergeFormatOnWordOrSelection(f);
}

void RichTextEdit::toggleItalic()
{
    QTextCharFormat f;
    f.setFontItalic(!fontItalic());
    mergeFormatOnWordOrSelection(f);
}

void RichTextEdit::toggleUnderline()
{
    QTextCharFormat f;
    f.setFontUnderline(!fontUnderline());
    mergeFormatOnWordOrSelection(f);
}

void RichTextEdit::toggleStrikeOut()
{
    QTextCharFormat f;
    f.setFontStrikeOut(!currentCharFormat().fontStrikeOut());
    mergeFormatOnWordOrSelection(f);
}

void RichTextEdit::setPointSize(int points)
{
    QTextCharFormat f;
    f.setFontPointSize(points);
    mergeFormatOnWordOrSelection(f);
}

void RichTextEdit::setForegroundColor(const QColor &color)
{
    if (!color.isValid())
        return;
    QTextCharFormat f;
    f.setForeground(color);
    mergeFormatOnWordOrSelection(f);
}

void RichTextEdit::toggleBulletedList()
{
    toggleList(QTextListFormat::ListDisc);
}

void RichTextEdit::toggleNumberedList()
{
    toggleList(QTextListFormat::ListDecimal);
}

void RichTextEdit::toggleList(int style)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (QTextList *current = cursor.currentList(); current && current->format().style() == style) {
        current->remove(cursor.block()); // a second press ends the list
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setIndent(0);
        cursor.setBlockFormat(plain);
    } else {
        cursor.createList(QTextListFormat::Style(style));
    }
    cursor.endEditBlock();
}

void RichTextEdit::indentBy(int delta)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (QTextList *current = cursor.currentList()) {
        QTextListFormat f = current->format();
        f.setIndent(qMax(1, f.indent() + delta));
        cursor.createList(f);
    } else {
        QTextBlockFormat f = cursor.blockFormat();
        f.setIndent(qMax(0, f.indent() + delta));
        cursor.setBlockFormat(f);
    }
    cursor.endEditBlock();
}

namespace {
// The character format of the character that ends at position (before it), as the document has it.
QTextCharFormat formatBefore(QTextDocument *document, int position)
{
    if (position <= 0 || position >= document->characterCount())
        return {};
    QTextCursor probe(document);
    probe.setPosition(position - 1);
    probe.setPosition(position, QTextCursor::KeepAnchor);
    if (probe.selectedText() == QChar(QChar::ParagraphSeparator))
        return {}; // a block boundary belongs to no link
    return probe.charFormat();
}

// The same look without what makes it a link (the anchor, and the underline and colour it brought).
QTextCharFormat withoutLink(QTextCharFormat format)
{
    format.setAnchor(false);
    format.clearProperty(QTextFormat::AnchorHref);
    format.clearProperty(QTextFormat::AnchorName);
    format.clearProperty(QTextFormat::TextUnderlineStyle);
    format.clearProperty(QTextFormat::FontUnderline);
    format.clearForeground();
    return format;
}
} // namespace

RichTextEdit::LinkSpan RichTextEdit::linkAt(int position) const
{
    const auto hrefOf = [this](int afterPos) {
        const QTextCharFormat f = formatBefore(document(), afterPos);
        return f.isAnchor() ? f.anchorHref() : QString();
    };
    QString href = hrefOf(position + 1);
    int probe = position + 1;
    if (href.isEmpty()) {
        href = hrefOf(position);
        probe = position;
    }
    if (href.isEmpty())
        return {};
    // Walk out to both ends of the run with this address (a link may carry bold words inside).
    const QTextBlock block = document()->findBlock(probe - 1);
    int start = probe - 1;
    while (start > block.position() && hrefOf(start) == href)
        --start;
    int end = probe;
    const int blockEnd = block.position() + block.length() - 1;
    while (end < blockEnd && hrefOf(end + 1) == href)
        ++end;
    return {start, end, href};
}

RichTextEdit::LinkSpan RichTextEdit::linkUnderCursor() const
{
    const QTextCursor cursor = textCursor();
    if (cursor.hasSelection()) {
        const LinkSpan span = linkAt(cursor.selectionStart());
        return span.isValid() && span.end >= cursor.selectionEnd() ? span : LinkSpan {};
    }
    // Right after a link's end the cursor is outside it: Ctrl+K there makes a new one.
    const LinkSpan span = linkAt(cursor.position());
    return span.isValid() && cursor.position() > span.start && cursor.position() < span.end ? span
                                                                                            : LinkSpan {};
}

void RichTextEdit::applyLink(const QString &text, const QString &url)
{
    if (url.isEmpty() || text.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock(); // one undo step
    if (const LinkSpan span = linkUnderCursor(); span.isValid()) {
        cursor.setPosition(span.start);
        cursor.setPosition(span.end, QTextCursor::KeepAnchor);
    }
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(url);
    link.setFontUnderline(true);
    link.setForeground(palette().link());
    const int start = cursor.selectionStart();
    if (cursor.hasSelection() && cursor.selectedText() == text) {
        cursor.mergeCharFormat(link); // keeps bold or italic words inside the link
    } else {
        const QTextCharFormat around = withoutLink(cursor.charFormat());
        cursor.insertText(text, around);
        cursor.setPosition(start);
        cursor.setPosition(start + int(text.size()), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(link);
    }
    cursor.setPosition(start + int(text.size())); // the cursor after the link, ready to type on
    cursor.setCharFormat(withoutLink(cursor.charFormat()));
    cursor.endEditBlock();
    setTextCursor(cursor);
    leaveLinkAtEdge();
}

void RichTextEdit::removeLink()
{
    QTextCursor cursor = textCursor();
    LinkSpan span = linkUnderCursor();
    if (!span.isValid() && !cursor.hasSelection())
        span = linkAt(cursor.position()); // right at its end, "Remove Link" still means this one
    if (span.isValid()) {
        cursor.setPosition(span.start);
        cursor.setPosition(span.end, QTextCursor::KeepAnchor);
    }
    if (!cursor.hasSelection())
        return;
    cursor.beginEditBlock();
    // Character by character: each keeps its own look (bold, size), only the link goes.
    const int from = cursor.selectionStart();
    const int to = cursor.selectionEnd();
    for (int pos = from; pos < to; ++pos) {
        QTextCursor one(document());
        one.setPosition(pos);
        one.setPosition(pos + 1, QTextCursor::KeepAnchor);
        const QTextCharFormat f = one.charFormat();
        if (f.isAnchor())
            one.setCharFormat(withoutLink(f));
    }
    cursor.endEditBlock();
}

void RichTextEdit::leaveLinkAtEdge()
{
    const QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return; // typing replaces the selection with the format of its first character; fine
    const int pos = cursor.position();
    const QTextCharFormat before = formatBefore(document(), pos);
    const QTextCharFormat after = formatBefore(document(), pos + 1);
    const bool inside = before.isAnchor() && after.isAnchor() && before.anchorHref() == after.anchorHref();
    if (inside || !currentCharFormat().isAnchor())
        return;
    setCurrentCharFormat(withoutLink(currentCharFormat()));
}

void RichTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (!event->text().isEmpty() || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        leaveLinkAtEdge();
    QTextEdit::keyPressEvent(event);
}

void RichTextEdit::inputMethodEvent(QInputMethodEvent *event)
{
    if (!event->commitString().isEmpty() || !event->preeditString().isEmpty())
        leaveLinkAtEdge();
    QTextEdit::inputMethodEvent(event);
}

QMenu *RichTextEdit::createContextMenu(const QPoint &position)
{
    // A right click moves the cursor first (unless it falls into the selection), as in mail
    // composers, so that Edit Link and Remove Link are about the link under the pointer.
    const QTextCursor clicked = cursorForPosition(position);
    const QTextCursor current = textCursor();
    if (!current.hasSelection() || clicked.position() < current.selectionStart()
        || clicked.position() > current.selectionEnd())
        setTextCursor(clicked);
    QMenu *menu = createStandardContextMenu(position);
    menu->addSeparator();
    const bool onLink = linkUnderCursor().isValid() || linkAt(textCursor().position()).isValid();
    const bool editable = !isReadOnly();
    QAction *edit = menu->addAction(onLink ? tr("Edit Link…") : tr("Insert Link…"), this,
                                    &RichTextEdit::linkEditRequested);
    edit->setObjectName(QStringLiteral("editLinkMenuAction"));
    edit->setEnabled(editable);
    if (onLink) {
        const QString href = linkAt(textCursor().position()).href;
        QAction *copy = menu->addAction(tr("Copy Link Address"), this,
                                        [href] { QApplication::clipboard()->setText(href); });
        copy->setObjectName(QStringLiteral("copyLinkMenuAction"));
        QAction *remove = menu->addAction(tr("Remove Link"), this, &RichTextEdit::removeLink);
        remove->setObjectName(QStringLiteral("removeLinkMenuAction"));
        remove->setEnabled(editable);
    }
    return menu;
}

void RichTextEdit::clearFormatting()
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    cursor.setCharFormat(QTextCharFormat());
}

void RichTextEdit::pastePlainText()
{
    textCursor().insertText(QApplication::clipboard()->text());
}

QStringList RichTextEdit::localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

bool RichTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText() || source->hasHtml() || source->hasImage() || !localFiles(source).isEmpty();
}

void RichTextEdit::insertFromMimeData(const QMimeData *source)
{
    leaveLinkAtEdge(); // pasted after a link is not part of it either
    if (const QStringList files = localFiles(source); !files.isEmpty()) {
        emit filesOffered(files);
        return;
    }
    if (source->hasImage() && !source->hasHtml()) {
        emit imageOffered(qvariant_cast<QImage>(source->imageData()));
        return;
    }
    if (!source->hasHtml()) {
        textCursor().insertText(source->text());
        return;
    }
    // Keep the formatting of pasted HTML, never its scripts, files or images from other servers: it
    // goes through the same sanitizer as an email's body. Too large or complex: its text only.
    SanitizeLimits limits;
    limits.maxPlainChars = std::numeric_limits<qsizetype>::max(); // pasted text is never cut
    limits.use = SanitizeLimits::Use::Insert;
    const SanitizedHtml pasted = HtmlSanitizer::sanitize(source->html(), source->text(), limits);
    if (!pasted.isRich()) {
        textCursor().insertText(pasted.plainText);
        return;
    }
    textCursor().insertHtml(pasted.html);
}
