#include "core/list/ListPlan.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {
struct Email
{
    int id;
    qint64 created;
};

enum class Order { NewestFirst, OldestFirst, ById, Scrambled };

// A list endpoint in memory with the two properties ListPlan may rely on (the date filters select
// exactly their range; one query paged with _skip visits each row once) and nothing more: its
// order is any of four, and it refuses a _skip above its own cap, which the plan need not know.
class FakeListServer
{
public:
    FakeListServer(QList<Email> emails, Order order, int cap) : m_cap(cap)
    {
        QHash<int, quint32> scramble;
        QRandomGenerator random(42);
        for (const Email &e : emails)
            scramble.insert(e.id, random.generate());
        std::sort(emails.begin(), emails.end(), [&](const Email &a, const Email &b) {
            switch (order) {
            case Order::NewestFirst:
                return a.created != b.created ? a.created > b.created : a.id > b.id;
            case Order::OldestFirst:
                return a.created != b.created ? a.created < b.created : a.id < b.id;
            case Order::ById:
                return a.id < b.id;
            case Order::Scrambled:
                return scramble.value(a.id) < scramble.value(b.id);
            }
            return false;
        });
        m_emails = emails;
    }

    // False when the server refuses the request (skip over its cap).
    bool answer(const ListPlan::Request &request, QList<Email> *page, bool *hasMore)
    {
        ++requests;
        if (request.skip > m_cap)
            return false;
        page->clear();
        int matched = 0;
        *hasMore = false;
        for (const Email &e : std::as_const(m_emails)) {
            if (!request.window.contains(e.created))
                continue;
            if (matched++ < request.skip)
                continue;
            if (page->size() == request.limit) {
                *hasMore = true;
                break;
            }
            page->append(e);
        }
        return true;
    }

    int requests = 0;

private:
    QList<Email> m_emails;
    int m_cap;
};

struct Outcome
{
    QSet<int> ids;
    int duplicates = 0;
    int requests = 0;
    int splits = 0;
    ListPlan::State state = ListPlan::State::Running;
};

Outcome runPlan(FakeListServer &server, ListPlan &plan)
{
    Outcome outcome;
    int guard = 0;
    while (!plan.isDone() && ++guard < 100000) {
        const ListPlan::Request request = plan.next();
        QList<Email> page;
        bool hasMore = false;
        if (!server.answer(request, &page, &hasMore)) {
            if (!plan.skipRefused())
                break;
            continue;
        }
        QList<qint64> dates;
        for (const Email &e : std::as_const(page)) {
            dates.append(e.created);
            if (!request.probe && !outcome.ids.contains(e.id))
                outcome.ids.insert(e.id);
            else if (!request.probe)
                ++outcome.duplicates;
        }
        plan.answer(dates, int(page.size()), hasMore);
    }
    outcome.requests = server.requests;
    outcome.splits = plan.windowsSplit();
    outcome.state = plan.state();
    return outcome;
}

constexpr qint64 second = 1000000;
constexpr qint64 base = Q_INT64_C(1735689600) * second; // 2025-01-01

QList<Email> spread(int count, qint64 step, int firstId = 0, qint64 start = base)
{
    QList<Email> emails;
    for (int i = 0; i < count; ++i)
        emails.append({firstId + i, start + i * step});
    return emails;
}
} // namespace

Q_DECLARE_METATYPE(Order)

