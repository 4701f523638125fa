#pragma once
// Helpers shared by the benchmark programs and their baselines, so both sides measure the same way.
// Each program prints its figures as lines "bench NAME VALUE" on stdout; bench_report reads them.

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace bench {

inline void report(const char *name, double value)
{
    std::printf("bench %s %.3f\n", name, value);
    std::fflush(stdout);
}

inline double millisecondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Offscreen unless told otherwise: benchmarks run headless in CI and on a developer's desktop alike.
inline void useOffscreenByDefault()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// Shows the widget and paints it once, synchronously: "on screen" for both sides of a comparison.
inline void showAndPaint(QWidget *widget)
{
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        std::fputs("bench: window was not exposed\n", stderr);
    widget->repaint();
}

inline QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench: cannot read %s\n", qPrintable(path));
        std::exit(2);
    }
    return QString::fromUtf8(file.readAll());
}

// The longest stretch the event loop did not turn while it lives.
class FreezeMeter
{
public:
    FreezeMeter()
    {
        m_ticker.setInterval(1);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] { tick(); });
        m_ticker.start();
        m_last.start();
    }
    double longestMs()
    {
        tick();
        return m_longest;
    }
    // Lets the event loop turn a few times more (deferred layout and paints), so that a stall just
    // after painting is counted too.
    void settle()
    {
        const int until = m_ticks + 5;
        if (!QTest::qWaitFor([&] { return m_ticks >= until; }, 5000))
            std::fputs("bench: the event loop did not turn for 5 s\n", stderr);
    }

private:
    void tick()
    {
        m_longest = qMax(m_longest, bench::millisecondsSince(m_last));
        m_last.start();
        ++m_ticks;
    }
    int m_ticks = 0;
    QTimer m_ticker;
    QElapsedTimer m_last;
    double m_longest = 0;
};

} // namespace bench
