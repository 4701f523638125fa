#include "core/store/SearchText.h"

#include "core/base/CodePoints.h"

#include <QStringList>

namespace {
bool standsAlone(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Thai:
        return true;
    default:
        return false;
    }
}

bool isSymbol(char32_t c)
{
    return QChar::category(c) == QChar::Symbol_Other;
}
} // namespace

namespace SearchText {
QString indexed(const QString &text)
{
    // Most text is left as it is: nothing is built until a character that must change is met, and
    // then the runs between such characters are copied whole (this runs for every column of every
    // email the list stores).
    QString out;
    qsizetype copied = 0; // text before this is in out
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        if (unit.unicode() < 0x80)
            continue; // no ASCII character stands alone or is a symbol
        const bool pair = unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(unit, text.at(i + 1)) : char32_t(unit.unicode());
        const qsizetype width = pair ? 2 : 1;
        const bool alone = standsAlone(c);
        if (alone || isSymbol(c)) {
            if (out.isNull())
                out.reserve(text.size() + 16);
            out.append(QStringView(text).sliced(copied, i - copied));
            if (alone)
                out.append(QLatin1Char(' '))
                    .append(QStringView(text).sliced(i, width))
                    .append(QLatin1Char(' '));
            else
                out.append(QStringLiteral(" u%1 ").arg(quint32(c), 0, 16));
            copied = i + width;
        }
        i += width - 1;
    }
    if (out.isNull())
        return text;
    out.append(QStringView(text).sliced(copied));
    return out;
}

QString matchExpression(const QString &userText)
{
    // Each word's tokens (as the index cut them: letters and digits, CJK characters one by one, emoji
    // by code point), each the start of a word somewhere in the email: "jane.doe@exa" is "jane",
    // "doe" and "exa…". The index keeps no positions, so tokens are not asked to stand together.
    QStringList terms;
    for (const QString &word : userText.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString token;
        const auto flush = [&] {
            if (!token.isEmpty())
                terms.append(QLatin1Char('"') + token + QLatin1String("\" *"));
            token.clear();
        };
        CodePoints::forEach(indexed(word), [&](char32_t c) {
            if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing)
                token += QString::fromUcs4(&c, 1);
            else
                flush();
        });
        flush();
    }
    return terms.join(QLatin1Char(' '));
}
} // namespace SearchText
