#pragma once

#include <QDateTime>

// The sandbox's sense of time. Scheduled and outbox emails turn `sent` when the clock says so, and
// rate-limit windows roll over with it; tests hand in a ManualClock and move it instead of sleeping.
class SandboxClock
{
public:
    virtual ~SandboxClock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public SandboxClock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class ManualClock final : public SandboxClock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    { }
    QDateTime now() const override { return m_now; }
    void advance(qint64 msecs) { m_now = m_now.addMSecs(msecs); }
    void set(const QDateTime &when) { m_now = when; }

private:
    QDateTime m_now;
};
