// Throttle: the first of a burst runs at once, the rest once per interval, nothing is left behind by
// flush() and nothing runs after cancel().
#include "core/list/Throttle.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;

class TestThrottle final : public QObject
{
    Q_OBJECT

private slots:
    void theFirstAskRunsAtOnce()
    {
        int runs = 0;
        Throttle throttle(100ms, [&] { ++runs; });
        throttle.ask();
        QCOMPARE(runs, 1);
        QVERIFY(!throttle.isPending());
    }

    void asksWithinTheIntervalRunOnceWhenItIsUp()
    {
        int runs = 0;
        QElapsedTimer sinceFirst;
        qint64 secondAt = -1;
        Throttle throttle(100ms, [&] {
            if (++runs == 1)
                sinceFirst.start();
            else
                secondAt = sinceFirst.elapsed();
        });
        throttle.ask();
        for (int i = 0; i < 5; ++i)
            throttle.ask();
        QCOMPARE(runs, 1);
        QVERIFY(throttle.isPending());
        QTRY_COMPARE_WITH_TIMEOUT(runs, 2, 5000);
        QVERIFY2(secondAt >= 90, qPrintable(QString::number(secondAt))); // (a coarse timer: 5 % early)
        QVERIFY(!throttle.isPending()); // the five were one
    }

    void flushRunsWhatIsPendingNow()
    {
        int runs = 0;
        Throttle throttle(10s, [&] { ++runs; });
        throttle.flush();
        QCOMPARE(runs, 0); // nothing asked: nothing to run
        throttle.ask();
        throttle.ask();
        QCOMPARE(runs, 1);
        throttle.flush();
        QCOMPARE(runs, 2);
        throttle.flush();
        QCOMPARE(runs, 2);
        throttle.ask(); // within the interval of the flushed run: waits again
        QCOMPARE(runs, 2);
        QVERIFY(throttle.isPending());
    }

    void cancelDropsWhatIsPending()
    {
        int runs = 0;
        Throttle throttle(50ms, [&] { ++runs; });
        throttle.ask();
        throttle.ask();
        throttle.cancel();
        QVERIFY(!throttle.isPending());
        // A timer started after the cancelled run's, and twice as long, runs after it would have: by
        // then the cancelled run has not come (timers of one thread fire in order of their time).
        bool later = false;
        QTimer::singleShot(100ms, [&] { later = true; });
        QTRY_VERIFY_WITH_TIMEOUT(later, 5000);
        QCOMPARE(runs, 1);
        throttle.ask(); // long after the last run: at once
        QCOMPARE(runs, 2);
    }
};

QTEST_GUILESS_MAIN(TestThrottle)
#include "tst_throttle.moc"
