// The fault matrix: every operation a user does (list, open, save, send now, schedule), a sync from the
// event log and a save that waited offline, against every
// fault we know, from two independent sources: the sandbox's own fault plan, and a fault proxy of
// the tests' own (a loopback server in front of the sandbox's rules that drops, resets, truncates,
// duplicates, delays or answers for the server). For every cell: no crash; the edit is kept (on the
// server, in the journal or in the session); at most one send PUT left the client; and what the user
// is told matches what the server has. The test prints the matrix.
#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/api/RequestLog.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "core/list/EmailListModel.h"
#include "core/qa/CurlCommand.h"
#include "core/qa/HarExport.h"
#include "core/store/EmailStore.h"
#include "core/sync/EventLogSync.h"
#include "core/sync/SaveQueue.h"
#include "fakes/RawHttpServer.h"
#include "fakes/SandboxFixture.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/resource.h>

namespace {
enum class Op { List, Open, Save, SendNow, Schedule, Sync, QueuedSave };
const QList<Op> allOps {Op::List, Op::Open, Op::Save, Op::SendNow, Op::Schedule, Op::Sync, Op::QueuedSave};
QString opName(Op op)
{
    switch (op) {
    case Op::List:
        return QStringLiteral("list");
    case Op::Open:
        return QStringLiteral("open");
    case Op::Save:
        return QStringLiteral("save");
    case Op::SendNow:
        return QStringLiteral("send now");
    case Op::Schedule:
        return QStringLiteral("schedule");
    case Op::Sync:
        return QStringLiteral("sync");
    case Op::QueuedSave:
        return QStringLiteral("queued save");
    }
    return {};
}

// What the proxy does to the first request the fault is aimed at; every later request passes.
enum class ProxyFault {
    None,
    DropBefore, // close without forwarding
    DropAfter, // forward, then close without an answer
    ResetAfter, // forward, then reset the connection
    Truncate, // forward, then send half the answer under the full Content-Length
    Duplicate, // forward twice, answer with the second
    Fake502Page, // an HTML 502 from a "gateway", nothing forwarded
    CaptivePortal, // a 200 HTML login page, nothing forwarded
    NotHttp, // bytes that are not HTTP
    Empty200, // forward, answer 200 with no body
    WrongShape, // forward, answer 200 with a JSON array
    Server500After, // forward, answer 500
    Unauthorized401, // answer 401 without forwarding
    EchoKeyHeader, // forward, and copy the Authorization header into the answer's headers and body
    EchoKey401, // answer 401 whose text repeats the Authorization header and the key in it
    HugeHeader, // forward, answer with a 1 MB response header (20,000 lines) before the body
};

// A key as long as Close's: secrets shorter than SecretScrubber::shortestScrubbed are test keys.
const QString matrixKey = QStringLiteral("api_4Fq9ZtW2xLr7PkV3sN8yD1cB");

struct Fault
{
    QString name;
    ProxyFault proxy = ProxyFault::None;
    std::optional<FaultPlan::Rule> sandbox {}; // the sandbox's own plan
    int latencyMs = 0;
    bool diskFull = false; // no file can grow (ulimit -f 0): the journal cannot write
};

// `ulimit -f 0` for as long as it lives: every write to a file fails with EFBIG.
class NoRoomOnDisk
{
public:
    NoRoomOnDisk()
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_before);
        rlimit none = m_before;
        none.rlim_cur = 0;
        setrlimit(RLIMIT_FSIZE, &none);
    }
    ~NoRoomOnDisk() { setrlimit(RLIMIT_FSIZE, &m_before); }
    Q_DISABLE_COPY_MOVE(NoRoomOnDisk)

private:
    rlimit m_before {};
};

} // namespace

