#include "sandbox/RateLimiter.h"

RateLimiter::Verdict RateLimiter::check(const QString &key, const QString &group, int budgetFactor)
{
    const int limit = m_limit * qMax(1, budgetFactor);
    const QDateTime now = m_clock.now();
    Window &window = m_windows[key + QLatin1Char('\n') + group];
    if (!window.start.isValid() || window.start.msecsTo(now) >= m_windowMs) {
        window.start = now;
        window.used = 0;
    }
    Verdict verdict;
    verdict.limit = limit;
    verdict.resetSeconds = qMax<qint64>(0, m_windowMs - window.start.msecsTo(now)) / 1000.0;
    if (window.used >= limit) {
        verdict.allowed = false;
        verdict.remaining = 0;
        return verdict;
    }
    ++window.used;
    verdict.remaining = limit - window.used;
    return verdict;
}

QByteArray RateLimiter::headerValue(const Verdict &verdict)
{
    return "limit=" + QByteArray::number(verdict.limit)
        + ", remaining=" + QByteArray::number(verdict.remaining)
        + ", reset=" + QByteArray::number(verdict.resetSeconds, 'f', 3);
}
