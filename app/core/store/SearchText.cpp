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
    QStringList phrases;
    for (const QString &word : userText.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool searchable = false;
        CodePoints::forEach(word, [&searchable](char32_t c) {
            searchable = searchable || QChar::isLetterOrNumber(c) || isSymbol(c);
        });
        if (!searchable)
            continue;
        // A phrase of the word's tokens, the last one a prefix: "jane@exa" is "jane" then "exa…".
        QString phrase = indexed(word).simplified();
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        phrases.append(QLatin1Char('"') + phrase + QLatin1String("\" *"));
    }
    return phrases.join(QLatin1Char(' '));
}
} // namespace SearchText