class TestFaultMatrix final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture sandbox;
    RawHttpServer proxy;
    std::unique_ptr<CloseClient> client;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<DraftJournal> journal;
    ProxyFault armed = ProxyFault::None;
    QByteArray armedMethod;
    QMap<QString, QMap<QString, QString>> table; // fault → op → outcome
    QStringList messagesGiven; // every message the operation gave

    QList<Fault> faults() const
    {
        using F = FaultPlan::Fault;
        const auto plan = [](F fault, int status = 503) {
            FaultPlan::Rule rule;
            rule.fault = fault;
            rule.times = 1;
            rule.status = status;
            return std::optional<FaultPlan::Rule>(rule);
        };
        return {
            {"sandbox 500", ProxyFault::None, plan(F::ServerError, 500)},
            {"sandbox 502", ProxyFault::None, plan(F::ServerError, 502)},
            {"sandbox 503", ProxyFault::None, plan(F::ServerError, 503)},
            {"sandbox 504", ProxyFault::None, plan(F::ServerError, 504)},
            {"sandbox 429", ProxyFault::None, plan(F::RateLimited)},
            {"sandbox drop before", ProxyFault::None, plan(F::DropBeforeProcessing)},
            {"sandbox drop after", ProxyFault::None, plan(F::DropAfterProcessing)},
            {"sandbox malformed", ProxyFault::None, plan(F::MalformedJson)},
            {"sandbox truncated", ProxyFault::None, plan(F::TruncatedJson)},
            {"sandbox trickle", ProxyFault::None, plan(F::SlowTrickle)},
            {"sandbox latency 300 ms", ProxyFault::None, std::nullopt, 300},
            {"proxy drop before", ProxyFault::DropBefore},
            {"proxy drop after", ProxyFault::DropAfter},
            {"proxy reset after", ProxyFault::ResetAfter},
            {"proxy truncate", ProxyFault::Truncate},
            {"proxy duplicate", ProxyFault::Duplicate},
            {"proxy fake 502 page", ProxyFault::Fake502Page},
            {"proxy captive portal", ProxyFault::CaptivePortal},
            {"proxy not HTTP", ProxyFault::NotHttp},
            {"proxy empty 200", ProxyFault::Empty200},
            {"proxy wrong shape", ProxyFault::WrongShape},
            {"proxy 500 after applying", ProxyFault::Server500After},
            {"proxy 401", ProxyFault::Unauthorized401},
            {"no fault", ProxyFault::None},
            {"proxy drop after + latency", ProxyFault::DropAfter, std::nullopt, 200},
            {"sandbox echoes the key", ProxyFault::None, plan(F::EchoKey)},
            {"sandbox echoes the key in a 401", ProxyFault::None, plan(F::EchoKeyRefused)},
            {"proxy echoes the key", ProxyFault::EchoKeyHeader},
            {"proxy echoes the key in a 401", ProxyFault::EchoKey401},
            {"proxy 1 MB response header", ProxyFault::HugeHeader},
            {"sandbox bad UTF-8 in a record", ProxyFault::None, plan(F::BadUtf8Record)},
            {"sandbox 1e400 in a record", ProxyFault::None, plan(F::BadNumberRecord)},
            {"full disk", ProxyFault::None, std::nullopt, 0, true},
            {"full disk + sandbox 503", ProxyFault::None, plan(F::ServerError, 503), 0, true},
        };
    }

    void serve(const RawRequest &raw, QTcpSocket *socket)
    {
        SandboxApi &api = sandbox.server->api();
        const bool hit = armed != ProxyFault::None && raw.method == armedMethod;
        const ProxyFault fault = hit ? std::exchange(armed, ProxyFault::None) : ProxyFault::None;
        const auto forward = [&] {
            return api.handle(SandboxFixture::toSandbox(raw));
        };
        switch (fault) {
        case ProxyFault::None:
            socket->write(SandboxFixture::serialize(forward()));
            socket->disconnectFromHost();
            return;
        case ProxyFault::DropBefore:
            socket->disconnectFromHost();
            return;
        case ProxyFault::DropAfter:
            forward();
            socket->disconnectFromHost();
            return;
        case ProxyFault::ResetAfter:
            forward();
            socket->abort();
            return;
        case ProxyFault::Truncate: {
            const QByteArray whole = SandboxFixture::serialize(forward());
            socket->write(
                whole.left(whole.indexOf("\r\n\r\n") + 4 + (whole.size() - whole.indexOf("\r\n\r\n")) / 2));
            socket->disconnectFromHost();
            return;
        }
        case ProxyFault::Duplicate:
            forward();
            socket->write(SandboxFixture::serialize(forward()));
            socket->disconnectFromHost();
            return;
        case ProxyFault::Fake502Page:
            socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 44\r\n\r\n"
                          "<html><body><h1>502 Bad Gateway</h1></body>");
            socket->disconnectFromHost();
            return;
        case ProxyFault::CaptivePortal:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 49\r\n\r\n"
                          "<html><form>Log in to Hotel Wi-Fi</form></html>\r\n");
            socket->disconnectFromHost();
            return;
        case ProxyFault::NotHttp:
            socket->write("SSH-2.0-OpenSSH_9.2\r\n");
            socket->disconnectFromHost();
            return;
        case ProxyFault::Empty200:
            forward();
            socket->write(RawHttpServer::answer(200, "OK", QByteArray()));
            socket->disconnectFromHost();
            return;
        case ProxyFault::WrongShape:
            forward();
            socket->write(RawHttpServer::answer(200, "OK", "[1, 2, 3]"));
            socket->disconnectFromHost();
            return;
        case ProxyFault::Server500After:
            forward();
            socket->write(
                RawHttpServer::answer(500, "Internal Server Error", R"({"error": "Internal error"})"));
            socket->disconnectFromHost();
            return;
        case ProxyFault::Unauthorized401:
            socket->write(RawHttpServer::answer(401, "Unauthorized", R"({"error": "Unauthorized"})"));
            socket->disconnectFromHost();
            return;
        case ProxyFault::EchoKeyHeader: {
            SandboxResponse response = forward();
            response.setHeader("X-Seen-Authorization", authorizationIn(raw));
            response.setHeader("X-Seen-Key", matrixKey.toUtf8());
            socket->write(SandboxFixture::serialize(response));
            socket->disconnectFromHost();
            return;
        }
        case ProxyFault::HugeHeader: {
            SandboxResponse response = forward();
            for (int i = 0; i < 20'000; ++i)
                response.headers.append({"X-Padding-" + QByteArray::number(i), QByteArray(40, 'v')});
            socket->write(SandboxFixture::serialize(response));
            socket->disconnectFromHost();
            return;
        }
        case ProxyFault::EchoKey401:
            socket->write(
                RawHttpServer::answer(401, "Unauthorized",
                                      "{\"error\": \"Key " + matrixKey.toUtf8() + " refused; you sent "
                                          + authorizationIn(raw) + "\"}",
                                      "WWW-Authenticate: Basic realm=" + authorizationIn(raw) + "\r\n"));
            socket->disconnectFromHost();
            return;
        }
    }

    static QByteArray authorizationIn(const RawRequest &raw)
    {
        for (const QByteArray &line : raw.head.split('\n')) {
            if (line.toLower().startsWith("authorization:"))
                return line.mid(line.indexOf(':') + 1).trimmed();
        }
        return {};
    }

    // Where the key could end up, in any form: what the user was told, the request log (kept across
    // restarts), and the HAR and curl exports made from it.
    QString keyLeak(const QStringList &told) const
    {
        const QByteArray raw = matrixKey.toUtf8();
        const QList<QByteArray> forms {raw, QByteArray(raw + ':').toBase64(QByteArray::OmitTrailingEquals),
                                       raw.toBase64(QByteArray::OmitTrailingEquals)};
        QList<QPair<QString, QByteArray>> places;
        for (const QString &message : told)
            places.append({"a message", message.toUtf8()});
        QList<Exchange> exchanges;
        for (int i = 0; i < client->requestLog()->size(); ++i) {
            const Exchange &exchange = client->requestLog()->at(i);
            exchanges.append(exchange);
            QByteArray headers;
            for (const auto &[name, value] : exchange.responseHeaders)
                headers += name + ": " + value + "\n";
            places.append({"the log's headers", headers});
            places.append({"the log's body", exchange.responseBody.bytes()});
            places.append({"the log's error", exchange.error.toUtf8()});
            places.append({"curl", CurlCommand::fromExchange(exchange).toUtf8()});
        }
        places.append({"HAR", HarExport::toHar(exchanges, "test")});
        for (const auto &[where, bytes] : places) {
            for (const QByteArray &form : forms) {
                if (bytes.contains(form))
                    return QStringLiteral("KEY IN ") + where.toUpper();
            }
        }
        return {};
    }

    // Arms one fault for the request the operation depends on (the GET of a list or open; the PUT
    // of a save or send).
    void arm(const Fault &fault, Op op)
    {
        const QByteArray method = op == Op::List || op == Op::Open || op == Op::Sync ? "GET" : "PUT";
        sandbox.server->faults().clear();
        sandbox.server->faults().setLatency(fault.latencyMs);
        if (fault.sandbox) {
            FaultPlan::Rule rule = *fault.sandbox;
            rule.method = method;
            rule.pathContains
                = op == Op::Sync ? QStringLiteral("/event/") : QStringLiteral("/activity/email/");
            sandbox.server->faults().add(rule);
        }
        armed = fault.proxy;
        armedMethod = method;
        // The sandbox's own faults live in its server: talk to it directly for those; through the
        // proxy for the proxy's.
        client->setBaseUrl(fault.proxy == ProxyFault::None
                               ? sandbox.server->baseUrl()
                               : QUrl(QString::fromLatin1(proxy.base()) + "/api/v1"));
    }

    // Send PUTs the client let out that the server may have applied: every one but those answered
    // 4xx (a 429 or a refusal means it was not done, and asking again is no second send).
    int sendPutsThatMayHaveApplied() const
    {
        int count = 0;
        const RequestLog *log = client->requestLog();
        for (int i = 0; i < log->size(); ++i) {
            const QJsonObject body = QJsonDocument::fromJson(log->at(i).requestBody).object();
            const QString status = body.value("status").toString();
            const bool send = log->at(i).method == "PUT" && (status == "outbox" || status == "scheduled");
            const bool refused = log->at(i).status >= 400 && log->at(i).status < 500;
            count += send && !refused ? 1 : 0;
        }
        return count;
    }

    QString runList()
    {
        EmailListModel model(client.get());
        QSignalSpy loaded(&model, &EmailListModel::pageLoaded);
        QSignalSpy failed(&model, &EmailListModel::errorOccurred);
        model.setQuery({});
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 20000))
            return QStringLiteral("HUNG");
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.append(model.idAt(r));
        if (QSet<QString>(ids.cbegin(), ids.cend()).size() != ids.size())
            return QStringLiteral("DUPLICATES");
        for (const QList<QVariant> &error : failed) {
            messagesGiven.append(error.first().value<ApiError>().message);
            if (messagesGiven.constLast().isEmpty())
                return QStringLiteral("SILENT ERROR");
        }
        if (failed.count() > 0)
            return model.rowCount() == 0 ? QStringLiteral("error, said") : QStringLiteral("partial, said");
        return model.rowCount() == 100 ? QStringLiteral("ok") : QStringLiteral("WRONG COUNT");
    }

    QString runOpen(const QString &id)
    {
        std::optional<ApiResult> result;
        connect(client->email(id), &ApiCall::finished, this, [&result](const ApiResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return QStringLiteral("HUNG");
        messagesGiven.append(result->error.message);
        if (!result->ok())
            return result->error.message.isEmpty() ? QStringLiteral("SILENT ERROR")
                                                   : QStringLiteral("error, said");
        const auto parsed = EmailActivity::fromJson(result->object());
        if (!parsed.ok())
            return QStringLiteral("damaged, said");
        return parsed.activity.id() == id ? QStringLiteral("ok") : QStringLiteral("WRONG EMAIL");
    }

    QString runWrite(Op op, const EmailActivity &email)
    {
        DraftSession session(client.get(), email, journal.get());
        const QString edit = QStringLiteral("Edited under a fault");
        session.setSubject(edit);
        QSignalSpy saved(&session, &DraftSession::saved);
        QSignalSpy saveFailed(&session, &DraftSession::saveFailed);
        QSignalSpy sent(&session, &DraftSession::sent);
        QSignalSpy sendFailed(&session, &DraftSession::sendFailed);
        QSignalSpy conflict(&session, &DraftSession::conflict);
        if (op == Op::Save)
            session.save();
        else if (op == Op::SendNow)
            session.sendNow(QString(), 30);
        else
            session.schedule(QString(), QDateTime::currentDateTimeUtc().addDays(1));
        const auto ended = [&] {
            return saved.count() + saveFailed.count() + sent.count() + sendFailed.count() + conflict.count()
                > 0
                && session.state() == DraftSession::State::Idle;
        };
        if (!QTest::qWaitFor(ended, 20000))
            return QStringLiteral("HUNG");
        journal->flush();
        for (const QSignalSpy *failure : {&saveFailed, &sendFailed}) {
            for (const QList<QVariant> &error : *failure)
                messagesGiven.append(error.first().value<ApiError>().message);
        }
        const QJsonObject server = *sandbox.store->email(email.id());
        const QString serverStatus = server.value("status").toString();
        const bool editOnServer = server.value("subject").toString() == edit;
        const auto journalled = journal->entry(email.id());
        const bool editKept = editOnServer || session.current().subject() == edit
            || (journalled && journalled->edits.value("subject").toString() == edit);
        if (!editKept)
            return QStringLiteral("EDIT LOST");
        // What is not on Close may be said to be on disk only when it is.
        if (!editOnServer && journal->isOnDisk(email.id())) {
            const auto onDisk = DraftJournal(journal->directory()).entry(email.id());
            if (!onDisk || onDisk->edits.value("subject").toString() != edit)
                return QStringLiteral("SAYS ON DISK, IS NOT");
        }
        if (sendPutsThatMayHaveApplied() > 1)
            return QStringLiteral("SENT TWICE");
        if (op == Op::Save) {
            if (saved.count() && !editOnServer)
                return QStringLiteral("SAID SAVED, IS NOT");
            if (saveFailed.count())
                return editOnServer ? QStringLiteral("failed, said (Close has it)")
                                    : QStringLiteral("failed, said");
            return conflict.count() ? QStringLiteral("conflict") : QStringLiteral("ok");
        }
        const QString expected = op == Op::SendNow ? QStringLiteral("outbox") : QStringLiteral("scheduled");
        if (sent.count())
            return serverStatus == expected ? QStringLiteral("ok")
                                            : QStringLiteral("SAID SENT, IS ") + serverStatus;
        if (sendFailed.count()) {
            const auto copy = sendFailed.first().at(1).value<std::optional<EmailActivity>>();
            if (copy) {
                const QString told = EmailStatuses::toApi(copy->status().value_or(EmailStatus::Draft));
                if (told != serverStatus)
                    return QStringLiteral("TOLD ") + told + QStringLiteral(", IS ") + serverStatus;
                return QStringLiteral("read back: ") + serverStatus;
            }
            return serverStatus == QLatin1String("draft") ? QStringLiteral("failed, nothing sent")
                                                          : QStringLiteral("SAID FAILED, IS ") + serverStatus;
        }
        return QStringLiteral("conflict");
    }

    // Colleagues change two drafts and delete a third; a sync runs under the fault. Whatever it says,
    // one more sync with nothing in the way leaves the store matching the server.
    QString runSync(const QStringList &ids)
    {
        EmailStore store;
        QList<ListRow> rows;
        for (const QString &id : sandbox.store->orderedEmailIds())
            rows.append(ListRow::from(*sandbox.store->email(id)));
        store.putRows(rows);
        Drafts drafts(client.get(), journal.get());
        EventLogSync sync(client.get(), &drafts);
        sync.setStore(&store);
        sync.begin();
        const QStringList touched = ids.mid(ids.size() - 3);
        sandbox.colleagueChanges(touched.at(0), {{"subject", "Changed by a colleague"}});
        sandbox.colleagueChanges(touched.at(1), {{"subject", "Changed again by a colleague"}});
        sandbox.colleagueChanges(touched.at(2), {});
        const auto matches = [&] {
            for (const QString &id : touched) {
                const QJsonObject *server = sandbox.store->email(id);
                const auto number = store.numberOf(id);
                if (!server != !number)
                    return false;
                if (number
                    && QString::fromUtf8(store.rows({*number}).value(*number).subject())
                        != server->value("subject").toString())
                    return false;
            }
            return true;
        };
        const auto runOnce = [&](QString *said) {
            QSignalSpy synced(&sync, &EventLogSync::synced);
            QSignalSpy failed(&sync, &EventLogSync::failed);
            QSignalSpy behind(&sync, &EventLogSync::behind);
            sync.syncNow();
            if (!QTest::qWaitFor([&] { return synced.size() + failed.size() + behind.size() > 0; }, 20000))
                return QStringLiteral("HUNG");
            for (const QList<QVariant> &error : failed)
                *said = error.first().value<ApiError>().message;
            for (const QList<QVariant> &reason : behind)
                *said = reason.at(1).toString();
            if (synced.size())
                return QStringLiteral("ok");
            return failed.size() ? QStringLiteral("failed, said") : QStringLiteral("reload asked, said");
        };
        QString said;
        QString outcome = runOnce(&said);
        if (outcome != QLatin1String("ok")) {
            messagesGiven.append(said);
            if (said.isEmpty())
                return QStringLiteral("SILENT ERROR");
        } else if (!matches()) {
            return QStringLiteral("SAID SYNCED, STORE DIFFERS");
        }
        armed = ProxyFault::None;
        sandbox.server->faults().clear();
        if (outcome == QLatin1String("reload asked, said"))
            return outcome; // the list is read again instead (the window's part)
        if (runOnce(&said) != QLatin1String("ok") || !matches())
            return QStringLiteral("STORE DIFFERS AFTER");
        return outcome;
    }

    // A save made offline goes out under the fault: the edit is on Close, or still waits (and goes
    // out on the next flush with nothing in the way), or its failure is said and the journal has it.
    QString runQueuedSave(const EmailActivity &email)
    {
        EmailStore store;
        Drafts drafts(client.get(), journal.get());
        drafts.setQueue(&store);
        SaveQueue queue(&drafts);
        QStringList notices;
        connect(&queue, &SaveQueue::notice, this, [&](const QString &text) { notices.append(text); });
        const QString edit = QStringLiteral("Typed offline, sent under a fault");
        const QJsonObject changes {{"subject", edit}};
        journal->record(email.id(), email.dateUpdated(), changes, edit);
        store.queueSave(email, changes);
        const auto flushed = [&] {
            queue.flush();
            return QTest::qWaitFor([&] { return !queue.isFlushing(); }, 20000);
        };
        if (!flushed())
            return QStringLiteral("HUNG");
        const auto onServer = [&] {
            return sandbox.store->email(email.id())->value("subject").toString() == edit;
        };
        messagesGiven.append(notices);
        if (store.isQueued(email.id())) {
            armed = ProxyFault::None;
            sandbox.server->faults().clear();
            if (!flushed() || store.isQueued(email.id()) || !onServer())
                return QStringLiteral("STILL WAITING");
            return QStringLiteral("waited, then ok");
        }
        if (onServer())
            return QStringLiteral("ok");
        const auto journalled = journal->entry(email.id());
        if (!journalled || journalled->edits.value("subject").toString() != edit)
            return QStringLiteral("EDIT LOST");
        return notices.isEmpty() ? QStringLiteral("SILENT ERROR") : QStringLiteral("failed, said");
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=false");
        qRegisterMetaType<EmailActivity>();
    }

    void init()
    {
        QVERIFY(sandbox.start(300, matrixKey));
        sandbox.server->faults().setTrickleBytesPerTick(4096); // slow, but a page still arrives
        proxy.handle = [this](const RawRequest &raw, QTcpSocket *socket) {
            serve(raw, socket);
        };
        if (!proxy.isListening())
            QVERIFY(proxy.start());
        client = std::make_unique<CloseClient>(sandbox.http.get());
        client->setBaseUrl(QUrl(QString::fromLatin1(proxy.base()) + "/api/v1"));
        client->setApiKey(matrixKey);
        client->setTimeout(3000);
        client->retryPolicy().backoffBaseMs = 10;
        client->retryPolicy().maxDelayMs = 2000;
        dir = std::make_unique<QTemporaryDir>();
        journal = std::make_unique<DraftJournal>(dir->path());
        journal->setDelay(0);
    }
    void cleanup()
    {
        journal.reset();
        dir.reset();
        client.reset();
        armed = ProxyFault::None;
        sandbox.stop();
    }

    void matrix_data()
    {
        QTest::addColumn<int>("index");
        const QList<Fault> all = faults();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).name.toUtf8().constData()) << i;
    }
    void matrix()
    {
        QFETCH(int, index);
        const Fault fault = faults().at(index);
        QVERIFY(faults().size() >= 34);
        int draftIndex = 0;
        QStringList drafts;
        for (const QString &id : sandbox.store->orderedEmailIds()) {
            const QJsonObject &e = *sandbox.store->email(id);
            if (e.value("status").toString() == "draft" && e.value("sender").isString()
                && e.value("body_html").toString().size() < 10000)
                drafts.append(id);
        }
        QVERIFY(drafts.size() >= 8);
        for (Op op : allOps) {
            arm(fault, op);
            std::optional<NoRoomOnDisk> noRoom;
            if (fault.diskFull)
                noRoom.emplace();
            QString outcome;
            switch (op) {
            case Op::List:
                outcome = runList();
                break;
            case Op::Open:
                outcome = runOpen(drafts.at(0));
                break;
            case Op::Sync:
                outcome = runSync(drafts);
                break;
            case Op::QueuedSave:
                client->requestLog()->clear();
                outcome = runQueuedSave(
                    EmailActivity::fromJson(*sandbox.store->email(drafts.at(++draftIndex))).activity);
                break;
            default:
                client->requestLog()->clear();
                outcome = runWrite(
                    op, EmailActivity::fromJson(*sandbox.store->email(drafts.at(++draftIndex))).activity);
                break;
            }
            noRoom.reset();
            if (const QString leak = keyLeak(messagesGiven); !leak.isEmpty())
                outcome = leak;
            messagesGiven.clear();
            table[fault.name][opName(op)] = outcome;
            // Capitals mark a broken promise; everything else is a handled outcome.
            QVERIFY2(outcome != outcome.toUpper() || outcome == QStringLiteral("ok").toUpper(),
                     qPrintable(fault.name + " × " + opName(op) + ": " + outcome));
        }
    }

    void cleanupTestCase()
    {
        // The matrix as a table, for the log and the issue note.
        QString text = QStringLiteral("\n%1").arg(QStringLiteral("fault"), -28);
        for (Op op : allOps)
            text += QStringLiteral(" | %1").arg(opName(op), -28);
        for (auto row = table.cbegin(); row != table.cend(); ++row) {
            text += QStringLiteral("\n%1").arg(row.key(), -28);
            for (Op op : allOps)
                text += QStringLiteral(" | %1").arg(row.value().value(opName(op)), -28);
        }
        qInfo().noquote() << text;
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
