// What the session guards before anything reaches a view: the key goes to http:// on another machine
// only after the user agreed, once per host (until then not one request leaves), and an open takes
// only the email it asked for. A scripted network stands in for the server: nothing leaves the process.
#include "core/api/ApiBaseUrl.h"
#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/drafts/DraftJournal.h"
#include "core/session/Session.h"
#include "core/settings/AppSettings.h"
#include "core/settings/CredentialStore.h"
#include "fakes/ScriptedNetwork.h"
#include "http/QtHttpEngine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSessionGuards final : public QObject
{
    Q_OBJECT

    QTemporaryDir config;

    // A session on a scripted network, with a keychain and journal of its own.
    struct Rig
    {
        ScriptedNetwork network;
        QtHttpEngine http {&network};
        MemoryCredentialStore credentials;
        QTemporaryDir journalDir;
        DraftJournal journal {journalDir.path()};
        Session session {&http, &credentials, &journal};
    };
    const QUrl far {"http://proxy.example.org/api/v1"};

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        QCoreApplication::setOrganizationName("DraftdeskTests");
        QCoreApplication::setApplicationName("sessionguards");
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
        Rig rig;
        ScriptedNetwork &network = rig.network;
        Session &session = rig.session;
        QSignalSpy asked(&session, &Session::clearTextConsentNeeded);
        QSignalSpy failed(&session, &Session::connectionFailed);

        // Refused: no request, and the session says why.
        session.connectWith(far, AuthMethod::ApiKey, "api_secret_0123456789", Session::Origin::Environment);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(session.waitingForClearText(), std::optional<QUrl>(far));
        session.answerClearText(false);
        // Not one call was made, so none can leave later: start whatever is due, and nothing goes.
        QVERIFY(session.client()->findChildren<ApiCall *>(Qt::FindDirectChildrenOnly).isEmpty());
        session.client()->startDueCalls();
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

    // A proxy that mixes up answers: the open of acti_1 gets acti_2's record. It is refused, said so,
    // and nothing is loaded.
    void anOpenTakesOnlyTheEmailItAskedFor()
    {
        Rig rig;
        ScriptedNetwork &network = rig.network;
        Session &session = rig.session;
        session.client()->setBaseUrl(QUrl("https://api.example.test/api/v1"));
        session.client()->setApiKey("api_secret_0123456789");
        session.client()->setUnconnected(false); // connected by hand (a connection would ask /me/ too)
        QFile sample(DRAFTDESK_TEST_DATA "/close-sample-email.json");
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject other = QJsonDocument::fromJson(sample.readAll()).object();
        other.insert("id", "acti_2");
        ScriptedAnswer answer;
        answer.body = QJsonDocument(other).toJson();
        network.enqueue(answer);
        QSignalSpy loaded(&session, &Session::emailLoaded);
        QSignalSpy failed(&session, &Session::emailLoadFailed);
        session.loadEmail("acti_1", Session::Purpose::Open);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("acti_1"));
        const QString said = failed.first().at(1).value<ApiError>().message;
        QVERIFY2(said.contains("acti_2") && said.contains("acti_1"), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestSessionGuards)
#include "tst_sessionguards.moc"
