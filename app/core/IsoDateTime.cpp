#include "IsoDateTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace {
const QRegularExpression &isoPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)"
                       R"((Z|z|[+-]\d{2}(?::?\d{2})?)?)?$)"));
    return pattern;
}

int offsetSeconds(const QString &zone)
{
    if (zone.isEmpty() || zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0)
        return 0;
    const int sign = zone.front() == QLatin1Char('-') ? -1 : 1;
    QString digits = zone.mid(1);
    digits.remove(QLatin1Char(':'));
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
    return sign * (hours * 3600 + minutes * 60);
}
} // namespace

QDateTime IsoDateTime::parse(const QString &text)
{
    const QRegularExpressionMatch m = isoPattern().match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return {};
    QTime time(0, 0);
    if (m.hasCaptured(4)) {
        const QString fraction = m.captured(7);
        const int msec = fraction.isEmpty() ? 0 : fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt();
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), msec);
        if (!time.isValid())
            return {};
    }
    const QString zone = m.captured(8);
    if (!zone.isEmpty()) {
        const int offset = offsetSeconds(zone);
        if (qAbs(offset) >= 24 * 3600)
            return {};
        return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
    }
    return QDateTime(date, time, Qt::UTC);
}

QString IsoDateTime::format(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000+00:00");
}

bool IsoDateTime::isDateOnly(const QString &text)
{
    static const QRegularExpression dateOnly(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    return dateOnly.match(text.trimmed()).hasMatch();
}
