// CloseClient against a scripted transport: the exact method, path, headers and JSON it sends, and how
// it reads every kind of answer.
#include "core/api/CloseClient.h"
#include "core/api/RequestLog.h"
#include "core/qa/CurlCommand.h"
#include "fakes/ScriptedNetwork.h"
#include "http/QtHttpEngine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString secretKey = QStringLiteral("api_5ecretKEYdo-not-leak");

struct Harness
{
    ScriptedNetwork network;
    QtHttpEngine http {&network};
    CloseClient client {&http};
    Harness()
    {
        client.setBaseUrl(QUrl("https://api.example.test/api/v1"));
        client.setApiKey(secretKey);
        client.retryPolicy().backoffBaseMs = 1;
        client.retryPolicy().jitterShare = 0;
    }
    ApiResult run(ApiCall *call)
    {
        ApiResult result;
        bool done = false;
        QObject::connect(call, &ApiCall::finished, [&](const ApiResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qFatal("call never finished");
        return result;
    }
};

ScriptedAnswer json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return ScriptedAnswer {status, body, std::move(headers), QNetworkReply::NoError, {}, false};
}
} // namespace

class TestCloseClientTransport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // Before a connection is made (the session's client while the keychain has not given a key), no
    // request reaches the network, to Close's default address or any other: a write fails at once,
    // not retried, as NotConnected, which a save takes as "waits for Close"; once connected, it goes.
    void anUnconnectedClientSendsNothing()
    {
        Harness h;
        h.client.setUnconnected(true);
        const ApiResult refused = h.run(h.client.updateEmail("acti_1", QJsonObject {{"subject", "Hi"}}));
        QCOMPARE(refused.error.kind, ApiError::Kind::NotConnected);
        QVERIFY(refused.error.isUnreachable());
        QVERIFY(!refused.error.isAmbiguousForWrites()); // nothing went out: nothing to read back
        QCOMPARE(refused.error.message, QStringLiteral("Not connected to Close yet: nothing was sent."));
        QCOMPARE(h.network.requests.size(), 0);
        QCOMPARE(h.client.requestLog()->size(), 0);
        QCOMPARE(h.run(h.client.me()).error.kind, ApiError::Kind::NotConnected);
        QCOMPARE(h.network.requests.size(), 0);

        h.client.setUnconnected(false);
        h.network.enqueue(json(200, R"({"id":"acti_1","subject":"Hi"})"));
        QVERIFY(h.run(h.client.updateEmail("acti_1", QJsonObject {{"subject", "Hi"}})).ok());
        QCOMPARE(h.network.requests.size(), 1);
    }

    void operationsBuildTheDocumentedRequests_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("body");
        const QString base = "https://api.example.test/api/v1/";
        QTest::newRow("me") << 0 << QByteArray("GET") << base + "me/" << QByteArray();
        QTest::newRow("list") << 1 << QByteArray("GET")
                              << base
                + "activity/email/?lead_id=lead_1&_fields=id%2Csubject&_skip=200&_limit=100"
                              << QByteArray();
        QTest::newRow("one") << 2 << QByteArray("GET") << base + "activity/email/acti_1/" << QByteArray();
        QTest::newRow("update") << 3 << QByteArray("PUT") << base + "activity/email/acti_1/"
                                << QByteArray("{\"subject\":\"Hi\"}");
        QTest::newRow("create") << 4 << QByteArray("POST") << base + "activity/email/"
                                << QByteArray("{\"lead_id\":\"lead_1\",\"status\":\"draft\"}");
        QTest::newRow("delete") << 5 << QByteArray("DELETE") << base + "activity/email/acti_1/"
                                << QByteArray();
        QTest::newRow("accounts") << 6 << QByteArray("GET") << base + "connected_account/?user_id=user_1"
                                  << QByteArray();
        QTest::newRow("templates") << 7 << QByteArray("GET")
                                   << base + "email_template/?_skip=0&_limit=100&is_archived=false"
                                   << QByteArray();
        QTest::newRow("render") << 8 << QByteArray("GET")
                                << base + "email_template/tmpl_1/render/?lead_id=lead_1&contact_id=cont_1"
                                << QByteArray();
        QTest::newRow("lead") << 9 << QByteArray("GET")
                              << base + "lead/lead_1/?_fields=id,display_name,contacts" << QByteArray();
        QTest::newRow("contact") << 10 << QByteArray("GET") << base + "contact/cont_1/" << QByteArray();
        QTest::newRow("id-escaped") << 11 << QByteArray("GET") << base + "activity/email/..%2F..%2Fme/"
                                    << QByteArray();
    }
    void operationsBuildTheDocumentedRequests()
    {
        QFETCH(int, operation);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QByteArray, body);
        Harness h;
        h.network.enqueue(json(200, "{}"));
        CloseClient &c = h.client;
        EmailQuery query;
        query.leadId = "lead_1";
        query.fields = {"id", "subject"};
        query.skip = 200;
        ApiCall *call = nullptr;
        switch (operation) {
        case 0:
            call = c.me();
            break;
        case 1:
            call = c.listEmails(query);
            break;
        case 2:
            call = c.email("acti_1");
            break;
        case 3:
            call = c.updateEmail("acti_1", {{"subject", "Hi"}});
            break;
        case 4:
            call = c.createEmail({{"lead_id", "lead_1"}, {"status", "draft"}});
            break;
        case 5:
            call = c.deleteEmail("acti_1");
            break;
        case 6:
            call = c.connectedAccounts("user_1");
            break;
        case 7:
            call = c.emailTemplates();
            break;
        case 8:
            call = c.renderTemplate("tmpl_1", "lead_1", "cont_1");
            break;
        case 9:
            call = c.lead("lead_1");
            break;
        case 10:
            call = c.contact("cont_1");
            break;
        case 11:
            call = c.email("../../me");
            break;
        }
        QVERIFY(h.run(call).ok());
        QCOMPARE(h.network.requests.size(), 1);
        const RecordedRequest &r = h.network.requests.first();
        QCOMPARE(r.method, method);
        QCOMPARE(r.url.toString(QUrl::FullyEncoded).replace("%2C", ",").replace("%2c", ","),
                 QString(url).replace("%2C", ","));
        QCOMPARE(r.body, body);
        QCOMPARE(r.header("Authorization"),
                 QByteArray("Basic " + QByteArray(secretKey.toUtf8() + ':').toBase64()));
        QCOMPARE(r.header("User-Agent"),
                 QByteArray("Draftdesk/" DRAFTDESK_VERSION " (Qt ") + qVersion() + ')');
        QCOMPARE(r.header("Accept"), QByteArray("application/json"));
        QVERIFY(r.header("X-TZ-Offset").isEmpty());
        QCOMPARE(r.header("Content-Type"), body.isEmpty() ? QByteArray() : QByteArray("application/json"));
        QCOMPARE(r.attributes.value("TransferTimeout").toInt(), 30000);
        QCOMPARE(r.attributes.value("RedirectPolicy").toInt(),
                 int(QNetworkRequest::UserVerifiedRedirectPolicy));
        // Writes with a body go out exactly once: Qt may not buffer them for a silent re-send.
        QCOMPARE(r.attributes.value("DoNotBufferUploadData").toBool(), !body.isEmpty());
    }

    void bearerTokenAndTimeZoneAndPrefix()
    {
        Harness h;
        h.client.setBaseUrl(QUrl("http://127.0.0.1:9/proxy/close/api/v1/"));
        h.client.setBearerToken("tok_123");
        h.client.setTimeZoneOffset("-4");
        h.client.setTimeout(5000);
        h.network.enqueue(json(200, "{}"));
        QVERIFY(h.run(h.client.me()).ok());
        const RecordedRequest &r = h.network.requests.first();
        QCOMPARE(r.url.toString(), QStringLiteral("http://127.0.0.1:9/proxy/close/api/v1/me/"));
        QCOMPARE(r.header("Authorization"), QByteArray("Bearer tok_123"));
        QCOMPARE(r.header("X-TZ-Offset"), QByteArray("-4"));
        QCOMPARE(r.attributes.value("TransferTimeout").toInt(), 5000);
    }

    void longListQueriesUseTheMethodOverride()
    {
        Harness h;
        EmailQuery query;
        for (int i = 0; i < 120; ++i)
            query.ids.append(QString("acti_%1xxxxxxxxxxxxxxxx").arg(i));
        h.network.enqueue(json(200, "{\"data\": [], \"has_more\": false}"));
        QVERIFY(h.run(h.client.listEmails(query)).ok());
        const RecordedRequest &r = h.network.requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.header("X-HTTP-Method-Override"), QByteArray("GET"));
        QCOMPARE(r.url.query(), QString());
        const QJsonObject params = QJsonDocument::fromJson(r.body).object().value("_params").toObject();
        QCOMPARE(params.value("id__in").toString().split(',').size(), 120);
        QCOMPARE(params.value("_limit").toString(), QStringLiteral("100"));
    }

    void finishedNeverFiresInsideTheCall()
    {
        Harness h;
        h.network.enqueue(json(200, "{}"));
        ApiCall *call = h.client.me();
        QSignalSpy finished(call, &ApiCall::finished);
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        // Deliver everything already queued: a second emission would be among it.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
    }

    void answersBecomeResults_data()
    {
        QTest::addColumn<ScriptedAnswer>("answer");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        using K = ApiError::Kind;
        QTest::newRow("ok") << json(200, "{\"id\": \"x\"}") << int(K::None) << "";
        QTest::newRow("empty-204") << json(204, "") << int(K::None) << "";
        QTest::newRow("validation") << json(400,
                                            "{\"errors\": [\"Only drafts can be modified.\"], "
                                            "\"field-errors\": {\"sender\": \"This field is required.\"}}")
                                    << int(K::Validation) << "refused";
        QTest::newRow("invalid-json-400") << json(400, "{\"error\": \"The request contains invalid JSON.\"}")
                                          << int(K::Validation) << "refused";
        QTest::newRow("unauthorized")
            << json(401, "{\"error\": \"Unauthorized\"}") << int(K::Unauthorized) << "key";
        QTest::newRow("plan") << json(402, "{\"error\": \"Upgrade\"}") << int(K::Forbidden) << "plan";
        QTest::newRow("forbidden") << json(403, "{\"error\": \"No\"}") << int(K::Forbidden) << "allowed";
        QTest::newRow("not-found") << json(404, "{\"error\": \"Not found\"}") << int(K::NotFound)
                                   << "Not found";
        QTest::newRow("method") << json(405, "{\"error\": \"Method not allowed.\"}") << int(K::BadRequest)
                                << "405";
        QTest::newRow("server") << json(500, "<html>oops</html>") << int(K::Server) << "500";
        QTest::newRow("malformed-200")
            << json(200, "{\"data\": [<html>") << int(K::BadResponse) << "broken JSON";
        QTest::newRow("dropped") << ScriptedAnswer {0,  {},   {}, QNetworkReply::RemoteHostClosedError,
                                                    {}, false}
                                 << int(K::Network) << "dropped";
        QTest::newRow("refused") << ScriptedAnswer {0,  {},   {}, QNetworkReply::ConnectionRefusedError,
                                                    {}, false}
                                 << int(K::Network) << "refused";
        QTest::newRow("dns") << ScriptedAnswer {0, {}, {}, QNetworkReply::HostNotFoundError, {}, false}
                             << int(K::Network) << "could not be found";
        QTest::newRow("timeout") << ScriptedAnswer {0, {}, {}, QNetworkReply::TimeoutError, {}, false}
                                 << int(K::Timeout) << "No answer";
        QTest::newRow("tls") << ScriptedAnswer {0, {}, {}, QNetworkReply::SslHandshakeFailedError, {}, false}
                             << int(K::Tls) << "could not be trusted";
        QTest::newRow("redirect-elsewhere")
            << ScriptedAnswer {200,
                               "{}",
                               {},
                               QNetworkReply::NoError,
                               QUrl("https://evil.example/api/v1/me/"),
                               false}
            << int(K::BadResponse) << "redirect to https://evil.example/api/v1/me/";
        QTest::newRow("redirect-downgrade") << ScriptedAnswer {200,
                                                               "{}",
                                                               {},
                                                               QNetworkReply::NoError,
                                                               QUrl("http://api.example.test/api/v1/me/"),
                                                               false}
                                            << int(K::BadResponse) << "does not follow";
    }
    void answersBecomeResults()
    {
        QFETCH(ScriptedAnswer, answer);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        Harness h;
        h.client.retryPolicy().maxAttempts = 1; // one answer, no retries here
        h.network.enqueue(answer);
        // A PUT that does not send: no retries, no read-back.
        const ApiResult result = h.run(h.client.updateEmail("acti_1", {{"subject", "x"}}));
        QCOMPARE(int(result.error.kind), kind);
        QCOMPARE(result.ok(), kind == int(ApiError::Kind::None));
        QCOMPARE(h.network.requests.size(), 1);
        if (!result.ok()) {
            QVERIFY2(result.error.fullText().contains(messagePart, Qt::CaseInsensitive),
                     qPrintable(result.error.fullText()));
            QVERIFY(!result.error.fullText().contains(secretKey));
        }
    }

    void validationErrorsKeepTheServersWords()
    {
        Harness h;
        h.network.enqueue(json(400,
                               "{\"errors\": [\"Only drafts can be modified.\"], \"field-errors\": "
                               "{\"sender\": \"This field is required.\", \"to\": [\"Bad address.\"]}}"));
        const ApiResult result = h.run(h.client.updateEmail("acti_1", {{"status", "draft"}}));
        QCOMPARE(result.error.errors, QStringList {"Only drafts can be modified."});
        QCOMPARE(result.error.fieldErrors.value("sender"), QStringLiteral("This field is required."));
        QCOMPARE(result.error.fieldErrors.value("to"), QStringLiteral("Bad address."));
        QCOMPARE(result.error.httpStatus, 400);
        QVERIFY(result.error.rawBody.contains("field-errors"));
    }

    void legacyRateLimitBodyIsRead()
    {
        const ApiError error
            = ApiError::fromHttp(429,
                                 "{\"error\": {\"message\": \"API call count exceeded\", \"rate_reset\": "
                                 "0.13, \"rate_limit\": 240, \"rate_window\": 8}}");
        QCOMPARE(error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(error.retryAfterSeconds, 0.13);
        QCOMPARE(error.serverMessage, QStringLiteral("API call count exceeded"));
    }

    void readsAreRetriedOnGatewayErrors()
    {
        Harness h;
        h.network.enqueue(json(502, "bad gateway"));
        h.network.enqueue(json(503, "{\"error\": \"maintenance\"}"));
        h.network.enqueue(ScriptedAnswer {0, {}, {}, QNetworkReply::RemoteHostClosedError, {}, false});
        h.network.enqueue(json(200, "{\"id\": \"user_1\"}"));
        const ApiResult result = h.run(h.client.me());
        QVERIFY(result.ok());
        QCOMPARE(result.attempts, 4);
        QCOMPARE(h.network.requests.size(), 4);
        QCOMPARE(h.client.requestLog()->size(), 4);
        QCOMPARE(h.client.requestLog()->at(3).retries, 3);
    }

    void readsGiveUpAfterMaxAttempts()
    {
        Harness h;
        h.client.retryPolicy().maxAttempts = 2;
        h.network.enqueue(json(503, "{}"));
        h.network.enqueue(json(503, "{}"));
        h.network.enqueue(json(200, "{}"));
        const ApiResult result = h.run(h.client.me());
        QCOMPARE(result.error.kind, ApiError::Kind::Server);
        QCOMPARE(h.network.requests.size(), 2);
    }

    void writesAreNotRetriedOn5xx()
    {
        Harness h;
        h.network.enqueue(json(503, "{}"));
        const ApiResult result = h.run(h.client.updateEmail("acti_1", {{"subject", "x"}}));
        QCOMPARE(result.error.kind, ApiError::Kind::Server);
        QCOMPARE(h.network.requests.size(), 1);
        QVERIFY(!result.ambiguous);
    }

    void ambiguousSendIsReadBackNotRepeated_data()
    {
        QTest::addColumn<ScriptedAnswer>("failure");
        QTest::newRow("timeout") << ScriptedAnswer {0, {}, {}, QNetworkReply::TimeoutError, {}, false};
        QTest::newRow("dropped") << ScriptedAnswer {0,  {},   {}, QNetworkReply::RemoteHostClosedError,
                                                    {}, false};
        QTest::newRow("resend-refused")
            << ScriptedAnswer {0, {}, {}, QNetworkReply::ContentReSendError, {}, false};
        QTest::newRow("500") << json(500, "{}");
        QTest::newRow("502") << json(502, "{}");
        QTest::newRow("broken-json") << json(200, "{\"id\": ");
    }
    void ambiguousSendIsReadBackNotRepeated()
    {
        QFETCH(ScriptedAnswer, failure);
        Harness h;
        h.network.enqueue(failure);
        h.network.enqueue(json(200, "{\"id\": \"acti_1\", \"status\": \"outbox\"}"));
        const ApiResult result = h.run(
            h.client.updateEmail("acti_1", {{"status", "outbox"}, {"sender", "a@b.co"}, {"send_in", 10}}));
        QVERIFY(!result.ok());
        QVERIFY(result.ambiguous);
        QVERIFY(result.readBack.has_value());
        QCOMPARE(result.readBack->value("status").toString(), QStringLiteral("outbox"));
        QCOMPARE(h.network.requests.size(), 2);
        QCOMPARE(h.network.requests.at(0).method, QByteArray("PUT"));
        QCOMPARE(h.network.requests.at(1).method, QByteArray("GET"));
        QCOMPARE(h.network.requests.at(1).url.path(), QStringLiteral("/api/v1/activity/email/acti_1/"));
    }

    void rateLimitedSendIsRetriedBecauseNothingHappened()
    {
        Harness h;
        h.network.enqueue(json(429, "{\"error\": \"slow down\"}", {{"Retry-After", "0"}}));
        h.network.enqueue(json(200, "{\"id\": \"acti_1\", \"status\": \"outbox\"}"));
        const ApiResult result = h.run(h.client.updateEmail("acti_1", {{"status", "outbox"}}));
        QVERIFY(result.ok());
        QCOMPARE(h.network.requests.size(), 2);
        QCOMPARE(h.network.requests.at(1).method, QByteArray("PUT"));
    }

    void rateLimitStateIsExposed()
    {
        Harness h;
        QSignalSpy changed(&h.client, &CloseClient::rateLimitChanged);
        h.network.enqueue(json(200, "{}", {{"RateLimit", "limit=100, remaining=42, reset=3.5"}}));
        QVERIFY(h.run(h.client.me()).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(h.client.rateLimit().limit, 100);
        QCOMPARE(h.client.rateLimit().remaining, 42);
    }

    void cancelMidFlight()
    {
        Harness h;
        h.network.enqueue(ScriptedAnswer {0, {}, {}, QNetworkReply::NoError, {}, true});
        ApiCall *call = h.client.me();
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE(h.network.requests.size(), 1);
        call->cancel();
        call->cancel(); // twice is harmless
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<ApiResult>().error.kind, ApiError::Kind::Cancelled);
    }

    void destroyingTheClientMidRequestIsSafe()
    {
        ScriptedNetwork network;
        QtHttpEngine http {&network};
        auto *client = new CloseClient(&http);
        client->setApiKey("k");
        network.enqueue(ScriptedAnswer {0, {}, {}, QNetworkReply::NoError, {}, true});
        QPointer<ApiCall> call = client->me();
        bool fired = false;
        connect(call, &ApiCall::finished, this, [&fired] { fired = true; });
        QTRY_COMPARE(network.requests.size(), 1);
        delete client;
        QVERIFY(call.isNull());
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!fired);
    }

    void oversizedAnswerIsDropped()
    {
        Harness h;
        h.client.setMaxResponseBytes(1000);
        h.network.enqueue(json(200, QByteArray(5000, ' ')));
        const ApiResult result = h.run(h.client.me());
        QCOMPARE(result.error.kind, ApiError::Kind::BadResponse);
    }

    void theKeyNeverReachesTheLogOrCurl()
    {
        Harness h;
        h.network.enqueue(json(401, "{\"error\": \"Unauthorized\"}"));
        h.network.enqueue(json(200, "{}"));
        const ApiResult failed = h.run(h.client.me());
        h.run(h.client.updateEmail("acti_1", {{"subject", "it's \"quoted\""}}));
        const QByteArray encodedKey = QByteArray(secretKey.toUtf8() + ':').toBase64();
        QVERIFY(!failed.error.fullText().contains(secretKey));
        RequestLog *log = h.client.requestLog();
        for (int row = 0; row < log->size(); ++row) {
            const Exchange &e = log->at(row);
            for (const auto &[name, value] : e.requestHeaders) {
                QVERIFY(!value.contains(secretKey.toUtf8()));
                QVERIFY(!value.contains(encodedKey));
            }
            const QString curl = CurlCommand::fromExchange(e);
            QVERIFY(!curl.contains(secretKey));
            QVERIFY(!curl.contains(QString::fromLatin1(encodedKey)));
            QVERIFY(curl.contains("\"$CLOSE_API_KEY:\""));
            for (int column = 0; column < log->columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    QVERIFY(!log->data(log->index(row, column), role).toString().contains(secretKey));
            }
        }
        QCOMPARE(
            CurlCommand::fromExchange(log->at(1)),
            QStringLiteral(
                "curl --silent --show-error -X PUT 'https://api.example.test/api/v1/activity/email/acti_1/' "
                "-u \"$CLOSE_API_KEY:\" -H 'Accept: application/json' -H 'Content-Type: application/json' "
                "--data-raw '{\"subject\":\"it'\\''s \\\"quoted\\\"\"}' -w '\\n%{http_code}\\n'"));
    }
};

QTEST_GUILESS_MAIN(TestCloseClientTransport)
#include "tst_closeclient_transport.moc"
