#include "core/api/RetryPolicy.h"

#include "core/api/RateLimitState.h"

#include <QRandomGenerator>

#include <cmath>

namespace {
qint64 withJitter(qint64 delayMs, double share)
{
    if (delayMs <= 0 || share <= 0)
        return delayMs;
    // Enough to keep clients apart, never minutes on top of an hour's wait.
    constexpr double maxJitterMs = 5000;
    return delayMs
        + qint64(QRandomGenerator::global()->generateDouble() * qMin(share * double(delayMs), maxJitterMs));
}
} // namespace

RetryPolicy::Decision RetryPolicy::decide(const ApiRequest &request, const ApiError &error, int attempt) const
{
    using Kind = ApiError::Kind;
    if (!error.isError() || error.kind == Kind::Cancelled)
        return {};
    const bool attemptsLeft = attempt < maxAttempts;

    if (error.kind == Kind::RateLimited) {
        // Clamped again here: whatever built the error, a wait cannot overflow or run for days.
        const double seconds = RateLimitState::clampSeconds(error.retryAfterSeconds);
        const qint64 wait = seconds >= 0 ? qint64(std::ceil(seconds * 1000)) : defaultRateLimitWaitMs;
        if (!attemptsLeft || wait > maxRateLimitWaitMs)
            return {};
        return {Action::Retry, withJitter(wait, jitterShare)};
    }

    if (request.isRead()) {
        const bool transient
            = (error.kind == Kind::Server
               && (error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504))
            || error.kind == Kind::Network;
        if (transient && attemptsLeft)
            return {Action::Retry, qMin(maxDelayMs, withJitter(backoffBaseMs * attempt, jitterShare))};
        return {};
    }

    if (request.mayTriggerSend && error.isAmbiguousForWrites() && !request.emailId.isEmpty())
        return {Action::ReadBack, 0};
    return {};
}
