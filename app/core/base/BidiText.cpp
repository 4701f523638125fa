#include "core/base/BidiText.h"

#include "core/base/CodePoints.h"

namespace {
constexpr char32_t firstStrongIsolate = 0x2068;
constexpr char32_t popDirectionalIsolate = 0x2069;

// Direction marks, zero-width characters and separators: invisible, so shown escaped in QA views.
bool isInvisibleFormat(char32_t c)
{
    return BidiText::isDirectionControl(c) || (c >= 0x200B && c <= 0x200F) || c == 0x061C || c == 0x2028
        || c == 0x2029 || c == 0xFEFF || c == 0x2060;
}

bool isRightToLeft(char32_t c)
{
    const QChar::Direction direction = QChar::direction(c);
    return direction == QChar::DirR || direction == QChar::DirAL;
}
} // namespace

bool BidiText::isDirectionControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool BidiText::containsControls(QStringView text)
{
    for (const QChar c : text) {
        if (isDirectionControl(c.unicode()))
            return true;
    }
    return false;
}

QString BidiText::forDisplay(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    bool rightToLeft = false;
    CodePoints::forEach(text, [&](char32_t c) {
        if (isDirectionControl(c))
            return;
        rightToLeft = rightToLeft || isRightToLeft(c);
        out += QStringView(QChar::fromUcs4(c));
    });
    if (!rightToLeft)
        return out;
    return QChar(char16_t(firstStrongIsolate)) + out + QChar(char16_t(popDirectionalIsolate));
}

QString BidiText::escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    CodePoints::forEach(text, [&](char32_t c) {
        if (isInvisibleFormat(c))
            out += u"⟨U+" + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0') + u"⟩";
        else
            out += QStringView(QChar::fromUcs4(c));
    });
    return out;
}
