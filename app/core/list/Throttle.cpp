#include "core/list/Throttle.h"

Throttle::Throttle(std::chrono::milliseconds interval, std::function<void()> action, QObject *parent)
    : QObject(parent), m_interval(interval), m_action(std::move(action))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Throttle::run);
}

void Throttle::ask()
{
    const auto since = std::chrono::milliseconds(m_sinceRun.isValid() ? m_sinceRun.elapsed() : 0);
    if (!m_sinceRun.isValid() || since >= m_interval) {
        run();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start(m_interval - since);
}

void Throttle::flush()
{
    if (isPending())
        run();
}

void Throttle::cancel()
{
    m_timer.stop();
}

void Throttle::run()
{
    cancel();
    m_sinceRun.start();
    m_action();
}
