#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>

// What the server last said about our request budget, read from `RateLimit: limit=…, remaining=…,
// reset=…` (reset in decimal seconds), `Retry-After`, or the legacy body's rate_reset. The client
// uses it to wait on a 429 and to slow down by itself when the budget runs low; the status bar shows it.
class RateLimitState final
{
public:
    int limit = -1; // -1: the server has not told us
    int remaining = -1;
    QDateTime resetAt; // when the window starts over

    bool isKnown() const { return limit >= 0; }
    // Parses one RateLimit header value; false (and no change) when it is not one.
    bool update(const QByteArray &rateLimitHeader, const QDateTime &now);
    // "limit=100, remaining=50, reset=5" → {100, 50, 5.0}; nullopt for anything else.
    struct Header
    {
        int limit;
        int remaining;
        double resetSeconds;
    };
    static std::optional<Header> parse(const QByteArray &value);
    // Retry-After is whole seconds (or an HTTP date, which we read too); -1 when absent or unreadable.
    static double parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // A server's number of seconds, read strictly (digits, an optional fraction; no sign, exponent,
    // "inf" or "nan") and clamped to maxWaitSeconds: a hostile header cannot overflow a timer.
    static std::optional<double> parseSeconds(QByteArrayView text);
    // Clamps a number of seconds from anywhere (a JSON body's rate_reset) the same way; -1 if unusable.
    static double clampSeconds(double seconds);
    static constexpr double maxWaitSeconds = 24 * 3600.0;
    // How long to hold the next request so the rest of the budget spreads over the window: zero
    // while more than a tenth of it is left.
    qint64 pacingDelayMs(const QDateTime &now) const;
};

Q_DECLARE_METATYPE(RateLimitState)
