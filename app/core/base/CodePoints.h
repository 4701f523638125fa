#pragma once

#include <QStringView>

// The Close API is written in Python, which measures strings in Unicode code points. QString counts
// UTF-16 units, so an emoji would count twice; every length limit goes through this instead.
class CodePoints final
{
public:
    static qsizetype count(QStringView text);
    // The longest prefix of text with at most maxCodePoints code points, never splitting a surrogate pair.
    static QStringView truncated(QStringView text, qsizetype maxCodePoints);
    // Calls f(char32_t) for each code point of text; a lone surrogate comes through as itself.
    template<typename F> static void forEach(QStringView text, F f)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                f(QChar::surrogateToUcs4(c, text.at(i + 1)));
                ++i;
            } else {
                f(char32_t(c.unicode()));
            }
        }
    }
};
