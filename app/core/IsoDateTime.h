#pragma once

#include <QDateTime>
#include <QString>

// Reads and writes the ISO 8601 dates the Close API uses. The API sends microseconds and "+00:00",
// some records carry naive times (which mean UTC), filters accept plain dates. Qt's own ISO parser
// reads naive times as local time and drops digits past milliseconds, so we parse here.
class IsoDateTime final
{
public:
    // Invalid QDateTime for anything that is not ISO 8601 date or date-time. Result is in UTC.
    static QDateTime parse(const QString &text);
    // "2026-11-27T10:20:33.123000+00:00": UTC with microseconds and an explicit offset, as Close writes.
    static QString format(const QDateTime &dateTime);
    // True for "2026-11-27" without a time part.
    static bool isDateOnly(const QString &text);
};
