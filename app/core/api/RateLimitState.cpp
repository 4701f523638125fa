#include "core/api/RateLimitState.h"

#include <QList>
#include <QLocale>

#include <algorithm>
#include <cmath>

std::optional<RateLimitState::Header> RateLimitState::parse(const QByteArray &value)
{
    std::optional<int> limit;
    std::optional<int> remaining;
    std::optional<double> reset;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = item.left(eq).trimmed().toLower();
        const QByteArray number = item.mid(eq + 1).trimmed();
        bool ok = false;
        if (key == "limit") {
            const int v = number.toInt(&ok);
            if (ok)
                limit = v;
        } else if (key == "remaining") {
            const int v = number.toInt(&ok);
            if (ok)
                remaining = v;
        } else if (key == "reset") {
            reset = parseSeconds(number);
        }
    }
    if (!limit || !remaining || !reset || *limit < 0 || *remaining < 0 || *reset < 0)
        return std::nullopt;
    return Header {*limit, *remaining, *reset};
}

bool RateLimitState::update(const QByteArray &rateLimitHeader, const QDateTime &now)
{
    const std::optional<Header> header = parse(rateLimitHeader);
    if (!header)
        return false;
    limit = header->limit;
    remaining = header->remaining;
    resetAt = now.addMSecs(qint64(clampSeconds(header->resetSeconds) * 1000));
    return true;
}

double RateLimitState::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    if (const std::optional<double> seconds = parseSeconds(trimmed))
        return *seconds;
    if (trimmed.front() >= '0' && trimmed.front() <= '9')
        return -1; // a number, but not one we accept ("1e300", "5x")
    // HTTP-date, e.g. "Wed, 21 Oct 2026 07:28:00 GMT"
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return clampSeconds(qMax<qint64>(0, now.msecsTo(utc)) / 1000.0);
}

std::optional<double> RateLimitState::parseSeconds(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 32)
        return std::nullopt;
    bool dot = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '.' && !dot && i > 0 && i + 1 < text.size())
            dot = true;
        else if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const double value = text.toByteArray().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return clampSeconds(value);
}

double RateLimitState::clampSeconds(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return -1;
    return std::min(seconds, maxWaitSeconds);
}

qint64 RateLimitState::pacingDelayMs(const QDateTime &now) const
{
    if (!isKnown() || limit == 0 || !resetAt.isValid())
        return 0;
    const qint64 untilReset = now.msecsTo(resetAt);
    if (untilReset <= 0)
        return 0;
    // 64-bit: the server's "remaining" can be anything up to INT_MAX (found by fuzz_ratelimits).
    if (qint64(remaining) * 10 > qint64(limit))
        return 0;
    return untilReset / qMax(remaining, 1);
}
