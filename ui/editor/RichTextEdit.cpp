#include "ui/editor/RichTextEdit.h"

#include "richtext/HtmlSanitizer.h"
#include "richtext/SafeTextDocument.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QMimeData>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>

#include <limits>

RichTextEdit::RichTextEdit(QWidget *parent) : QTextEdit(parent), m_document(new SafeTextDocument(this))
{
    setDocument(m_document);
    setAcceptRichText(true);
    setAutoFormatting(QTextEdit::AutoNone);
    setTabChangesFocus(true);
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

void RichTextEdit::setLink(const QString &url)
{
    QTextCursor cursor = textCursor();
    QTextCharFormat f;
    f.setAnchor(!url.isEmpty());
    f.setAnchorHref(url);
    f.setFontUnderline(!url.isEmpty());
    f.setForeground(url.isEmpty() ? QBrush() : palette().link());
    cursor.beginEditBlock();
    if (!cursor.hasSelection() && !url.isEmpty())
        cursor.insertText(url, f);
    else
        mergeFormatOnWordOrSelection(f);
    cursor.endEditBlock();
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
    const SanitizedHtml pasted = HtmlSanitizer::sanitize(source->html(), source->text(), limits);
    if (!pasted.isRich()) {
        textCursor().insertText(pasted.plainText);
        return;
    }
    textCursor().insertHtml(pasted.html);
}
