#include "richtext/HtmlBody.h"

#include "richtext/HtmlSanitizer.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace {
QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QChar::LineSeparator, QLatin1String("<br>"));
    out.replace(QChar::Nbsp, QLatin1String("&nbsp;"));
    return out;
}

QString alignmentStyle(Qt::Alignment alignment)
{
    if (alignment & Qt::AlignHCenter)
        return QStringLiteral("text-align:center");
    if (alignment & Qt::AlignRight)
        return QStringLiteral("text-align:right");
    if (alignment & Qt::AlignJustify)
        return QStringLiteral("text-align:justify");
    return {};
}

// One run of text with the same format, as tags around the escaped text.
QString fragmentHtml(const QTextFragment &fragment, const QTextDocument &document)
{
    const QTextCharFormat format = fragment.charFormat();
    QString html = escaped(fragment.text());
    QStringList styles;
    if (format.foreground().style() != Qt::NoBrush && !format.isAnchor())
        styles.append(QStringLiteral("color:%1").arg(format.foreground().color().name()));
    if (format.background().style() != Qt::NoBrush)
        styles.append(QStringLiteral("background-color:%1").arg(format.background().color().name()));
    const double size = format.fontPointSize();
    if (size > 0 && qAbs(size - document.defaultFont().pointSizeF()) > 0.1)
        styles.append(QStringLiteral("font-size:%1pt").arg(size));
    if (!styles.isEmpty())
        html = QStringLiteral("<span style=\"%1\">%2</span>").arg(styles.join(QLatin1String("; ")), html);
    if (format.fontStrikeOut())
        html = QLatin1String("<s>") + html + QLatin1String("</s>");
    if (format.fontUnderline() && !format.isAnchor())
        html = QLatin1String("<u>") + html + QLatin1String("</u>");
    if (format.fontItalic())
        html = QLatin1String("<i>") + html + QLatin1String("</i>");
    if (format.fontWeight() >= QFont::DemiBold)
        html = QLatin1String("<b>") + html + QLatin1String("</b>");
    if (format.isAnchor() && !format.anchorHref().isEmpty())
        html = QStringLiteral("<a href=\"%1\">%2</a>").arg(format.anchorHref().toHtmlEscaped(), html);
    return html;
}

QString blockContent(const QTextBlock &block, const QTextDocument &document)
{
    QString html;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().isValid())
            html += fragmentHtml(it.fragment(), document);
    }
    return html;
}

bool isOrdered(const QTextList *list)
{
    const QTextListFormat::Style style = list->format().style();
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
        || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
        || style == QTextListFormat::ListUpperRoman;
}
} // namespace

QString HtmlBody::toEmailHtml(const QTextDocument &document)
{
    QString html;
    QList<const QTextList *> open; // nested lists, outermost first
    const auto closeTo = [&](qsizetype depth) {
        while (open.size() > depth)
            html += isOrdered(open.takeLast()) ? QLatin1String("</ol>") : QLatin1String("</ul>");
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextList *list = block.textList();
        if (!list) {
            closeTo(0);
            const QString align = alignmentStyle(block.blockFormat().alignment());
            const int indent = block.blockFormat().indent();
            QStringList styles;
            if (!align.isEmpty())
                styles.append(align);
            if (indent > 0)
                styles.append(QStringLiteral("margin-left:%1px").arg(indent * 40));
            const QString content = blockContent(block, document);
            html += styles.isEmpty()
                ? QStringLiteral("<p>")
                : QStringLiteral("<p style=\"%1\">").arg(styles.join(QLatin1String("; ")));
            html += content.isEmpty() ? QStringLiteral("<br>") : content;
            html += QLatin1String("</p>");
            continue;
        }
        // Lists nest by their indent level.
        const int depth = qMax(1, list->format().indent());
        while (!open.isEmpty() && (open.size() > depth || (open.size() == depth && open.last() != list)))
            closeTo(open.size() - 1);
        while (open.size() < depth) {
            html += isOrdered(list) ? QLatin1String("<ol>") : QLatin1String("<ul>");
            open.append(list);
        }
        html += QLatin1String("<li>") + blockContent(block, document) + QLatin1String("</li>");
    }
    closeTo(0);
    return html;
}

QString HtmlBody::toPlainText(const QTextDocument &document)
{
    QStringList lines;
    bool previousWasListItem = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString text;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            const QString piece = fragment.text();
            text += piece;
            if (format.isAnchor() && !format.anchorHref().isEmpty() && piece.trimmed() != format.anchorHref()
                && QStringLiteral("mailto:") + piece.trimmed() != format.anchorHref())
                text += QStringLiteral(" (%1)").arg(format.anchorHref());
        }
        text.replace(QChar::LineSeparator, QLatin1Char('\n'));
        text.replace(QChar::Nbsp, QLatin1Char(' '));
        if (const QTextList *list = block.textList()) {
            const QString indent(2 * (qMax(1, list->format().indent()) - 1), QLatin1Char(' '));
            const QString marker = isOrdered(list)
                ? QString::number(list->itemNumber(block) + 1) + QLatin1String(". ")
                : QStringLiteral("- ");
            if (!previousWasListItem && !lines.isEmpty())
                lines.append(QString());
            lines.append(indent + marker + text);
            previousWasListItem = true;
        } else {
            if (!lines.isEmpty())
                lines.append(QString());
            lines.append(text);
            previousWasListItem = false;
        }
    }
    // Collapse runs of blank lines that empty paragraphs leave.
    QString out = lines.join(QLatin1Char('\n'));
    static const QRegularExpression manyBlank(QStringLiteral("\n{3,}"));
    out.replace(manyBlank, QStringLiteral("\n\n"));
    return out.trimmed();
}

QStringList HtmlBody::lossesIn(const QString &html)
{
    return HtmlSanitizer::sanitize(html).editorLosses;
}

SanitizedHtml HtmlBody::load(QTextDocument &document, const QString &html)
{
    SanitizedHtml result = HtmlSanitizer::sanitize(html);
    apply(document, result);
    return result;
}

void HtmlBody::apply(QTextDocument &document, const SanitizedHtml &body)
{
    if (!body.isRich())
        document.setPlainText(body.plainText);
    else if (body.html.trimmed().isEmpty())
        document.clear();
    else
        document.setHtml(body.html);
}
