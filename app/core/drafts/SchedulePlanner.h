#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

// Times for "send later", made explicit: a wall-clock time in a named zone becomes the UTC instant that
// goes out as date_scheduled. Handles the days clocks change (a time that does not exist moves forward
// to the first that does; one that happens twice takes the first), names zones the way people read
// them ("Europe/Berlin, UTC+01:00") and offers the usual quick picks.
class SchedulePlanner final
{
    Q_DECLARE_TR_FUNCTIONS(SchedulePlanner)

public:
    // The UTC instant of a local date and time in `zone`.
    static QDateTime toUtc(const QDate &date, const QTime &time, const QTimeZone &zone);
    // "Europe/Berlin, UTC+01:00" at that instant (the offset changes with summer time).
    static QString zoneLabel(const QTimeZone &zone, const QDateTime &at);
    // The one way Draftdesk writes a moment: "Tue 8 Dec 2026, 08:00" in that zone, in the user's
    // language, to the minute.
    static QString wallClock(const QDateTime &instant, const QTimeZone &zone);
    // A scheduled send as the rep chose it: "Tue 8 Dec 2026, 08:00 America/New_York (14:00 your
    // time)"; just the wall clock when the chosen zone is the rep's own.
    static QString scheduledText(const QDateTime &instant, const QTimeZone &chosen);
    // In one hour (to the minute), tomorrow 8:00, next Monday 8:00: as UTC instants, computed in `zone`.
    static QDateTime inOneHour(const QDateTime &nowUtc);
    static QDateTime tomorrowAt8(const QDateTime &nowUtc, const QTimeZone &zone);
    static QDateTime nextMondayAt8(const QDateTime &nowUtc, const QTimeZone &zone);
    // Empty when the time is fine; else why not (in the past, or too close to now to be a schedule).
    static QString problemWith(const QDateTime &whenUtc, const QDateTime &nowUtc);
};
