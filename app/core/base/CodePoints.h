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
};
