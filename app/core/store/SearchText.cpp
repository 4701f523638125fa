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
    QString out;
    out.reserve(text.size() + 8);
    bool changed = false;
    CodePoints::forEach(text, [&](char32_t c) {
        if (standsAlone(c)) {
            out += QLatin1Char(' ');
            out += QString::fromUcs4(&c, 1);
            out += QLatin1Char(' ');
            changed = true;
        } else if (isSymbol(c)) {
            out += QStringLiteral(" u%1 ").arg(quint32(c), 0, 16);
            changed = true;
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    });
    return changed ? out : text;
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
