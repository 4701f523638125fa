// The numbers a server sends about waiting: RateLimit, Retry-After and the legacy body's rate_reset,
// through RetryPolicy. Lines of the input are the header values and the body. Every wait that comes
// out is between zero and a day (plus jitter), whatever went in: no overflow, no silent hang.
#include "FuzzSupport.h"
#include "core/api/ApiError.h"
#include "core/api/ApiRequest.h"
#include "core/api/RateLimitState.h"
#include "core/api/RetryPolicy.h"

#include <QDateTime>

#include <cmath>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzzBytes(data, size).split('\n');
    const QByteArray rateLimit = parts.value(0);
    const QByteArray retryAfter = parts.value(1);
    const QByteArray body = parts.mid(2).join('\n');
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const double maxSeconds = RateLimitState::maxWaitSeconds;

    if (const auto header = RateLimitState::parse(rateLimit))
        FUZZ_CHECK(std::isfinite(header->resetSeconds) && header->resetSeconds >= 0
                   && header->resetSeconds <= maxSeconds);
    RateLimitState state;
    state.update(rateLimit, now);
    const qint64 pacing = state.pacingDelayMs(now);
    FUZZ_CHECK(pacing >= 0 && pacing <= qint64(maxSeconds * 1000));
    const double after = RateLimitState::parseRetryAfter(retryAfter, now);
    FUZZ_CHECK(after == -1 || (after >= 0 && after <= maxSeconds));
    if (const auto seconds = RateLimitState::parseSeconds(retryAfter))
        FUZZ_CHECK(*seconds >= 0 && *seconds <= maxSeconds);

    const int status
        = parts.size() > 3 ? 400 + int(uint8_t(parts.at(3).isEmpty() ? 29 : parts.at(3).at(0)) % 200) : 429;
    ApiError error = ApiError::fromHttp(status, body);
    FUZZ_CHECK(error.retryAfterSeconds == -1
               || (error.retryAfterSeconds >= 0 && error.retryAfterSeconds <= maxSeconds));
    (void)error.fullText();
    if (after >= 0)
        error.retryAfterSeconds = after;
    const RetryPolicy policy;
    ApiRequest request;
    request.method = "GET";
    for (int attempt = 1; attempt <= policy.maxAttempts; ++attempt) {
        const RetryPolicy::Decision decision = policy.decide(request, error, attempt);
        FUZZ_CHECK(decision.delayMs >= 0 && decision.delayMs <= policy.maxRateLimitWaitMs + 5000);
    }
    (void)ApiError::waitText(error.retryAfterSeconds);
    return 0;
}
