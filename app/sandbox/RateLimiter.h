#pragma once

#include "sandbox/SandboxClock.h"

#include <QHash>
#include <QString>

// Close's rate limits: a budget of requests per window for each endpoint group (path + method family)
// and API key. Answers carry `RateLimit: limit=…, remaining=…, reset=…` with reset in decimal seconds.
class RateLimiter final
{
public:
    struct Verdict
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        double resetSeconds = 0;
    };

    explicit RateLimiter(const SandboxClock &clock) : m_clock(clock) { }

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    void setLimit(int requests, double windowSeconds)
    {
        m_limit = requests;
        m_windowMs = qint64(windowSeconds * 1000);
        m_windows.clear();
    }
    int limit() const { return m_limit; }

    // Counts one request against key + group and says whether it may go ahead. `budgetFactor`
    // scales the limit (the organisation's budget is three times a key's).
    Verdict check(const QString &key, const QString &group, int budgetFactor = 1);
    // "limit=100, remaining=42, reset=3.25"
    static QByteArray headerValue(const Verdict &verdict);

private:
    struct Window
    {
        QDateTime start;
        int used = 0;
    };
    const SandboxClock &m_clock;
    bool m_enabled = false;
    int m_limit = 60;
    qint64 m_windowMs = 10000;
    QHash<QString, Window> m_windows;
};
