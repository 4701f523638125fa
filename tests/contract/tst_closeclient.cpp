// CloseClient against the real sandbox over loopback HTTP, with the fault plan making the bad days.
#include "core/api/CloseClient.h"
#include "core/api/RequestLog.h"
#include "core/drafts/LeadSearch.h"
#include "core/qa/CurlCommand.h"
#include "fakes/RawHttpServer.h"
#include "fakes/SandboxFixture.h"
#include "sandbox/DemoData.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <arpa/inet.h>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {
const QString key = QStringLiteral("sandbox-key-d0-n0t-le4k");
QStringList g_messages;

void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}
} // namespace

namespace {
// One HTTP exchange on 127.0.0.1, served by a thread of its own with plain sockets: it sees a request
// even while the test's thread is blocked and processes no Qt events.
class ThreadedOneShotServer
{
public:
    ThreadedOneShotServer()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::listen(m_listener, 1) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~ThreadedOneShotServer()
    {
        ::shutdown(m_listener, SHUT_RDWR);
        ::close(m_listener);
        if (m_thread.joinable())
            m_thread.join();
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    bool waitForRequest(int ms)
    {
        std::unique_lock lock(m_mutex);
        return m_seen.wait_for(lock, std::chrono::milliseconds(ms), [this] { return !m_request.isEmpty(); });
    }
    QByteArray request()
    {
        std::lock_guard lock(m_mutex);
        return m_request;
    }

private:
    void serve()
    {
        const int connection = ::accept(m_listener, nullptr, nullptr);
        if (connection < 0)
            return;
        QByteArray received;
        char buffer[4096];
        while (!received.contains("\r\n\r\n")) {
            const ssize_t n = ::recv(connection, buffer, sizeof(buffer), 0);
            if (n <= 0)
                break;
            received.append(buffer, n);
        }
        {
            std::lock_guard lock(m_mutex);
            m_request = received;
        }
        m_seen.notify_all();
        const QByteArray body = "{\"id\": \"user_1\", \"email\": \"qa@example.test\"}";
        const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        ::send(connection, answer.constData(), size_t(answer.size()), MSG_NOSIGNAL);
        ::close(connection);
    }

    int m_listener = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_seen;
    QByteArray m_request;
};
} // namespace

class TestCloseClient final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture sandbox;
    SandboxStore *store = nullptr;
    std::unique_ptr<SandboxServer> &server = sandbox.server;
    std::unique_ptr<CloseClient> client;

