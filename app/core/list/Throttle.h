#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

// Runs an action at most once per interval, however often it is asked for: at once when it has not
// run for that long (the first of a burst is not delayed), else once when the interval is up. For
// work that only has to catch up with a burst of events, such as a list following the pages of a load.
class Throttle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Throttle)

public:
    Throttle(std::chrono::milliseconds interval, std::function<void()> action, QObject *parent = nullptr);

    void ask();
    // What was asked for and not run yet runs now (the end of the burst: nothing is left behind).
    void flush();
    // What was asked for and not run yet is not needed (the action ran some other way).
    void cancel();
    bool isPending() const { return m_timer.isActive(); } // asked for, to run when the interval is up

private:
    void run();

    std::chrono::milliseconds m_interval;
    std::function<void()> m_action;
    QTimer m_timer;
    QElapsedTimer m_sinceRun;
};
