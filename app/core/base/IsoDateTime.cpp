#include "core/base/IsoDateTime.h"

#include <QTimeZone>

namespace {
constexpr qint64 microsPerSecond = 1000000;
constexpr qint64 secondsPerDay = 86400;

// A small cursor over the text: every read checks the bounds, so no input can read past the end.
class Reader
{
public:
    explicit Reader(QStringView text) : m_text(text) { }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    // Exactly n ASCII digits.
    bool digits(int n, int *value)
    {
        int result = 0;
        for (int i = 0; i < n; ++i) {
            const QChar c = peek();
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
            result = result * 10 + (c.unicode() - '0');
            ++m_pos;
        }
        *value = result;
        return true;
    }
    // One to nine digits of a fraction, as microseconds.
    bool fraction(int *micros)
    {
        int count = 0;
        int result = 0;
        while (!atEnd() && peek() >= QLatin1Char('0') && peek() <= QLatin1Char('9')) {
            if (count < 6)
                result = result * 10 + (peek().unicode() - '0');
            ++count;
            ++m_pos;
        }
        if (count == 0 || count > 9)
            return false;
        for (int i = count; i < 6; ++i)
            result *= 10;
        *micros = result;
        return true;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')
        || c == QLatin1Char('\r');
}

QStringView trimmed(QStringView text)
{
    while (!text.isEmpty() && isSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isSpace(text.back()))
        text.chop(1);
    return text;
}
} // namespace

std::optional<qint64> IsoDateTime::parseMicros(QStringView text)
{
    Reader in(trimmed(text));
    int year = 0, month = 0, day = 0;
    if (!in.digits(4, &year) || !in.take(QLatin1Char('-')) || !in.digits(2, &month)
        || !in.take(QLatin1Char('-')) || !in.digits(2, &day))
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    int hour = 0, minute = 0, second = 0, micros = 0;
    qint64 offset = 0;
    if (!in.atEnd()) {
        if (!in.take(QLatin1Char('T')) && !in.take(QLatin1Char(' ')))
            return std::nullopt;
        if (!in.digits(2, &hour) || !in.take(QLatin1Char(':')) || !in.digits(2, &minute))
            return std::nullopt;
        if (in.take(QLatin1Char(':'))) {
            if (!in.digits(2, &second))
                return std::nullopt;
            if ((in.take(QLatin1Char('.')) || in.take(QLatin1Char(','))) && !in.fraction(&micros))
                return std::nullopt;
        }
        if (hour > 23 || minute > 59 || second > 59)
            return std::nullopt;
        if (in.take(QLatin1Char('Z')) || in.take(QLatin1Char('z'))) {
            offset = 0;
        } else if (in.peek() == QLatin1Char('+') || in.peek() == QLatin1Char('-')) {
            const int sign = in.peek() == QLatin1Char('-') ? -1 : 1;
            in.take(in.peek());
            int offsetHours = 0, offsetMinutes = 0;
            if (!in.digits(2, &offsetHours))
                return std::nullopt;
            if (!in.atEnd()) {
                in.take(QLatin1Char(':'));
                if (!in.digits(2, &offsetMinutes) || offsetMinutes > 59)
                    return std::nullopt;
            }
            if (offsetHours > 23)
                return std::nullopt;
            offset = sign * (offsetHours * 3600 + offsetMinutes * 60);
        }
    }
    if (!in.atEnd())
        return std::nullopt;
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    const qint64 seconds = days * secondsPerDay + hour * 3600 + minute * 60 + second - offset;
    // Python's datetime (Close's) spans years 1 to 9999 in UTC; an offset must not carry an instant
    // past either end ("0001-01-01T00:00+12" is year 0, which nothing can write back). Found by fuzzing.
    static const qint64 first
        = (QDate(1, 1, 1).toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * secondsPerDay;
    static const qint64 last
        = (QDate(9999, 12, 31).toJulianDay() - QDate(1970, 1, 1).toJulianDay() + 1) * secondsPerDay;
    if (seconds < first || seconds >= last)
        return std::nullopt;
    return seconds * microsPerSecond + micros;
}

QDateTime IsoDateTime::parse(QStringView text)
{
    const std::optional<qint64> micros = parseMicros(text);
    if (!micros)
        return {};
    // Floor division: dates before 1970 keep their millisecond right.
    const qint64 msecs = *micros >= 0 ? *micros / 1000 : -((-*micros + 999) / 1000);
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QString IsoDateTime::format(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return formatMicros(dateTime.toMSecsSinceEpoch() * 1000);
}

QString IsoDateTime::formatMicros(qint64 microsSinceEpoch)
{
    qint64 seconds = microsSinceEpoch / microsPerSecond;
    qint64 micros = microsSinceEpoch % microsPerSecond;
    if (micros < 0) {
        micros += microsPerSecond;
        --seconds;
    }
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss."))
        + QString::number(micros).rightJustified(6, QLatin1Char('0')) + QStringLiteral("+00:00");
}

bool IsoDateTime::isDateOnly(QStringView text)
{
    const QStringView t = trimmed(text);
    return t.size() == 10 && parseMicros(t).has_value();
}
