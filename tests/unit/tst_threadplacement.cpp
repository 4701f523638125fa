#include "core/base/ThreadPlacement.h"

#include <QTest>

#include <future>
#include <pthread.h>
#include <sched.h>

namespace {
cpu_set_t callersCores()
{
    cpu_set_t cores;
    CPU_ZERO(&cores);
    sched_getaffinity(0, sizeof cores, &cores);
    return cores;
}

cpu_set_t coresOf(std::thread &thread)
{
    cpu_set_t cores;
    CPU_ZERO(&cores);
    pthread_getaffinity_np(thread.native_handle(), sizeof cores, &cores);
    return cores;
}

int firstCore(const cpu_set_t &cores)
{
    for (int core = 0; core < CPU_SETSIZE; ++core) {
        if (CPU_ISSET(core, &cores))
            return core;
    }
    return -1;
}

// A thread that waits to be let go, then says which core it ran on.
class WaitingThread
{
public:
    WaitingThread()
        : m_thread([this] {
              m_go.get_future().wait();
              m_ranOn.set_value(sched_getcpu());
          })
    { }
    ~WaitingThread()
    {
        if (!m_released)
            m_go.set_value();
        m_thread.join();
    }
    std::thread &thread() { return m_thread; }
    int runAndSayWhere()
    {
        std::future<int> ranOn = m_ranOn.get_future();
        m_released = true;
        m_go.set_value();
        return ranOn.get();
    }

private:
    std::promise<void> m_go;
    std::promise<int> m_ranOn;
    bool m_released = false;
    std::thread m_thread; // last: it uses the promises
};

// Runs the test's thread on the given cores for as long as it lives.
class CallerOnCores
{
public:
    explicit CallerOnCores(const cpu_set_t &cores) : m_before(callersCores())
    {
        m_ok = sched_setaffinity(0, sizeof cores, &cores) == 0;
    }
    ~CallerOnCores() { sched_setaffinity(0, sizeof m_before, &m_before); }
    bool ok() const { return m_ok; }

private:
    cpu_set_t m_before;
    bool m_ok = false;
};
} // namespace

class TestThreadPlacement final : public QObject
{
    Q_OBJECT

private slots:
    void theThreadRunsOnEveryCoreButTheOneNamed()
    {
        const cpu_set_t allowed = callersCores();
        if (CPU_COUNT(&allowed) < 2)
            QSKIP("one core: there is no other core to keep a thread on");
        const int core = firstCore(allowed);
        WaitingThread waiting;
        QVERIFY(ThreadPlacement::keepOff(waiting.thread(), core));

        cpu_set_t expected = allowed;
        CPU_CLR(core, &expected);
        cpu_set_t actual = coresOf(waiting.thread());
        QVERIFY(CPU_EQUAL(&actual, &expected));
        QVERIFY(waiting.runAndSayWhere() != core);
    }

    void theCallersCoreIsTheOneLeftOut()
    {
        const cpu_set_t allowed = callersCores();
        if (CPU_COUNT(&allowed) < 2)
            QSKIP("one core: there is no other core to keep a thread on");
        WaitingThread waiting;
        const int before = sched_getcpu();
        QVERIFY(ThreadPlacement::keepOffCallersCore(waiting.thread()));
        const int after = sched_getcpu();

        // One core fewer than the caller's, each of them the caller's too.
        cpu_set_t actual = coresOf(waiting.thread());
        QCOMPARE(CPU_COUNT(&actual), CPU_COUNT(&allowed) - 1);
        cpu_set_t both;
        CPU_AND(&both, &actual, &allowed);
        QVERIFY(CPU_EQUAL(&both, &actual));
        if (before == after) // the caller was not moved meanwhile: its core is the one left out
            QVERIFY(!CPU_ISSET(before, &actual));

        // Kept off another core later (the caller moved): the first one is allowed again.
        const int other = firstCore(actual);
        QVERIFY(ThreadPlacement::keepOff(waiting.thread(), other));
        actual = coresOf(waiting.thread());
        QCOMPARE(CPU_COUNT(&actual), CPU_COUNT(&allowed) - 1);
        QVERIFY(!CPU_ISSET(other, &actual));
    }

    void aSingleCoreIsLeftAlone()
    {
        const cpu_set_t allowed = callersCores();
        cpu_set_t one;
        CPU_ZERO(&one);
        const int core = firstCore(allowed);
        CPU_SET(core, &one);
        CallerOnCores caller(one);
        QVERIFY(caller.ok());
        WaitingThread waiting; // made on that one core, like its caller

        QVERIFY(!ThreadPlacement::keepOff(waiting.thread(), core));
        QVERIFY(!ThreadPlacement::keepOffCallersCore(waiting.thread()));
        cpu_set_t actual = coresOf(waiting.thread());
        QVERIFY(CPU_EQUAL(&actual, &one));
        QCOMPARE(waiting.runAndSayWhere(), core);
    }

    void aCoreTheCallerCannotUseChangesNothing()
    {
        const cpu_set_t allowed = callersCores();
        WaitingThread waiting;
        QVERIFY(!ThreadPlacement::keepOff(waiting.thread(), -1));
        QVERIFY(!ThreadPlacement::keepOff(waiting.thread(), CPU_SETSIZE));
        int outside = CPU_SETSIZE - 1;
        while (outside >= 0 && CPU_ISSET(outside, &allowed))
            --outside;
        if (outside >= 0)
            QVERIFY(!ThreadPlacement::keepOff(waiting.thread(), outside));
        cpu_set_t actual = coresOf(waiting.thread());
        QVERIFY(CPU_EQUAL(&actual, &allowed));
    }

    void aThreadThatIsNotRunningIsLeftAlone()
    {
        std::thread none;
        QVERIFY(!ThreadPlacement::keepOff(none, 0));
        QVERIFY(!ThreadPlacement::keepOffCallersCore(none));
    }
};

QTEST_GUILESS_MAIN(TestThreadPlacement)
#include "tst_threadplacement.moc"
