#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiRequest.h"

// When to try a failed call again, and when not to. Reads are retried on 502/503/504 and dropped
// connections with a growing pause; every method is retried after a 429 once the server's wait is
// over (it did nothing); a write that may have sent an email is never repeated after an ambiguous
// failure (timeout, dropped connection, 5xx): it is read back instead. Other writes are not retried
// at all: the user's edits are safe in the journal and a second save is theirs to start.
class RetryPolicy final
{
public:
    enum class Action { Finish, Retry, ReadBack };
    struct Decision
    {
        Action action = Action::Finish;
        qint64 delayMs = 0;
    };

    int maxAttempts = 4; // including the first
    qint64 backoffBaseMs = 2000; // reads: base × attempt (+ jitter)
    qint64 maxDelayMs = 60000; // the longest backoff or pacing pause
    // A 429's wait is honoured up to an hour; a longer one (a day held a send for 24 h) ends the call
    // with the 429, and the user decides when to try again.
    qint64 maxRateLimitWaitMs = 3600LL * 1000;
    // Waits from this long are shown (a countdown with Cancel); shorter ones pass unnoticed.
    qint64 announceWaitMs = 5000;
    qint64 defaultRateLimitWaitMs = 2000;
    double jitterShare = 0.1; // up to 10 % extra (5 s at most), never less than asked

    // `attempt` counts from 1 for the attempt that just failed.
    Decision decide(const ApiRequest &request, const ApiError &error, int attempt) const;
};
