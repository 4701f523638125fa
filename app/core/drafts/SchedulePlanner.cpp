#include "core/drafts/SchedulePlanner.h"

#include <QLocale>

QDateTime SchedulePlanner::toUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    QDateTime local(date, time, zone);
    if (!local.isValid()) {
        // A time skipped by the spring change: the first minute that exists after it.
        for (int minutes = 1; minutes <= 180 && !local.isValid(); ++minutes)
            local = QDateTime(date, time.addSecs(minutes * 60), zone);
    }
    return local.toUTC();
}

QString SchedulePlanner::zoneLabel(const QTimeZone &zone, const QDateTime &at)
{
    const int offset = zone.offsetFromUtc(at);
    const int minutes = qAbs(offset) / 60;
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1, %2").arg(QString::fromLatin1(zone.id()), utc);
}

QString SchedulePlanner::wallClock(const QDateTime &instant, const QTimeZone &zone)
{
    return QLocale().toString(instant.toTimeZone(zone), QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

QString SchedulePlanner::scheduledText(const QDateTime &instant, const QTimeZone &chosen)
{
    const QTimeZone mine = QTimeZone::systemTimeZone();
    const QTimeZone zone = chosen.isValid() ? chosen : mine;
    const QString there = wallClock(instant, zone);
    if (zone.offsetFromUtc(instant) == mine.offsetFromUtc(instant))
        return there;
    const QDateTime here = instant.toTimeZone(mine);
    // The rep's own clock beside it: the time only, unless the day differs there too.
    const QString local = here.date() == instant.toTimeZone(zone).date()
        ? QLocale().toString(here, QStringLiteral("HH:mm"))
        : wallClock(instant, mine);
    return tr("%1 %2 (%3 your time)").arg(there, QString::fromLatin1(zone.id()), local);
}

QDateTime SchedulePlanner::inOneHour(const QDateTime &nowUtc)
{
    QDateTime when = nowUtc.addSecs(3600);
    when.setTime(QTime(when.time().hour(), when.time().minute()));
    return when;
}

QDateTime SchedulePlanner::tomorrowAt8(const QDateTime &nowUtc, const QTimeZone &zone)
{
    const QDate today = nowUtc.toTimeZone(zone).date();
    return toUtc(today.addDays(1), QTime(8, 0), zone);
}

QDateTime SchedulePlanner::nextMondayAt8(const QDateTime &nowUtc, const QTimeZone &zone)
{
    const QDate today = nowUtc.toTimeZone(zone).date();
    const int daysAhead = (Qt::Monday - today.dayOfWeek() + 7) % 7;
    return toUtc(today.addDays(daysAhead == 0 ? 7 : daysAhead), QTime(8, 0), zone);
}

QString SchedulePlanner::problemWith(const QDateTime &whenUtc, const QDateTime &nowUtc)
{
    if (!whenUtc.isValid())
        return tr("Pick a date and time.");
    if (whenUtc <= nowUtc)
        return tr("That time has passed. Pick a time in the future, or send now.");
    return {};
}
