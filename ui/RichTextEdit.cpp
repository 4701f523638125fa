#include "ui/RichTextEdit.h"

#include "richtext/SafeTextDocument.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>

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

void RichTextEdit::pastePlainText()
{
    textCursor().insertText(QApplication::clipboard()->text());
}

bool RichTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText() || source->hasHtml();
}

void RichTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source->hasHtml()) {
        textCursor().insertText(source->text());
        return;
    }
    // Keep the formatting of pasted HTML, never its scripts, styles or images from other servers.
    QString html = source->html();
    static const QRegularExpression dangerous(
        QStringLiteral("<(script|style|iframe|object|embed)[^>]*>.*?</\\1>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression remoteImage(QStringLiteral("<img[^>]*>"),
                                                QRegularExpression::CaseInsensitiveOption);
    html.remove(dangerous);
    html.remove(remoteImage);
    textCursor().insertHtml(html);
}