    ApiResult run(ApiCall *call)
    {
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(20000))
            qFatal("call never finished");
        return finished.first().first().value<ApiResult>();
    }
    QString firstDraft(bool withSender)
    {
        for (const QString &id : store->orderedEmailIds()) {
            const QJsonObject &e = *store->email(id);
            if (e.value("status").toString() == "draft" && e.value("sender").isString() == withSender
                && e.value("body_html").toString().size() < 100000)
                return id;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=true");
        qInstallMessageHandler(collect);
    }
    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        // Nothing the sandbox, the client or Qt printed during the whole run carries the key.
        QVERIFY(!g_messages.isEmpty());
        for (const QString &message : std::as_const(g_messages)) {
            QVERIFY2(!message.contains(key), qPrintable(message));
            QVERIFY(!message.contains(QString::fromLatin1(QByteArray(key.toUtf8() + ':').toBase64())));
        }
    }

    void init()
    {
        QVERIFY(sandbox.start(DemoData::defaultEmailCount, key));
        store = sandbox.store.get();
        client = std::make_unique<CloseClient>(sandbox.http.get());
        client->setBaseUrl(server->baseUrl());
        client->setApiKey(key);
        client->retryPolicy().backoffBaseMs = 20;
    }
    void cleanup()
    {
        client.reset();
        sandbox.stop();
    }

    void everyOperationAgainstTheSandbox()
    {
        const ApiResult me = run(client->me());
        QVERIFY2(me.ok(), qPrintable(me.error.fullText()));
        const QString userId = me.object().value("id").toString();

        EmailQuery query;
        query.fields = {"id", "subject", "status", "lead_id", "contact_id"};
        query.limit = 10;
        const ApiResult list = run(client->listEmails(query));
        QVERIFY(list.ok());
        const QJsonArray rows = list.object().value("data").toArray();
        QCOMPARE(rows.size(), 10);
        QCOMPARE(rows.first().toObject().keys(),
                 (QStringList {"contact_id", "id", "lead_id", "status", "subject"}));

        const QString id = firstDraft(true);
        QCOMPARE(run(client->email(id)).object().value("id").toString(), id);
        QCOMPARE(run(client->email(id, {"subject"})).object().keys(), QStringList {"subject"});
        const ApiResult updated = run(client->updateEmail(id, {{"subject", QString::fromUtf8("Grüße 👋")}}));
        QVERIFY(updated.ok());
        QCOMPARE(updated.object().value("subject").toString(), QString::fromUtf8("Grüße 👋"));

        const QString lead = rows.first().toObject().value("lead_id").toString();
        const QString contact = rows.first().toObject().value("contact_id").toString();
        const ApiResult created
            = run(client->createEmail({{"lead_id", lead}, {"status", "draft"}, {"subject", "New"}}));
        QVERIFY(created.ok());
        QVERIFY(run(client->deleteEmail(created.object().value("id").toString())).ok());

        QCOMPARE(run(client->connectedAccounts(userId)).object().value("data").toArray().size(), 1);
        QCOMPARE(run(client->emailTemplates()).object().value("data").toArray().size(), 2);
        QVERIFY(run(client->renderTemplate("tmpl_demoIntro00000000000000000000000000000001", lead, contact))
                    .object()
                    .value("body")
                    .toString()
                    .contains("Hi "));
        const ApiResult leadResult = run(client->lead(lead));
        QVERIFY(!leadResult.object().value("display_name").toString().isEmpty());
        QCOMPARE(run(client->contact(contact)).object().value("id").toString(), contact);
    }

    // Close's lead search through the client and LeadSearch: by lead name, contact name or address,
    // every word must match, contacts come with their addresses, _limit over 100 is a 400.
    void leadSearchFindsByNameContactAndAddress()
    {
        const QString leadId = store->leads.firstKey();
        const QJsonObject leadRecord = store->leads.value(leadId);
        const QString leadName = leadRecord.value("display_name").toString();
        const QJsonObject contactRecord
            = store->contacts.value(leadRecord.value("contact_ids").toArray().first().toString());
        const QString address
            = contactRecord.value("emails").toArray().first().toObject().value("email").toString();

        LeadSearch search(client.get());
        QSignalSpy changed(&search, &LeadSearch::resultsChanged);
        const auto find = [&](const QString &text) {
            changed.clear();
            search.search(text);
            if (!changed.wait(10000))
                qFatal("no answer");
            return search.results();
        };
        QList<LeadSearch::Lead> found = find(leadName.section(' ', 0, 0).toUpper());
        QVERIFY(!found.isEmpty());
        const auto hasLead = [&](const QList<LeadSearch::Lead> &leads) {
            return std::any_of(leads.cbegin(), leads.cend(),
                               [&](const LeadSearch::Lead &l) { return l.id == leadId; });
        };
        QVERIFY(hasLead(found));
        found = find(address);
        QVERIFY(hasLead(found));
        const LeadSearch::Lead lead = *std::find_if(
            found.cbegin(), found.cend(), [&](const LeadSearch::Lead &l) { return l.id == leadId; });
        QCOMPARE(lead.name, leadName);
        QVERIFY(!lead.contacts.isEmpty());
        QVERIFY(lead.contacts.constFirst().emails.contains(address));
        QVERIFY(!lead.contacts.constFirst().name.isEmpty());
        QVERIFY(find(leadName + " no-such-word-anywhere").isEmpty());
        // Too short to ask: cleared at once, nothing sent.
        const qsizetype sent = client->requestLog()->size();
        changed.clear();
        search.search("x");
        QCOMPARE(changed.count(), 1);
        QVERIFY(search.results().isEmpty());
        QCOMPARE(client->requestLog()->size(), sent);
        // One lead by id, as "New Draft for This Lead" asks.
        changed.clear();
        search.findLead(leadId);
        QVERIFY(changed.wait(10000));
        QCOMPARE(search.results().size(), 1);
        QCOMPARE(search.results().constFirst().id, leadId);

        const ApiResult tooMany = run(client->searchLeads(leadName, 500));
        QCOMPARE(tooMany.error.kind, ApiError::Kind::Validation);
        QVERIFY(tooMany.error.fieldErrors.contains("_limit"));
    }

    void listThroughTheMethodOverride()
    {
        EmailQuery query;
        query.ids = store->orderedEmailIds().mid(0, 60); // > 2,000 characters of query
        query.fields = {"id"};
        const ApiResult result = run(client->listEmails(query));
        QVERIFY(result.ok());
        QCOMPARE(result.object().value("data").toArray().size(), 60);
        QCOMPARE(client->requestLog()->at(0).method, QByteArray("POST"));
    }

    void errorKinds()
    {
        QCOMPARE(run(client->email("acti_missing")).error.kind, ApiError::Kind::NotFound);
        const ApiResult refused = run(client->updateEmail(firstDraft(false), {{"status", "outbox"}}));
        QCOMPARE(refused.error.kind, ApiError::Kind::Validation);
        QCOMPARE(refused.error.fieldErrors.value("sender"), QStringLiteral("This field is required."));
        client->setApiKey("wrong");
        QCOMPARE(run(client->me()).error.kind, ApiError::Kind::Unauthorized);
    }

    void unreachableServer()
    {
        const quint16 port = server->port();
        server.reset(); // nothing listens there any more
        client->setBaseUrl(QUrl(QString("http://127.0.0.1:%1/api/v1").arg(port)));
        client->retryPolicy().maxAttempts = 2;
        const ApiResult result = run(client->me());
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QCOMPARE(result.attempts, 2);
    }

    // The issue's "done when": 429 with Retry-After: 1, then 503, then the list loads, and the
    // retry came no earlier than the server asked.
    void rateLimitedThenUnavailableThenLoaded()
    {
        server->faults().setRetryAfterSeconds(1);
        server->faults().add({FaultPlan::Fault::RateLimited, 1, "GET", "/activity/email/", 0});
        server->faults().add({FaultPlan::Fault::ServerError, 1, "GET", "/activity/email/", 503});
        QList<qint64> arrivals;
        QElapsedTimer timer;
        timer.start();
        connect(server.get(), &SandboxServer::requestHandled, this,
                [&] { arrivals.append(timer.elapsed()); });
        EmailQuery query;
        query.fields = {"id", "subject"};
        const ApiResult result = run(client->listEmails(query));
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        QCOMPARE(result.object().value("data").toArray().size(), 100);
        QCOMPARE(result.attempts, 3);
        QCOMPARE(arrivals.size(), 3);
        QVERIFY2(arrivals.at(1) - arrivals.at(0) >= 1000,
                 qPrintable(QString::number(arrivals.at(1) - arrivals.at(0))));
    }

    // A wait of 50 minutes is honoured, visibly: the client says until when, and Cancel
    // ends the call without another request.
    void longWaitIsAnnouncedAndCancellable()
    {
        server->faults().setRetryAfterSeconds(3000);
        server->faults().add({FaultPlan::Fault::RateLimited, 1, "GET", "/me/", 0});
        QSignalSpy waiting(client.get(), &CloseClient::waitingChanged);
        ApiCall *call = client->me();
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(waiting.wait(10000));
        const QDateTime until = waiting.last().at(0).toDateTime();
        const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(until);
        QVERIFY2(seconds >= 2990 && seconds <= 3000 + 5 + 10, qPrintable(QString::number(seconds)));
        QCOMPARE(client->waitingUntil(), until);
        const int requests = server->requestCount();
        client->cancelWaiting();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).value<ApiResult>().error.kind, ApiError::Kind::Cancelled);
        QVERIFY(!waiting.last().at(0).toDateTime().isValid());
        QVERIFY(!client->waitingUntil().isValid());
        QCOMPARE(server->requestCount(), requests);
    }

    // Quitting while a call waits: the client goes first, its waiting calls with it, cleanly.
    void clientDestroyedWhileACallWaits()
    {
        server->faults().setRetryAfterSeconds(3600);
        server->faults().add({FaultPlan::Fault::RateLimited, 1, "GET", "/me/", 0});
        QSignalSpy waiting(client.get(), &CloseClient::waitingChanged);
        QPointer<ApiCall> call = client->me();
        QVERIFY(waiting.wait(10000));
        client.reset();
        QVERIFY(call.isNull());
    }

    // From a server of the test's own: absurd numbers in both headers are clamped (a day), and a wait
    // over an hour is not held: the call ends at once with the 429, saying so, after one request.
    void hostileWaitHeadersAreClamped()
    {
        RawHttpServer hostile;
        QVERIFY(hostile.start());
        hostile.respond = [](const RawRequest &) {
            return RawHttpServer::answer(429, "Too Many Requests", "{}",
                                         "Retry-After: 99999999999999999999\r\n"
                                         "RateLimit: limit=10, remaining=0, reset=1e300\r\n");
        };
        client->setBaseUrl(QUrl(QString::fromLatin1(hostile.base()) + "/api/v1"));
        QSignalSpy waiting(client.get(), &CloseClient::waitingChanged);
        const ApiResult result = run(client->me());
        QCOMPARE(result.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(result.error.retryAfterSeconds, 86400.0);
        QVERIFY2(result.error.message.contains("24 hour") && result.error.message.contains("try again later"),
                 qPrintable(result.error.message));
        QCOMPARE(hostile.received.size(), 1);
        QCOMPARE(waiting.count(), 0); // nothing was held
        QVERIFY(!client->waitingUntil().isValid());
    }

    // Close counts per endpoint group: a spent /me/ budget holds the next /me/ call (shown, with
    // Cancel), never the email list.
    void pacingIsPerEndpointGroupAndShown()
    {
        RawHttpServer budget;
        QVERIFY(budget.start());
        budget.respond = [](const RawRequest &) {
            return RawHttpServer::answer(200, "OK", R"({"data": [], "has_more": false, "id": "user_1"})",
                                         "RateLimit: limit=1, remaining=0, reset=5400\r\n");
        };
        client->setBaseUrl(QUrl(QString::fromLatin1(budget.base()) + "/api/v1"));
        QVERIFY(run(client->me()).ok());
        QCOMPARE(CloseClient::endpointGroup({.path = "me/"}), "me read");
        QCOMPARE(CloseClient::endpointGroup({.method = "PUT", .path = "activity/email/acti_1/"}),
                 "activity write");

        QSignalSpy waiting(client.get(), &CloseClient::waitingChanged);
        EmailQuery query;
        const ApiResult list = run(client->listEmails(query)); // another group: not held
        QVERIFY(list.ok());
        QVERIFY(waiting.isEmpty());

        ApiCall *again = client->me();
        QSignalSpy finished(again, &ApiCall::finished);
        client->startDueCalls(); // a held call is not due
        QVERIFY(waiting.count() == 1 || waiting.wait(5000));
        QVERIFY(client->longestWait().pacing);
        QVERIFY(client->longestWait().until > QDateTime::currentDateTimeUtc().addSecs(30));
        const int requests = int(budget.received.size());
        client->cancelWaiting();
        QVERIFY(finished.wait(5000));
        QCOMPARE(int(budget.received.size()), requests);
    }

    // At start-up the first calls leave while the window is being built: startDueCalls() puts a call
    // on the wire without a turn of the event loop (a server on a thread of its own gets the request
    // while this thread is blocked), and its answer still comes through the event loop.
    void dueCallsLeaveBeforeTheEventLoopTurns()
    {
        ThreadedOneShotServer threaded;
        client->setBaseUrl(QUrl(threaded.base() + "/api/v1"));
        ApiCall *call = client->me();
        QSignalSpy finished(call, &ApiCall::finished);
        client->startDueCalls();
        QCOMPARE(client->requestLog()->size(), 1);
        QVERIFY(threaded.waitForRequest(5000)); // blocks: no Qt event is processed meanwhile
        QVERIFY2(threaded.request().startsWith("GET /api/v1/me/ HTTP/1.1"), threaded.request().constData());
        QVERIFY(finished.isEmpty());
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.first().first().value<ApiResult>().ok());
        QCOMPARE(client->requestLog()->size(), 1); // started once, not again by its timer
    }

    void timeoutIsReported()
    {
        client->setTimeout(300);
        server->faults().setLatency(1500);
        const ApiResult result = run(client->me());
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    }

    void droppedAfterTheServerSentIt()
    {
        const QString id = firstDraft(true);
        server->faults().add({FaultPlan::Fault::DropAfterProcessing, -1, "PUT", {}, 0});
        const int before = server->requestCount();
        const ApiResult result = run(client->updateEmail(id, {{"status", "outbox"}, {"send_in", 30}}));
        QVERIFY(!result.ok());
        QVERIFY(result.ambiguous);
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QVERIFY(result.readBack.has_value());
        QCOMPARE(result.readBack->value("status").toString(), QStringLiteral("outbox")); // it went out
        // Exactly one PUT reached the server (no silent re-send), then one GET to read it back.
        QCOMPARE(server->requestCount() - before, 2);
        QCOMPARE(server->faults().log().size(), 1);
    }

    void droppedBeforeTheServerSawIt()
    {
        const QString id = firstDraft(true);
        server->faults().add({FaultPlan::Fault::DropBeforeProcessing, 1, "PUT", {}, 0});
        const ApiResult result = run(client->updateEmail(id, {{"status", "outbox"}}));
        QVERIFY(result.ambiguous);
        QCOMPARE(result.readBack->value("status").toString(), QStringLiteral("draft")); // nothing was sent
        QCOMPARE(store->email(id)->value("status").toString(), QStringLiteral("draft"));
    }

    void serverErrorOnSendIsReadBack()
    {
        const QString id = firstDraft(true);
        server->faults().add({FaultPlan::Fault::ServerError, 1, "PUT", {}, 502});
        const ApiResult result = run(client->updateEmail(id, {{"status", "outbox"}}));
        QVERIFY(result.ambiguous);
        QCOMPARE(result.error.httpStatus, 502);
        QCOMPARE(result.readBack->value("status").toString(), QStringLiteral("draft"));
    }

    // Two origins on loopback: a server that redirects, and another that must never see the key.
    void redirectsNeverCarryTheKeyToAnotherOrigin_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::newRow("GET-302") << QByteArray("GET") << 302;
        QTest::newRow("GET-307") << QByteArray("GET") << 307;
        QTest::newRow("GET-308") << QByteArray("GET") << 308;
        QTest::newRow("PUT-302") << QByteArray("PUT") << 302;
        QTest::newRow("PUT-307") << QByteArray("PUT") << 307;
        QTest::newRow("DELETE-301") << QByteArray("DELETE") << 301;
    }
    void redirectsNeverCarryTheKeyToAnotherOrigin()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        RawHttpServer other;
        QVERIFY(other.start());
        RawHttpServer redirecting;
        QVERIFY(redirecting.start());
        redirecting.respond = [&](const RawRequest &request) {
            return RawHttpServer::answer(status, "Moved", "{}",
                                         "Location: " + other.base() + request.target + "\r\n");
        };
        CloseClient local(sandbox.http.get());
        local.setBaseUrl(QUrl(QString::fromLatin1(redirecting.base() + "/api/v1")));
        local.setApiKey(key);
        local.retryPolicy().maxAttempts = 1;
        ApiCall *call = method == "GET" ? local.me()
            : method == "PUT"           ? local.updateEmail("acti_x", {{"subject", "x"}})
                                        : local.deleteEmail("acti_x");
        const ApiResult result = run(call);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.message.contains(QString::fromLatin1(other.base())),
                 qPrintable(result.error.message));
        QVERIFY(!redirecting.received.isEmpty());
        QVERIFY(redirecting.received.constFirst().hasHeader("Authorization"));
        // The second origin heard nothing at all, let alone the key.
        for (const RawRequest &request : std::as_const(other.received))
            QVERIFY(!request.hasHeader("Authorization"));
        QVERIFY(other.received.isEmpty());
    }

    // A send answered with a redirect: refused, and the email is read back instead of "sent".
    void aRedirectedSendIsReadBackNotReportedSent()
    {
        RawHttpServer other;
        QVERIFY(other.start());
        RawHttpServer front;
        QVERIFY(front.start());
        front.respond = [&](const RawRequest &request) {
            if (request.method == "PUT")
                return RawHttpServer::answer(302, "Found", "{}", "Location: " + other.base() + "/\r\n");
            return RawHttpServer::answer(200, "OK",
                                         R"({"id": "acti_x", "status": "draft", "date_sent": null})");
        };
        CloseClient local(sandbox.http.get());
        local.setBaseUrl(QUrl(QString::fromLatin1(front.base() + "/api/v1")));
        local.setApiKey(key);
        const ApiResult result = run(local.updateEmail("acti_x", {{"status", "outbox"}}));
        QVERIFY(!result.ok());
        QVERIFY(result.ambiguous);
        QVERIFY(result.readBack.has_value());
        QCOMPARE(result.readBack->value("status").toString(), QStringLiteral("draft"));
        QVERIFY(other.received.isEmpty());
        int puts = 0;
        for (const RawRequest &request : std::as_const(front.received))
            puts += request.method == "PUT" ? 1 : 0;
        QCOMPARE(puts, 1);
    }

    void aSameOriginRedirectOfAReadIsFollowed()
    {
        // The sandbox answers a path without its slash with 308 to the slashed one.
        ApiRequest request;
        request.path = QStringLiteral("me");
        const ApiResult result = run(client->send(request));
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        QVERIFY(result.object().contains("email"));
    }

    void brokenBodies()
    {
        server->faults().add({FaultPlan::Fault::MalformedJson, 1, "GET", "/me/", 0});
        QCOMPARE(run(client->me()).error.kind, ApiError::Kind::BadResponse);
        // A truncated read is a dropped connection: retried, and the second attempt works.
        server->faults().add({FaultPlan::Fault::TruncatedJson, 1, "GET", "/me/", 0});
        const ApiResult retried = run(client->me());
        QVERIFY2(retried.ok(), qPrintable(retried.error.fullText()));
        QCOMPARE(retried.attempts, 2);
    }

    void cancelMidFlight()
    {
        server->faults().setLatency(2000);
        ApiCall *call = client->me();
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE(client->requestLog()->size(), 1);
        call->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<ApiResult>().error.kind, ApiError::Kind::Cancelled);
    }

    // Held answers are read only once released, in the order they came; a call cancelled meanwhile
    // finishes as cancelled, once; requests still go out while answers are held.
    void heldAnswersAreReadOnceReleasedInTheOrderTheyCame()
    {
        client->holdAnswers();
        QVERIFY(client->holdsAnswers());
        QStringList arrived;
        connect(sandbox.network.get(), &QNetworkAccessManager::finished, this,
                [&arrived](QNetworkReply *reply) { arrived.append(reply->url().path()); });
        EmailQuery query;
        query.fields = {"id"};
        query.limit = 5;
        QStringList read;
        ApiCall *me = client->me();
        ApiCall *list = client->listEmails(query);
        ApiCall *email = client->email(firstDraft(true));
        for (ApiCall *call : {me, list, email}) {
            const QString path = call->request().path;
            connect(call, &ApiCall::finished, this, [&read, path](const ApiResult &result) {
                read.append(result.ok() ? path : path + " " + result.error.message);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 3, 10000);
        QVERIFY(read.isEmpty()); // arrived, not read
        QCOMPARE(client->requestLog()->size(), 3);
        email->cancel();
        QTRY_COMPARE(read.size(), 1);
        QCOMPARE(read.first(), QStringLiteral("activity/email/%1/ Cancelled.").arg(firstDraft(true)));
        read.clear();
        client->releaseAnswers();
        QVERIFY(!client->holdsAnswers());
        QStringList expected;
        for (const QString &path : std::as_const(arrived)) {
            if (!path.contains(firstDraft(true)))
                expected.append(path.mid(QStringLiteral("/api/v1/").size()));
        }
        QCOMPARE(read, expected); // both read at once, in the order they arrived, the cancelled one not again
        QCOMPARE(expected.size(), 2);
        QVERIFY(run(client->me()).ok()); // nothing held any more
    }

    void rateLimitHeadersAreFollowed()
    {
        server->api().rateLimiter().setLimit(100, 10);
        server->api().rateLimiter().setEnabled(true);
        QVERIFY(run(client->me()).ok());
        QCOMPARE(client->rateLimit().limit, 100);
        QCOMPARE(client->rateLimit().remaining, 99);
    }

    void curlLineGivesTheSameAnswer()
    {
        const QString curl = QStandardPaths::findExecutable("curl");
        if (curl.isEmpty())
            QSKIP("curl is not installed");
        const QString id = firstDraft(true);
        const ApiResult viaClient = run(client->email(id, {"id", "subject", "status"}));
        const QString command
            = CurlCommand::fromExchange(client->requestLog()->at(client->requestLog()->size() - 1));
        QVERIFY(!command.contains(key));
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("CLOSE_API_KEY", key);
        shell.setProcessEnvironment(env);
        QSignalSpy done(&shell, &QProcess::finished);
        shell.start("sh", {"-c", command});
        QVERIFY(done.wait(10000)); // keeps the event loop (and so the in-process sandbox) running
        QCOMPARE(shell.exitCode(), 0);
        // The body, then the status on a line of its own.
        QByteArray output = shell.readAllStandardOutput().trimmed();
        QVERIFY2(output.endsWith("\n200"), output.right(40).constData());
        output.chop(4);
        QCOMPARE(QJsonDocument::fromJson(output).object(), viaClient.object());
    }
};

QTEST_GUILESS_MAIN(TestCloseClient)
#include "tst_closeclient.moc"