class TestListPlan final : public QObject
{
    Q_OBJECT

private slots:
    void reachesEveryRow_data()
    {
        QTest::addColumn<QList<Email>>("emails");
        QTest::addColumn<Order>("order");
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("maxRequests"); // a ceiling that catches a plan gone quadratic

        const QList<Email> many = spread(25000, 37 * second);
        QTest::newRow("small-list-one-window") << spread(250, second) << Order::NewestFirst << 10000 << 3;
        QTest::newRow("exactly-at-the-cap") << spread(10100, second) << Order::NewestFirst << 10000 << 102;
        QTest::newRow("25000-newest-first") << many << Order::NewestFirst << 10000 << 420;
        QTest::newRow("25000-oldest-first") << many << Order::OldestFirst << 10000 << 600;
        QTest::newRow("25000-by-id") << many << Order::ById << 10000 << 600;
        QTest::newRow("25000-scrambled") << many << Order::Scrambled << 10000 << 600;
        QTest::newRow("50000-newest-first")
            << spread(50000, 11 * second) << Order::NewestFirst << 10000 << 700;

        // 3,000 share one instant, among 12,000 others: the split must cut around the crowd.
        QList<Email> crowd = spread(12000, 60 * second);
        for (int i = 0; i < 3000; ++i)
            crowd.append({20000 + i, base + 6000 * 60 * second});
        QTest::newRow("3000-share-one-instant-newest") << crowd << Order::NewestFirst << 10000 << 420;
        QTest::newRow("3000-share-one-instant-scrambled") << crowd << Order::Scrambled << 10000 << 600;

        // Busy weeks, then nothing for ten years, then busy again: the walk down jumps the gap.
        QList<Email> gap = spread(12000, 10 * second);
        gap.append(spread(12000, 10 * second, 50000, base - Q_INT64_C(10) * 365 * 86400 * second));
        QTest::newRow("ten-quiet-years") << gap << Order::NewestFirst << 10000 << 480;

        // Microseconds matter: 11,000 rows within one millisecond.
        QTest::newRow("microsecond-steps") << spread(11000, 0) << Order::NewestFirst << 10000 << 0;
    }
    void reachesEveryRow()
    {
        QFETCH(QList<Email>, emails);
        QFETCH(Order, order);
        QFETCH(int, cap);
        QFETCH(int, maxRequests);
        if (maxRequests == 0) { // the microsecond row: build distinct instants 1 µs apart
            for (int i = 0; i < emails.size(); ++i)
                emails[i].created = base + i / 100;
            maxRequests = 600;
        }
        FakeListServer server(emails, order, cap);
        ListPlan plan({}, 100, cap);
        const Outcome outcome = runPlan(server, plan);
        qInfo("%lld emails, cap %d: %d requests (%d duplicate rows, %d splits)", qlonglong(emails.size()),
              cap, outcome.requests, outcome.duplicates, outcome.splits);
        QCOMPARE(outcome.state, ListPlan::State::Done);
        QCOMPARE(outcome.ids.size(), emails.size());
        QVERIFY2(outcome.requests <= maxRequests, qPrintable(QString::number(outcome.requests)));
    }

    void aLowerServerCapIsLearned()
    {
        // The plan believes 10,000; the server refuses anything past 3,000.
        const QList<Email> emails = spread(20000, 5 * second);
        FakeListServer server(emails, Order::NewestFirst, 3000);
        ListPlan plan({}, 100, 10000);
        const Outcome outcome = runPlan(server, plan);
        QCOMPARE(outcome.state, ListPlan::State::Done);
        QCOMPARE(outcome.ids.size(), emails.size());
        QCOMPARE(plan.maxSkip(), 3000);
    }

    void staysInsideTheUsersRange()
    {
        const QList<Email> emails = spread(30000, second);
        const ListPlan::Window range {base + 5000 * second, base + 27000 * second};
        FakeListServer server(emails, Order::NewestFirst, 10000);
        ListPlan plan(range, 100, 10000);
        const Outcome outcome = runPlan(server, plan);
        QCOMPARE(outcome.state, ListPlan::State::Done);
        QCOMPARE(outcome.ids.size(), 22000);
        for (int id : outcome.ids)
            QVERIFY(range.contains(base + id * second));
    }

    void tooManyInOneInstantIsSaidNotLooped()
    {
        const qint64 instant = base + 42 * second;
        QList<Email> emails;
        for (int i = 0; i < 1500; ++i)
            emails.append({i, instant});
        FakeListServer server(emails, Order::NewestFirst, 1000);
        ListPlan plan({}, 100, 1000);
        const Outcome outcome = runPlan(server, plan);
        QCOMPARE(outcome.state, ListPlan::State::Stuck);
        QCOMPARE(plan.stuckAt(), instant);
        QVERIFY(outcome.ids.size() >= 1100);
        QVERIFY(outcome.requests < 100);
    }

    void aServerThatSaysMoreButSendsNothingEnds()
    {
        ListPlan plan({}, 100, 10000);
        plan.answer({}, 0, true);
        QVERIFY(plan.isDone());
    }

    void aDeletedRowDoesNotOpenAGap()
    {
        ListPlan plan({}, 100, 10000);
        QList<qint64> dates;
        for (int i = 0; i < 100; ++i)
            dates.append(base + i);
        plan.answer(dates, 100, true);
        QCOMPARE(plan.next().skip, 100);
        plan.rowRemoved(base + 5);
        QCOMPARE(plan.next().skip, 99);
    }
};

QTEST_GUILESS_MAIN(TestListPlan)
#include "tst_listplan.moc"
