#include "core/base/CodePoints.h"

qsizetype CodePoints::count(QStringView text)
{
    qsizetype lowSurrogatesAfterHigh = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i].isLowSurrogate() && text[i - 1].isHighSurrogate())
            ++lowSurrogatesAfterHigh;
    }
    return text.size() - lowSurrogatesAfterHigh;
}

QStringView CodePoints::truncated(QStringView text, qsizetype maxCodePoints)
{
    qsizetype units = 0;
    qsizetype points = 0;
    while (units < text.size() && points < maxCodePoints) {
        const bool pair
            = text[units].isHighSurrogate() && units + 1 < text.size() && text[units + 1].isLowSurrogate();
        units += pair ? 2 : 1;
        ++points;
    }
    return text.first(units);
}
