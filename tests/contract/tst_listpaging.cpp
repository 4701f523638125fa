// Listing past Close's _skip cap, against the sandbox over HTTP: every email arrives once, whatever
// the list order, however many share one creation instant, and whatever cap the server really has.
// Each case prints how many requests it took.
#include "core/api/CloseClient.h"
#include "core/base/IsoDateTime.h"
#include "core/list/EmailListModel.h"
#include "fakes/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(SandboxStore::ListOrder)

class TestListPaging final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture sandbox;

    // Loads everything with Load All; returns the ids in model order.
    QStringList loadAll(EmailListModel &model, int *errors)
    {
        QSignalSpy failed(&model, &EmailListModel::errorOccurred);
        QSignalSpy loaded(&model, &EmailListModel::pageLoaded);
        model.setQuery({});
        if (!loaded.wait(20000))
            return {};
        model.loadAll();
        // Wait on the event we mean: each page's arrival, until nothing more is under way.
        while (model.isLoading()) {
            QSignalSpy page(&model, &EmailListModel::pageLoaded);
            if (!page.wait(30000))
                return {};
        }
        *errors = int(failed.count());
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.idAt(row));
        return ids;
    }

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=false"); }
    void cleanup() { sandbox.stop(); }

    void everyEmailOnce_data()
    {
        QTest::addColumn<int>("emails");
        QTest::addColumn<SandboxStore::ListOrder>("order");
        QTest::addColumn<int>("serverCap"); // the sandbox's; the model starts out believing 10,000
        QTest::addColumn<int>("sharingOneInstant");
        QTest::newRow("25000-cap-10000") << 25000 << SandboxStore::ListOrder::NewestFirst << 10000 << 0;
        QTest::newRow("3000-share-one-date_created")
            << 15000 << SandboxStore::ListOrder::NewestFirst << 10000 << 3000;
        QTest::newRow("oldest-first") << 12000 << SandboxStore::ListOrder::OldestFirst << 10000 << 0;
        QTest::newRow("scrambled-order") << 22000 << SandboxStore::ListOrder::Scrambled << 10000 << 0;
        QTest::newRow("server-cap-lower-than-thought")
            << 9000 << SandboxStore::ListOrder::NewestFirst << 2000 << 0;
    }
    void everyEmailOnce()
    {
        QFETCH(int, emails);
        QFETCH(SandboxStore::ListOrder, order);
        QFETCH(int, serverCap);
        QFETCH(int, sharingOneInstant);
        QVERIFY(sandbox.start(emails));
        sandbox.server->api().setMaxSkip(serverCap);
        sandbox.store->setListOrder(order);
        if (sharingOneInstant > 0) {
            // The newest emails all claim one creation instant, to the microsecond.
            const QString instant = IsoDateTime::formatMicros(
                IsoDateTime::parseMicros(sandbox.store->email(sandbox.store->orderedEmailIds().at(5000))
                                             ->value("date_created")
                                             .toString())
                    .value());
            const QStringList ids = sandbox.store->orderedEmailIds().mid(4000, sharingOneInstant);
            for (const QString &id : ids) {
                QJsonObject email = *sandbox.store->email(id);
                email.insert("date_created", instant);
                sandbox.store->putEmail(email);
            }
        }
        auto client = sandbox.makeClient();
        EmailListModel model(client.get());
        // The tester checks every row on every insert: worth it once, too slow for 25,000 rows each time.
        std::optional<QAbstractItemModelTester> tester;
        if (emails <= 10000)
            tester.emplace(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int errors = -1;
        const QStringList ids = loadAll(model, &errors);
        qInfo("%d emails, server cap %d: %d list requests", emails, serverCap, model.listRequestCount());
        QCOMPARE(errors, 0);
        QCOMPARE(ids.size(), emails);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), emails);
        QVERIFY(!model.lastError().isError());
        QCOMPARE(model.unreadableRows(), 0);
    }

    void refreshPastTheCapKeepsEveryRow()
    {
        QVERIFY(sandbox.start(12000));
        auto client = sandbox.makeClient();
        EmailListModel model(client.get());
        int errors = -1;
        QCOMPARE(loadAll(model, &errors).size(), 12000);
        QSignalSpy loaded(&model, &EmailListModel::pageLoaded);
        model.refresh();
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(60000));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 12000);
        QVERIFY(!model.hasMore());
    }

    void tooManyAtOneInstantIsExplainedAndNotRetried()
    {
        QVERIFY(sandbox.start(1500));
        sandbox.server->api().setMaxSkip(500);
        const QString instant = sandbox.store->email(sandbox.store->orderedEmailIds().first())
                                    ->value("date_created")
                                    .toString();
        for (const QString &id : sandbox.store->orderedEmailIds()) {
            QJsonObject email = *sandbox.store->email(id);
            email.insert("date_created", instant);
            sandbox.store->putEmail(email);
        }
        auto client = sandbox.makeClient();
        EmailListModel model(client.get());
        model.setMaxSkip(500);
        int errors = -1;
        loadAll(model, &errors);
        QCOMPARE(errors, 1);
        QVERIFY(model.rowCount() >= 600);
        QVERIFY(!model.hasMore());
        QVERIFY(!model.canRetry());
        QVERIFY2(model.lastError().message.contains("same moment"), qPrintable(model.lastError().message));
    }

    void aFailedPageIsRetriedButA400IsNot()
    {
        QVERIFY(sandbox.start(300));
        auto client = sandbox.makeClient();
        EmailListModel model(client.get());
        QSignalSpy loaded(&model, &EmailListModel::pageLoaded);
        model.setQuery({});
        QVERIFY(loaded.wait(10000));
        sandbox.server->faults().add({FaultPlan::Fault::ServerError, 1, "GET", "/activity/email/", 503});
        QSignalSpy failed(&model, &EmailListModel::errorOccurred);
        model.fetchMore({});
        QVERIFY(failed.wait(10000));
        QVERIFY(model.canRetry());
        model.retry();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 200, 10000);

        // A 400 that is not about _skip: the same request would fail the same way.
        sandbox.server->faults().add({FaultPlan::Fault::ServerError, 1, "GET", "/activity/email/", 400});
        QSignalSpy refused(&model, &EmailListModel::errorOccurred);
        model.fetchMore({});
        QVERIFY(refused.wait(10000));
        QVERIFY(!model.canRetry());
        QCOMPARE(model.rowCount(), 200);
    }
};

QTEST_GUILESS_MAIN(TestListPaging)
#include "tst_listpaging.moc"
