#pragma once

#include "sandbox/SandboxExchange.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

// What the sandbox does wrong on purpose, so that the client's error paths are tested for real and
// QA can rehearse a bad day: latency, 5xx, 429 bursts, connections dropped before or after the work
// was done, malformed or truncated JSON, and a slow trickle. Faults come from scripted rules (exact,
// for tests) and from random shares (seeded, for rehearsal). Every injected fault is logged.
class FaultPlan final
{
public:
    enum class Fault {
        None,
        ServerError, // answer `status` (500, 502, 503 or 504) without doing the work
        RateLimited, // answer 429 with RateLimit and Retry-After, without doing the work
        DropBeforeProcessing, // close the connection before the request is handled
        DropAfterProcessing, // handle the request (the change is made), then close without an answer
        MalformedJson, // handle it, answer 200 with a body that is not JSON
        TruncatedJson, // handle it, announce the full length, send half, close
        SlowTrickle, // handle it, send the answer a few bytes at a time
        EchoKey, // handle it, and copy the Authorization header (and the key in it) into the answer,
                 // as a careless proxy or debugging server does: a header and a body field
        EchoKeyRefused, // answer 401 whose text repeats the key and the Authorization header
        BadUtf8Record, // handle it, then spoil the second record of a list: invalid UTF-8 in its subject
        BadNumberRecord, // handle it, then give the second record of a list a number out of range (1e400)
    };
    struct Decision
    {
        Fault fault = Fault::None;
        int status = 0; // for ServerError
        int latencyMs = 0; // wait this long before doing anything
    };
    struct Rule
    {
        Fault fault = Fault::None;
        int times = 1; // how many matching requests it hits; -1 for all
        QByteArray method; // empty: any method
        QString pathContains; // empty: any path
        int status = 503; // for ServerError
    };

    explicit FaultPlan(quint32 seed = 1);

    // Scripted: the next `rule.times` requests that match get the fault. Rules apply in order.
    void add(const Rule &rule) { m_rules.append(rule); }
    void clear();

    void setLatency(int msecs) { m_latencyMs = msecs; }
    void setServerErrorShare(double share) { m_serverErrorShare = share; }
    void setDropBeforeShare(double share) { m_dropBeforeShare = share; }
    void setDropAfterShare(double share) { m_dropAfterShare = share; }
    void setMalformedShare(double share) { m_malformedShare = share; }
    void setTruncatedShare(double share) { m_truncatedShare = share; }
    void setTrickleShare(double share) { m_trickleShare = share; }
    // The next `count` requests are answered 429, as if a burst had used up the window.
    void setRateLimitBurst(int count) { m_burst429 = count; }
    int trickleBytesPerTick() const { return m_trickleBytes; }
    void setTrickleBytesPerTick(int bytes) { m_trickleBytes = qMax(1, bytes); }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

    Decision decide(const SandboxRequest &request);
    // "PUT /api/v1/activity/email/acti_1/: drop-after-processing", oldest first.
    QStringList log() const { return m_log; }
    static QString name(Fault fault);
    // Parses a --fault option: "503", "429x3", "drop-before", "drop-after", "malformed", "truncated",
    // "trickle", "echo-key", "echo-key-401", "bad-utf8",
    // "bad-number", each optionally followed by ":METHOD" and "@path-part", e.g.
    // "drop-after:PUT@/activity/email/".
    static std::optional<Rule> parseRule(const QString &text);

private:
    QRandomGenerator m_random;
    QList<Rule> m_rules;
    QStringList m_log;
    int m_latencyMs = 0;
    double m_serverErrorShare = 0;
    double m_dropBeforeShare = 0;
    double m_dropAfterShare = 0;
    double m_malformedShare = 0;
    double m_truncatedShare = 0;
    double m_trickleShare = 0;
    int m_burst429 = 0;
    int m_trickleBytes = 16;
    int m_retryAfterSeconds = 1;
};
