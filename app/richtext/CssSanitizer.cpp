#include "richtext/CssSanitizer.h"

#include <QSet>

namespace {
// Largest number a declaration may carry: larger sizes and margins only serve to make layout slow.
constexpr double maxNumber = 4000;
constexpr double maxFontSize = 200;

const QSet<QString> &allowedProperties()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char *name : {"color",           "background-color", "font-family",    "font-size",
                                 "font-weight",     "font-style",       "font-variant",   "text-decoration",
                                 "text-align",      "text-indent",      "text-transform", "vertical-align",
                                 "white-space",     "line-height",      "direction",      "list-style-type",
                                 "width",           "height",           "margin",         "margin-top",
                                 "margin-right",    "margin-bottom",    "margin-left",    "padding",
                                 "padding-top",     "padding-right",    "padding-bottom", "padding-left",
                                 "border",          "border-width",     "border-style",   "border-color",
                                 "border-collapse", "border-spacing",   "border-top",     "border-right",
                                 "border-bottom",   "border-left"})
            set.insert(QString::fromLatin1(name));
        return set;
    }();
    return names;
}

bool isPlainValueChar(QChar c)
{
    return c.isLetterOrNumber() || c == u' ' || c == u'#' || c == u'%' || c == u'.' || c == u',' || c == u'\''
        || c == u'"' || c == u'-' || c == u'_' || c == u'!';
}

// Colour functions are the only parentheses allowed, and only with numbers inside.
bool isColourFunction(QStringView name)
{
    return name.compare(u"rgb", Qt::CaseInsensitive) == 0 || name.compare(u"rgba", Qt::CaseInsensitive) == 0
        || name.compare(u"hsl", Qt::CaseInsensitive) == 0 || name.compare(u"hsla", Qt::CaseInsensitive) == 0;
}

bool numbersWithin(QStringView value, double limit)
{
    qsizetype i = 0;
    while (i < value.size()) {
        if (value.at(i) == u'#' || value.at(i).isLetter()) { // #123456 and words are no sizes
            while (i < value.size() && (value.at(i).isLetterOrNumber() || value.at(i) == u'#'))
                ++i;
            continue;
        }
        if (!value.at(i).isDigit() && value.at(i) != u'.') {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < value.size() && (value.at(i).isDigit() || value.at(i) == u'.'))
            ++i;
        bool ok = false;
        const double number = value.mid(start, i - start).toDouble(&ok);
        if (!ok && value.mid(start, i - start) != u".")
            return false; // "1.2.3" is not a number a renderer should guess at
        if (ok && number > limit)
            return false;
    }
    return true;
}

bool isSafeValue(QStringView value)
{
    qsizetype i = 0;
    while (i < value.size()) {
        const QChar c = value.at(i);
        if (c == u'(') {
            qsizetype nameStart = i;
            while (nameStart > 0 && value.at(nameStart - 1).isLetter())
                --nameStart;
            if (!isColourFunction(value.mid(nameStart, i - nameStart)))
                return false;
            const qsizetype close = value.indexOf(u')', i);
            if (close < 0)
                return false;
            for (qsizetype j = i + 1; j < close; ++j) {
                const QChar inner = value.at(j);
                if (!inner.isDigit() && inner != u',' && inner != u' ' && inner != u'.' && inner != u'%')
                    return false;
            }
            i = close + 1;
            continue;
        }
        if (!isPlainValueChar(c))
            return false;
        ++i;
    }
    return true;
}

// Splits on ';' outside quotes, so a font name with a semicolon stays one declaration.
QList<QStringView> splitDeclarations(QStringView css)
{
    QList<QStringView> parts;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i < css.size(); ++i) {
        const QChar c = css.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u';') {
            parts.append(css.mid(start, i - start));
            start = i + 1;
        }
    }
    parts.append(css.mid(start));
    return parts;
}

QString withoutComments(QStringView css)
{
    QString out;
    out.reserve(css.size());
    qsizetype i = 0;
    while (i < css.size()) {
        if (css.mid(i).startsWith(u"/*")) {
            const qsizetype end = css.indexOf(u"*/", i + 2);
            if (end < 0)
                break;
            i = end + 2;
            out += u' ';
            continue;
        }
        out += css.at(i);
        ++i;
    }
    return out;
}

bool isPlainSelector(QStringView selector)
{
    if (selector.trimmed().isEmpty())
        return false;
    for (const QChar c : selector) {
        if (!(c.isLetterOrNumber() || c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'.'
              || c == u'#' || c == u',' || c == u'_' || c == u'-' || c == u'>' || c == u'*' || c == u':'))
            return false;
    }
    return true;
}

// Index just past the block that opens at `open` (a '{'), or css.size() when it never closes.
qsizetype skipBlock(QStringView css, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < css.size(); ++i) {
        if (css.at(i) == u'{')
            ++depth;
        else if (css.at(i) == u'}' && --depth == 0)
            return i + 1;
    }
    return css.size();
}
} // namespace

QString CssSanitizer::declarations(QStringView css)
{
    const QString clean = withoutComments(css);
    QStringList kept;
    for (QStringView declaration : splitDeclarations(clean)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toString().toLower();
        const QStringView value = declaration.mid(colon + 1).trimmed();
        if (!allowedProperties().contains(property) || value.isEmpty() || !isSafeValue(value))
            continue;
        if (!numbersWithin(value, property == u"font-size" ? maxFontSize : maxNumber))
            continue;
        kept.append(property + u':' + value.toString());
    }
    return kept.join(u';');
}

QString CssSanitizer::styleSheet(QStringView css, int maxRules)
{
    const QString clean = withoutComments(css);
    const QStringView text(clean);
    QString out;
    int rules = 0;
    qsizetype i = 0;
    while (i < text.size() && rules < maxRules) {
        while (i < text.size() && (text.at(i).isSpace() || text.at(i) == u';' || text.at(i) == u'}'))
            ++i;
        if (i >= text.size())
            break;
        if (text.at(i) == u'@') { // @import, @font-face, @media: none of them are needed to read an email
            const qsizetype semicolon = text.indexOf(u';', i);
            const qsizetype open = text.indexOf(u'{', i);
            if (open >= 0 && (semicolon < 0 || open < semicolon))
                i = skipBlock(text, open);
            else
                i = semicolon < 0 ? text.size() : semicolon + 1;
            continue;
        }
        const qsizetype open = text.indexOf(u'{', i);
        if (open < 0)
            break;
        const QStringView selector = text.mid(i, open - i).trimmed();
        const qsizetype end = skipBlock(text, open);
        const bool closed = end > open + 1 && text.at(end - 1) == u'}';
        const QStringView body = text.mid(open + 1, end - open - 1 - (closed ? 1 : 0));
        i = end;
        if (!isPlainSelector(selector) || body.contains(u'{'))
            continue;
        const QString kept = declarations(body);
        if (kept.isEmpty())
            continue;
        out += selector.toString() + u'{' + kept + u'}' + u'\n';
        ++rules;
    }
    return out;
}
