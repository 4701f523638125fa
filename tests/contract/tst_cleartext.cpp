// The key goes to http:// on another machine only after the user agreed, once per host; until then
// not one request leaves. A scripted network stands in for the far server: nothing leaves this process.
#include "core/api/ApiBaseUrl.h"
#include "core/api/CloseClient.h"
#include "core/drafts/DraftJournal.h"
#include "core/session/Session.h"
#include "core/settings/AppSettings.h"
#include "core/settings/CredentialStore.h"
#include "fakes/ScriptedNetwork.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestClearText final : public QObject
{
    Q_OBJECT

    QTemporaryDir config;
    const QUrl far {"http://proxy.example.org/api/v1"};

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        QCoreApplication::setOrganizationName("DraftdeskTests");
        QCoreApplication::setApplicationName("cleartext");
    }

    void whatCountsAsClearText()
    {
        QVERIFY(ApiBaseUrl::sendsKeyInClear(far));
        for (const char *url : {"https://proxy.example.org/api/v1", "http://127.0.0.1:8080/api/v1",
                                "http://localhost:8080/api/v1", "http://[::1]:8080/api/v1"})
            QVERIFY2(!ApiBaseUrl::sendsKeyInClear(QUrl(url)), url);
        QVERIFY(ApiBaseUrl::clearTextWarning(far).contains("proxy.example.org"));
        QVERIFY(ApiBaseUrl::clearTextWarning(QUrl("https://api.close.com/api/v1")).isEmpty());
    }

    void nothingLeavesUntilTheUserAgrees()
    {
        ScriptedNetwork network;
        MemoryCredentialStore credentials;
        QTemporaryDir journalDir;
        DraftJournal journal(journalDir.path());
        Session session(&network, &credentials, &journal);
        QSignalSpy asked(&session, &Session::clearTextConsentNeeded);
        QSignalSpy failed(&session, &Session::connectionFailed);

        // Refused: no request, and the session says why.
        session.connectWith(far, AuthMethod::ApiKey, "api_secret_0123456789", Session::Origin::Environment);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(session.waitingForClearText(), std::optional<QUrl>(far));
        session.answerClearText(false);
        QTest::qWait(0);
        QCOMPARE(network.requests.size(), 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().value<ApiError>().message.contains("http://"));
        QCOMPARE(session.state(), Session::State::Failed);
        QVERIFY(!AppSettings().clearTextAllowed("proxy.example.org"));

        // Asked again next time; agreed: the request goes, and the host is remembered.
        session.connectWith(far, AuthMethod::ApiKey, "api_secret_0123456789", Session::Origin::Environment);
        QCOMPARE(asked.count(), 2);
        QCOMPARE(network.requests.size(), 0);
        session.answerClearText(true);
        QTRY_VERIFY(!network.requests.isEmpty());
        QCOMPARE(network.requests.constFirst().url.host(), QStringLiteral("proxy.example.org"));
        QVERIFY(AppSettings().clearTextAllowed("proxy.example.org"));
        session.connectWith(far, AuthMethod::ApiKey, "api_secret_0123456789", Session::Origin::Environment);
        QCOMPARE(asked.count(), 2); // once per host

        // The settings dialog's Test asks first; unasked, the session does not send the key.
        QSignalSpy tested(&session, &Session::testFinished);
        const qsizetype before = network.requests.size();
        session.testConnection(QUrl("http://other.example.org/api/v1"), AuthMethod::ApiKey,
                               "api_secret_0123456789");
        QCOMPARE(tested.count(), 1);
        QCOMPARE(tested.first().first().toBool(), false);
        QCOMPARE(network.requests.size(), before);
    }
};

QTEST_GUILESS_MAIN(TestClearText)
#include "tst_cleartext.moc"
