#include "core/base/ShownText.h"

#include "core/base/BidiText.h"

namespace {
constexpr char16_t breakOpportunity = 0x200B; // ZERO WIDTH SPACE
constexpr QChar ellipsis(0x2026);

bool isMark(char32_t c)
{
    if (c < 0x300)
        return false; // no combining mark comes before U+0300: most text never looks one up
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

bool isBreak(char32_t c)
{
    return QChar::isSpace(c) || c == breakOpportunity || c == u'-' || c == u'/';
}

// Walks text code point by code point, keeping at most `maxCodePoints` (marks do not count), with
// marks capped per letter and, when `breakRuns`, break opportunities added.
QString bounded(QStringView text, qsizetype maxCodePoints, bool breakRuns)
{
    QString out;
    // breakable() passes the largest qsizetype: no arithmetic on it here.
    out.reserve(qMin(text.size(), maxCodePoints) + 8);
    qsizetype kept = 0;
    int marks = 0;
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (isMark(c)) {
            if (++marks > ShownText::maxMarksPerLetter) {
                i += width - 1;
                continue;
            }
        } else {
            marks = 0;
            if (kept >= maxCodePoints) {
                out += ellipsis;
                return out;
            }
            ++kept;
            if (isBreak(c)) {
                run = 0;
            } else if (breakRuns && ++run > ShownText::longestRun) {
                out += QChar(breakOpportunity);
                run = 1;
            }
        }
        out += text.mid(i, width);
        i += width - 1;
    }
    return out;
}
} // namespace

QString ShownText::line(QStringView text, qsizetype maxCodePoints)
{
    return BidiText::forDisplay(bounded(text, maxCodePoints, false));
}

QString ShownText::wrapped(QStringView text, qsizetype maxCodePoints)
{
    return BidiText::forDisplay(bounded(text, maxCodePoints, true));
}

QString ShownText::breakable(QStringView text)
{
    return bounded(text, std::numeric_limits<qsizetype>::max(), true);
}

ShownText::Shape ShownText::shapeOf(QStringView text)
{
    Shape shape;
    qsizetype run = 0;
    qsizetype marks = 0;
    for (const QChar c : text) {
        // Surrogate halves are neither marks nor spaces: counted per unit, which only overstates.
        if (isMark(c.unicode())) {
            shape.mostMarks = qMax(shape.mostMarks, ++marks);
            continue;
        }
        marks = 0;
        run = isBreak(c.unicode()) ? 0 : run + 1;
        shape.longestRun = qMax(shape.longestRun, run);
    }
    return shape;
}
