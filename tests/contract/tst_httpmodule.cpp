// The program's HttpEngine (app/main/HttpModule): requests made before the module is loaded wait
// and go out at load(); without the module they fail with a sentence that names it. Driven
// through the real CloseClient against the sandbox, with the module that the build makes.
#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "fakes/SandboxFixture.h"
#include "main/HttpModule.h"

#include <QSignalSpy>
#include <QTest>

class TestHttpModule final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(sandbox.start(5)); }
    void cleanup() { sandbox.stop(); }

    void requestsWaitForTheModuleThenGo()
    {
        HttpModule http({QStringLiteral(HTTP_MODULE)});
        CloseClient client(&http);
        pointAtTheSandbox(client);
        ApiCall *me = client.me();
        ApiCall *list = client.listEmails(EmailQuery {});
        QSignalSpy meDone(me, &ApiCall::finished);
        QSignalSpy listDone(list, &ApiCall::finished);
        // Their attempts start (and are logged), but nothing reaches the sandbox.
        QTRY_COMPARE(client.requestLog()->rowCount(), 2);
        QCOMPARE(requestsBeforeABarrier(), 0);
        QVERIFY(meDone.isEmpty() && listDone.isEmpty());

        http.load();
        QVERIFY2(http.isLoaded(), qPrintable(http.problem()));
        QTRY_COMPARE(listDone.size(), 1);
        QTRY_COMPARE(meDone.size(), 1);
        QVERIFY(meDone.first().first().value<ApiResult>().ok());
        QVERIFY(listDone.first().first().value<ApiResult>().ok());
        QCOMPARE(sandbox.server->requestCount(), 3); // and the barrier's

        // Loaded, a request goes at once.
        ApiCall *again = client.me();
        QSignalSpy againDone(again, &ApiCall::finished);
        QTRY_COMPARE(againDone.size(), 1);
        QVERIFY(againDone.first().first().value<ApiResult>().ok());
    }

    void aCancelledWaitingRequestNeverGoes()
    {
        HttpModule http({QStringLiteral(HTTP_MODULE)});
        CloseClient client(&http);
        pointAtTheSandbox(client);
        ApiCall *me = client.me();
        QSignalSpy done(me, &ApiCall::finished);
        QTRY_COMPARE(client.requestLog()->rowCount(), 1);
        me->cancel();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.first().first().value<ApiResult>().error.kind, ApiError::Kind::Cancelled);
        http.load();
        QVERIFY(http.isLoaded());
        QCOMPARE(requestsBeforeABarrier(), 0);
    }

    void withoutTheModuleEveryRequestSaysWhy()
    {
        const QString missing = QDir::temp().filePath(QStringLiteral("no-such-folder/draftdesk-http.so"));
        HttpModule http({missing});
        CloseClient client(&http);
        pointAtTheSandbox(client);
        ApiCall *waiting = client.me();
        QSignalSpy waitingDone(waiting, &ApiCall::finished);
        QTRY_COMPARE(client.requestLog()->rowCount(), 1);
        http.load();
        QVERIFY(!http.isLoaded());
        QVERIFY2(http.problem().contains(missing), qPrintable(http.problem()));
        QTRY_COMPARE(waitingDone.size(), 1);
        const ApiError error = waitingDone.first().first().value<ApiResult>().error;
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY2(error.message.contains(QLatin1String("Nothing was sent")) && error.message.contains(missing),
                 qPrintable(error.message));

        // Later requests too, never from inside the call that made them.
        ApiCall *later = client.me();
        QSignalSpy laterDone(later, &ApiCall::finished);
        QTRY_COMPARE(laterDone.size(), 1);
        QVERIFY(laterDone.first().first().value<ApiResult>().error.message.contains(missing));
        QCOMPARE(requestsBeforeABarrier(), 0);
    }

    void aFileThatIsNoModuleIsNamed()
    {
        QTemporaryDir folder;
        const QString bogus = folder.filePath(QStringLiteral("draftdesk-http.so"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a shared object");
        file.close();
        HttpModule http({bogus});
        http.load();
        QVERIFY(!http.isLoaded());
        QVERIFY2(http.problem().contains(bogus), qPrintable(http.problem()));
    }

private:
    void pointAtTheSandbox(CloseClient &client) const
    {
        client.setBaseUrl(sandbox.server->baseUrl());
        client.setApiKey(QStringLiteral("k"));
    }

    // How many requests reached the sandbox, besides one sent now by a client of its own, once that
    // one is answered: anything sent before it arrives before it (the sandbox reads on this thread).
    int requestsBeforeABarrier()
    {
        const std::unique_ptr<CloseClient> other = sandbox.makeClient();
        QSignalSpy done(other->me(), &ApiCall::finished);
        if (!done.wait(5000))
            return -1;
        return sandbox.server->requestCount() - 1;
    }

    SandboxFixture sandbox;
};

QTEST_GUILESS_MAIN(TestHttpModule)
#include "tst_httpmodule.moc"
