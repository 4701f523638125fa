// The sandbox's contract with close-api.md, checked over real HTTP on 127.0.0.1: one case per rule,
// every fault of the plan, and the time transitions with an injected clock.
#include "HttpProbe.h"
#include "core/base/IsoDateTime.h"
#include "core/email/EmailActivity.h"
#include "core/email/EmailField.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QString emails = QStringLiteral("/activity/email/");
const QString john = QStringLiteral("\"John Smith\" <john@example.com>");

QString one(const QString &id)
{
    return emails + id + QLatin1Char('/');
}
} // namespace

class TestSandboxContract final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<SandboxStore> store;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<HttpProbe> http;

    // The id of the first email (in list order) with this status and sender presence.
    QString find(const QString &status, bool withSender)
    {
        for (const QString &id : store->orderedEmailIds()) {
            const QJsonObject &e = *store->email(id);
            if (e.value("status").toString() == status && e.value("sender").isString() == withSender
                && e.value("body_html").toString().size() < 100000)
                return id;
        }
        return {};
    }
    QString aDraft() { return find("draft", true); }
    QString aDraftWithoutSender() { return find("draft", false); }

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=false"); }

    void init()
    {
        clock = std::make_unique<ManualClock>();
        store = std::make_unique<SandboxStore>();
        QVERIFY(DemoData::populate(*store, DemoData::defaultEmailCount, clock->now()));
        server = std::make_unique<SandboxServer>(*store, *clock);
        server->api().setApiKey("sandbox-test-key");
        server->api().setOAuthToken("oauth-test-token");
        QVERIFY(server->start(0) != 0);
        http = std::make_unique<HttpProbe>(server->baseUrl());
    }
    void cleanup()
    {
        http.reset();
        server.reset();
        store.reset();
        clock.reset();
    }

    // --- binding and auth -------------------------------------------------------------------
    void bindsLoopbackOnly()
    {
        const QList<QTcpServer *> listeners = server->servers();
        QVERIFY(!listeners.isEmpty());
        for (QTcpServer *listener : listeners)
            QCOMPARE(listener->serverAddress(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(server->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(server->baseUrl().path(), QStringLiteral("/api/v1"));
    }

    void auth_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::newRow("basic-key-empty-password")
            << QByteArray("Basic " + QByteArray("sandbox-test-key:").toBase64()) << 200;
        QTest::newRow("bearer-token") << QByteArray("Bearer oauth-test-token") << 200;
        QTest::newRow("none") << QByteArray() << 401;
        QTest::newRow("wrong-key") << QByteArray("Basic " + QByteArray("nope:").toBase64()) << 401;
        QTest::newRow("key-with-password")
            << QByteArray("Basic " + QByteArray("sandbox-test-key:x").toBase64()) << 401;
        QTest::newRow("key-as-password")
            << QByteArray("Basic " + QByteArray(":sandbox-test-key").toBase64()) << 401;
        QTest::newRow("wrong-bearer") << QByteArray("Bearer nope") << 401;
        QTest::newRow("key-as-bearer") << QByteArray("Bearer sandbox-test-key") << 401;
        QTest::newRow("garbage") << QByteArray("Basic %%%") << 401;
    }
    void auth()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        http->setKey({});
        http->setAuthorization(authorization);
        const HttpAnswer answer = http->get("/me/");
        QCOMPARE(answer.status, status);
        if (status == 401) {
            QVERIFY(answer.json().value("error").isString());
            QVERIFY(!answer.json().value("error").toString().isEmpty());
        } else {
            QCOMPARE(answer.json().value("email").toString(),
                     QStringLiteral("anna.krause@northwind.example"));
        }
    }

    // --- list --------------------------------------------------------------------------------
    void listDefaultsToOneHundred()
    {
        const HttpAnswer answer = http->get(emails);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value("data").toArray().size(), 100);
        QCOMPARE(answer.json().value("has_more").toBool(), true);
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
    }

    void pagingVisitsEveryEmailOnceInAStableOrder()
    {
        QStringList ids;
        QString lastCreated = "9999";
        for (int skip = 0;; skip += 30) {
            const HttpAnswer answer
                = http->get(emails + QString("?_skip=%1&_limit=30&_fields=id,date_created").arg(skip));
            QCOMPARE(answer.status, 200);
            for (const QJsonValue &row : answer.json().value("data").toArray()) {
                const QJsonObject object = row.toObject();
                QCOMPARE(object.keys(), (QStringList {"date_created", "id"}));
                QVERIFY(object.value("date_created").toString() <= lastCreated);
                lastCreated = object.value("date_created").toString();
                ids.append(object.value("id").toString());
            }
            if (!answer.json().value("has_more").toBool())
                break;
        }
        QCOMPARE(ids.size(), 200);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 200);
        QCOMPARE(ids, store->orderedEmailIds());
    }

    void listParameterErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit-over-maximum") << "_limit=101"
                                            << "_limit";
        QTest::newRow("limit-not-a-number") << "_limit=ten"
                                            << "_limit";
        QTest::newRow("limit-negative") << "_limit=-1"
                                        << "_limit";
        QTest::newRow("skip-too-deep") << "_skip=10001"
                                       << "_skip";
        QTest::newRow("bad-date-filter") << "date_created__gt=last-week"
                                         << "date_created__gt";
        QTest::newRow("bad-activity-filter") << "activity_at__lte=2026-02-30"
                                             << "activity_at__lte";
    }
    void listParameterErrors()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const HttpAnswer answer = http->get(emails + "?" + query);
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.json().value("field-errors").toObject().contains(field));
        QVERIFY(answer.json().value("errors").isArray());
    }

    void listAtTheLimitsIsFine()
    {
        QCOMPARE(http->get(emails + "?_limit=100").status, 200);
        const HttpAnswer deep = http->get(emails + "?_skip=10000");
        QCOMPARE(deep.status, 200);
        QCOMPARE(deep.json().value("data").toArray().size(), 0);
        QCOMPARE(deep.json().value("has_more").toBool(), false);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("value");
        QTest::newRow("lead") << "lead_id=%1"
                              << "lead_id"
                              << "eq"
                              << "";
        QTest::newRow("contact") << "contact_id=%1"
                                 << "contact_id"
                                 << "eq"
                                 << "";
        QTest::newRow("user") << "user_id=%1"
                              << "user_id"
                              << "eq"
                              << "";
        QTest::newRow("created-gte-datetime") << "date_created__gte=2026-11-01T00:00:00%2B00:00"
                                              << "date_created"
                                              << "gte"
                                              << "2026-11-01T00:00:00+00:00";
        QTest::newRow("created-lt-date") << "date_created__lt=2026-10-15"
                                         << "date_created"
                                         << "lt"
                                         << "2026-10-15";
        QTest::newRow("activity-gt") << "activity_at__gt=2026-11-27T09:00:00Z"
                                     << "activity_at"
                                     << "gt"
                                     << "2026-11-27T09:00:00Z";
    }
    void filters()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        QFETCH(QString, op);
        QFETCH(QString, value);
        const QJsonObject sample = *store->email(store->orderedEmailIds().at(5));
        if (op == "eq")
            value = sample.value(field).toString();
        const HttpAnswer answer
            = http->get(emails + "?_limit=100&" + (op == "eq" ? query.arg(value) : query));
        QCOMPARE(answer.status, 200);
        const QJsonArray data = answer.json().value("data").toArray();
        QVERIFY(!data.isEmpty());
        int expected = 0;
        const QDateTime bound = IsoDateTime::parse(value);
        for (const QString &id : store->orderedEmailIds()) {
            const QJsonObject e = *store->email(id);
            const QDateTime at = IsoDateTime::parse(e.value(field).toString());
            const bool match = op == "eq" ? e.value(field).toString() == value
                : op == "gte"             ? at >= bound
                : op == "lt"              ? at < bound
                                          : at > bound;
            expected += match ? 1 : 0;
        }
        QCOMPARE(data.size(), qMin(expected, 100));
        for (const QJsonValue &row : data) {
            const QJsonObject e = row.toObject();
            if (op == "eq")
                QCOMPARE(e.value(field).toString(), value);
            else if (op == "gte")
                QVERIFY(IsoDateTime::parse(e.value(field).toString()) >= bound);
            else if (op == "lt")
                QVERIFY(IsoDateTime::parse(e.value(field).toString()) < bound);
            else
                QVERIFY(IsoDateTime::parse(e.value(field).toString()) > bound);
        }
    }

    void idInFilter()
    {
        const QStringList ids = store->orderedEmailIds().mid(10, 3);
        const HttpAnswer answer = http->get(emails + "?_fields=id&id__in=" + ids.join(','));
        QCOMPARE(answer.status, 200);
        QStringList got;
        for (const QJsonValue &row : answer.json().value("data").toArray())
            got.append(row.toObject().value("id").toString());
        QCOMPARE(got, ids);
    }

    void methodOverrideListsLikeGet()
    {
        const QString lead = store->email(store->orderedEmailIds().first())->value("lead_id").toString();
        const HttpAnswer viaGet = http->get(emails + "?_fields=id,subject&_limit=5&lead_id=" + lead);
        const QJsonObject params {
            {"_params", QJsonObject {{"_fields", "id,subject"}, {"_limit", 5}, {"lead_id", lead}}}};
        const HttpAnswer viaPost
            = http->send("POST", emails, QJsonDocument(params).toJson(),
                         {{"Content-Type", "application/json"}, {"X-HTTP-Method-Override", "GET"}});
        QCOMPARE(viaPost.status, 200);
        QCOMPARE(viaPost.json(), viaGet.json());
        QCOMPARE(store->emailCount(), 200); // nothing was created
    }

    // --- one email ---------------------------------------------------------------------------
    void getOneIsACompleteRecord()
    {
        const HttpAnswer answer = http->get(one(aDraft()));
        QCOMPARE(answer.status, 200);
        const auto parsed = EmailActivity::fromJson(answer.json());
        QVERIFY2(parsed.ok(), qPrintable(parsed.summary()));
        for (const char *field : {"_type",
                                  "id",
                                  "organization_id",
                                  "lead_id",
                                  "contact_id",
                                  "user_id",
                                  "created_by",
                                  "updated_by",
                                  "date_created",
                                  "date_updated",
                                  "activity_at",
                                  "date_scheduled",
                                  "date_sent",
                                  "status",
                                  "direction",
                                  "subject",
                                  "body_text",
                                  "body_html",
                                  "sender",
                                  "to",
                                  "cc",
                                  "bcc",
                                  "send_as_id",
                                  "template_id",
                                  "thread_id",
                                  "in_reply_to_id",
                                  "message_ids",
                                  "references",
                                  "opens_summary",
                                  "has_reply",
                                  "need_smtp_credentials",
                                  "followup_sequence_add_cc_bcc",
                                  "followup_sequence_delay",
                                  "bulk_email_action_id",
                                  "users"})
            QVERIFY2(answer.json().contains(QLatin1String(field)), field);
    }

    void unknownEmailIs404()
    {
        const HttpAnswer answer = http->get(one("acti_doesnotexist"));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.json(), (QJsonObject {{"error", "Not found"}}));
        QCOMPARE(http->put(one("acti_doesnotexist"), {{"subject", "x"}}).status, 404);
        QCOMPARE(http->send("DELETE", one("acti_doesnotexist")).status, 404);
    }

    // --- create ------------------------------------------------------------------------------
    void createAnswers200WithTheWholeRecord()
    {
        const QString lead = store->leads.firstKey();
        const HttpAnswer answer = http->post(emails,
                                             {{"lead_id", lead},
                                              {"status", "draft"},
                                              {"subject", "Hello"},
                                              {"to", QJsonArray {"jane@example.com"}}});
        QCOMPARE(answer.status, 200);
        const auto parsed = EmailActivity::fromJson(answer.json());
        QVERIFY2(parsed.ok(), qPrintable(parsed.summary()));
        QVERIFY(parsed.activity.id().startsWith("acti_"));
        QCOMPARE(parsed.activity.subject(), QStringLiteral("Hello"));
        QCOMPARE(parsed.activity.status(), EmailStatus::Draft);
        QVERIFY(parsed.activity.cc().isEmpty());
        QCOMPARE(store->emailCount(), 201);
        QCOMPARE(http->get(one(parsed.activity.id())).json(), answer.json());
    }

    void createRules_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("field");
        QTest::newRow("no-lead") << QJsonObject {{"status", "draft"}} << "lead_id";
        QTest::newRow("unknown-lead")
            << QJsonObject {{"lead_id", "lead_nope"}, {"status", "draft"}} << "lead_id";
        QTest::newRow("outbox-no-sender") << QJsonObject {{"status", "outbox"}} << "sender";
        QTest::newRow("inbox-no-sender") << QJsonObject {{"status", "inbox"}} << "sender";
        QTest::newRow("scheduled-no-date")
            << QJsonObject {{"status", "scheduled"}, {"sender", john}} << "date_scheduled";
        QTest::newRow("bad-status") << QJsonObject {{"status", "queued"}} << "status";
        QTest::newRow("send-in-60") << QJsonObject {{"status", "outbox"}, {"sender", john}, {"send_in", 60}}
                                    << "send_in";
    }
    void createRules()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, field);
        if (!fields.contains("lead_id") && field != "lead_id")
            fields.insert("lead_id", store->leads.firstKey());
        const HttpAnswer answer = http->post(emails, fields);
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.json().value("field-errors").toObject().contains(field), answer.body.constData());
        QCOMPARE(store->emailCount(), 200);
    }

    void createFromTemplateRendersIt()
    {
        const QString lead = store->leads.firstKey();
        const QString contact = store->leads.first().value("contact_ids").toArray().first().toString();
        const HttpAnswer answer
            = http->post(emails,
                         {{"lead_id", lead},
                          {"contact_id", contact},
                          {"status", "draft"},
                          {"template_id", "tmpl_demoIntro00000000000000000000000000000001"}});
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.json().value("subject").toString().contains(
            store->leads.first().value("display_name").toString()));
        QVERIFY(answer.json().value("body_html").toString().contains("Hi Jane"));
        QVERIFY(!answer.json().value("body_text").toString().contains("<p>"));
    }

    // --- update ------------------------------------------------------------------------------
    void putActsAsPatchAndBumpsDateUpdated()
    {
        const QString id = aDraft();
        const QJsonObject before = *store->email(id);
        clock->advance(5000);
        const HttpAnswer answer = http->put(one(id), {{"subject", "Changed"}});
        QCOMPARE(answer.status, 200);
        QJsonObject after = answer.json();
        QCOMPARE(after.value("subject").toString(), QStringLiteral("Changed"));
        QCOMPARE(IsoDateTime::parse(after.value("date_updated").toString()), clock->now());
        QCOMPARE(after.value("updated_by").toString(), store->users.first().value("id").toString());
        for (const QString &key :
             {QString("subject"), QString("date_updated"), QString("updated_by"), QString("updated_by_name")})
            after.remove(key);
        QJsonObject expected = before;
        for (const QString &key :
             {QString("subject"), QString("date_updated"), QString("updated_by"), QString("updated_by_name")})
            expected.remove(key);
        QCOMPARE(after, expected); // nothing else moved
    }

    void putRules_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QString>("fieldError"); // empty: expect a non-field error
        QTest::newRow("subject-1001")
            << "draft" << QJsonObject {{"subject", QString(1001, 'x')}} << "subject";
        QTest::newRow("body-over-limit")
            << "draft" << QJsonObject {{"body_text", QString(1048577, 'x')}} << "body_text";
        QTest::newRow("bad-recipient")
            << "draft" << QJsonObject {{"to", QJsonArray {"jane at example"}}} << "to";
        QTest::newRow("bad-sender") << "draft" << QJsonObject {{"sender", "John <john@>"}} << "sender";
        QTest::newRow("delay-too-short")
            << "draft" << QJsonObject {{"followup_sequence_delay", 3600}} << "followup_sequence_delay";
        QTest::newRow("status-enum") << "draft" << QJsonObject {{"status", "later"}} << "status";
        QTest::newRow("draft-to-sent") << "draft" << QJsonObject {{"status", "sent"}} << "status";
        QTest::newRow("sender-rule-outbox") << "nosender" << QJsonObject {{"status", "outbox"}} << "sender";
        QTest::newRow("sender-rule-scheduled")
            << "nosender"
            << QJsonObject {{"status", "scheduled"}, {"date_scheduled", "2026-12-01T08:00:00+00:00"}}
            << "sender";
        QTest::newRow("scheduled-needs-date")
            << "draft" << QJsonObject {{"status", "scheduled"}} << "date_scheduled";
        QTest::newRow("send-in-60") << "draft" << QJsonObject {{"status", "outbox"}, {"send_in", 60}}
                                    << "send_in";
        QTest::newRow("read-only-field")
            << "draft" << QJsonObject {{"date_sent", "2026-01-01T00:00:00Z"}} << "date_sent";
        QTest::newRow("sent-is-frozen") << "sent" << QJsonObject {{"subject", "x"}} << "";
        QTest::newRow("inbox-is-frozen") << "inbox" << QJsonObject {{"status", "draft"}} << "";
        QTest::newRow("scheduled-edit") << "scheduled" << QJsonObject {{"subject", "x"}} << "";
    }
    void putRules()
    {
        QFETCH(QString, which);
        QFETCH(QJsonObject, changes);
        QFETCH(QString, fieldError);
        const QString id = which == "nosender" ? aDraftWithoutSender() : find(which, true);
        QVERIFY(!id.isEmpty());
        const QJsonObject before = *store->email(id);
        const HttpAnswer answer = http->put(one(id), changes);
        QCOMPARE(answer.status, 400);
        const QJsonObject body = answer.json();
        QVERIFY(body.value("errors").isArray());
        QVERIFY(body.value("field-errors").isObject());
        if (fieldError.isEmpty())
            QCOMPARE(body.value("errors").toArray().first().toString(),
                     QStringLiteral("Only drafts can be modified."));
        else
            QVERIFY2(body.value("field-errors").toObject().contains(fieldError), answer.body.constData());
        QCOMPARE(*store->email(id), before); // a refused PUT changes nothing
    }

    void senderRuleAnswersWithTheDocumentedFieldError()
    {
        const HttpAnswer answer = http->put(one(aDraftWithoutSender()), {{"status", "outbox"}});
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json(),
                 (QJsonObject {{"errors", QJsonArray {}},
                               {"field-errors", QJsonObject {{"sender", "This field is required."}}}}));
    }

    void senderInTheSamePutSatisfiesTheRule()
    {
        const HttpAnswer answer
            = http->put(one(aDraftWithoutSender()), {{"status", "outbox"}, {"sender", john}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value("status").toString(), QStringLiteral("outbox"));
        QCOMPARE(answer.json().value("sender").toString(), john);
    }

    void wrongTypesInEveryWritableField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        for (const EmailField &field : EmailField::all()) {
            if (!field.writable)
                continue;
            const QJsonValue wrong = field.kind == EmailField::Kind::String
                    || field.kind == EmailField::Kind::DateTime || field.kind == EmailField::Kind::Status
                ? QJsonValue(QJsonArray {1})
                : QJsonValue(QJsonObject {{"x", 1}});
            QTest::newRow(field.name.data()) << QString(field.name) << wrong;
        }
    }
    void wrongTypesInEveryWritableField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const QString id = aDraft();
        const QJsonObject before = *store->email(id);
        const HttpAnswer answer = http->put(one(id), {{field, value}});
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.json().value("field-errors").toObject().contains(field), answer.body.constData());
        QCOMPARE(*store->email(id), before);
    }

    // --- time ---------------------------------------------------------------------------------
    void outboxTurnsSentAfterSendIn()
    {
        const QString id = aDraft();
        QCOMPARE(http->put(one(id), {{"status", "outbox"}, {"send_in", 10}}).status, 200);
        clock->advance(9000);
        QCOMPARE(http->get(one(id)).json().value("status").toString(), QStringLiteral("outbox"));
        clock->advance(1000);
        const QJsonObject sent = http->get(one(id)).json();
        QCOMPARE(sent.value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(IsoDateTime::parse(sent.value("date_sent").toString()), clock->now());
        QCOMPARE(sent.value("activity_at"), sent.value("date_sent"));
        QCOMPARE(sent.value("message_ids").toArray().size(), 1);
    }

    void undoBeforeSendInWinsAfterItLoses()
    {
        const QString id = aDraft();
        QCOMPARE(http->put(one(id), {{"status", "outbox"}, {"send_in", 10}}).status, 200);
        clock->advance(4000);
        const HttpAnswer undo = http->put(one(id), {{"status", "draft"}});
        QCOMPARE(undo.status, 200);
        clock->advance(60000);
        QCOMPARE(http->get(one(id)).json().value("status").toString(), QStringLiteral("draft"));

        QCOMPARE(http->put(one(id), {{"status", "outbox"}, {"send_in", 5}}).status, 200);
        clock->advance(5000);
        const HttpAnswer late = http->put(one(id), {{"status", "draft"}});
        QCOMPARE(late.status, 400); // it already went out
        QCOMPARE(http->get(one(id)).json().value("status").toString(), QStringLiteral("sent"));
    }

    void scheduledTurnsSentAtItsTime()
    {
        const QString id = aDraft();
        const QDateTime when = clock->now().addSecs(3600);
        QCOMPARE(http->put(one(id), {{"status", "scheduled"}, {"date_scheduled", IsoDateTime::format(when)}})
                     .status,
                 200);
        clock->advance(3599 * 1000);
        QCOMPARE(http->get(one(id)).json().value("status").toString(), QStringLiteral("scheduled"));
        clock->advance(1000);
        const QJsonObject sent = http->get(one(id)).json();
        QCOMPARE(sent.value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(IsoDateTime::parse(sent.value("date_sent").toString()), when);
    }

    void unscheduleCancelsTheSend()
    {
        const QString id = aDraft();
        QCOMPARE(http->put(one(id),
                           {{"status", "scheduled"},
                            {"date_scheduled", IsoDateTime::format(clock->now().addSecs(60))}})
                     .status,
                 200);
        QCOMPARE(http->put(one(id), {{"status", "draft"}}).status, 200);
        clock->advance(3600 * 1000);
        QCOMPARE(http->get(one(id)).json().value("status").toString(), QStringLiteral("draft"));
    }

    void aShareOfSendsEndsInError()
    {
        server->api().setSendErrorShare(1.0);
        const QString id = aDraft();
        QCOMPARE(http->put(one(id), {{"status", "outbox"}}).status, 200);
        const QJsonObject failed = http->get(one(id)).json();
        QCOMPARE(failed.value("status").toString(), QStringLiteral("error"));
        QVERIFY(!failed.value("send_attempts").toArray().isEmpty());
        QVERIFY(failed.value("date_sent").isNull());
    }

    // --- delete -------------------------------------------------------------------------------
    void deleteAnswersEmptyObject()
    {
        const QString id = aDraft();
        const HttpAnswer answer = http->send("DELETE", one(id));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json(), QJsonObject());
        QVERIFY(answer.isJson());
        QCOMPARE(http->get(one(id)).status, 404);
        QCOMPARE(store->emailCount(), 199);
    }

    // --- bad input ----------------------------------------------------------------------------
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("malformed-json") << QByteArray("PUT") << "draft" << QByteArray("{\"subject\": ")
                                        << QByteArray("application/json") << 400;
        QTest::newRow("json-array") << QByteArray("PUT") << "draft" << QByteArray("[1]")
                                    << QByteArray("application/json") << 400;
        QTest::newRow("form-encoded") << QByteArray("PUT") << "draft" << QByteArray("subject=x")
                                      << QByteArray("application/x-www-form-urlencoded") << 415;
        QTest::newRow("over-10-mb") << QByteArray("POST") << "list" << QByteArray(10 * 1024 * 1024 + 1, ' ')
                                    << QByteArray("application/json") << 413;
        QTest::newRow("unknown-route")
            << QByteArray("GET") << "/activity/sms/" << QByteArray() << QByteArray() << 404;
        QTest::newRow("outside-api") << QByteArray("GET") << "/../../etc/passwd" << QByteArray()
                                     << QByteArray() << 404;
        QTest::newRow("wrong-method")
            << QByteArray("PATCH") << "draft" << QByteArray("{}") << QByteArray("application/json") << 405;
        QTest::newRow("delete-the-list")
            << QByteArray("DELETE") << "list" << QByteArray() << QByteArray() << 405;
    }
    void badInput()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const QString id = aDraft();
        const QJsonObject before = *store->email(id);
        const QString target = path == "draft" ? one(id) : path == "list" ? emails : path;
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        const HttpAnswer answer = http->send(method, target, body, headers);
        QCOMPARE(answer.status, status);
        QVERIFY2(answer.json().value("error").isString() || answer.json().contains("field-errors"),
                 answer.body.left(200).constData());
        QCOMPARE(*store->email(id), before);
        QCOMPARE(store->emailCount(), 200);
        QCOMPARE(http->get("/me/").status, 200); // still serving
    }

    void missingTrailingSlashRedirectsKeepingTheMethod()
    {
        const QString id = aDraft();
        const HttpAnswer redirect = http->send("GET", "/activity/email/" + id + "?_fields=id", {}, {}, false);
        QCOMPARE(redirect.status, 308);
        QCOMPARE(redirect.header("Location"),
                 QByteArray("/api/v1/activity/email/" + id.toLatin1() + "/?_fields=id"));
        const HttpAnswer followed = http->send("GET", "/activity/email/" + id + "?_fields=id");
        QCOMPARE(followed.status, 200);
        QCOMPARE(followed.json(), (QJsonObject {{"id", id}}));
    }

    // --- rate limits --------------------------------------------------------------------------
    void rateLimitPerGroupAndKey()
    {
        RateLimiter &limiter = server->api().rateLimiter();
        limiter.setLimit(3, 10);
        limiter.setEnabled(true);
        for (int i = 0; i < 3; ++i) {
            const HttpAnswer ok = http->get(emails + "?_limit=1");
            QCOMPARE(ok.status, 200);
            QVERIFY(
                ok.header("RateLimit")
                    .startsWith(QByteArray("limit=3, remaining=" + QByteArray::number(2 - i) + ", reset=")));
        }
        const HttpAnswer limited = http->get(emails + "?_limit=1");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("10"));
        QVERIFY(limited.header("RateLimit").startsWith("limit=3, remaining=0, reset=10.000"));
        QCOMPARE(limited.json().value("error").toObject().value("rate_reset").toDouble(), 10.0);
        // Another endpoint group, and writes to the same path, have budgets of their own.
        QCOMPARE(http->get("/me/").status, 200);
        QCOMPARE(http->put(one(aDraft()), {{"subject", "x"}}).status, 200);
        // The window rolls over with the clock; a decimal reset counts down.
        clock->advance(2500);
        QVERIFY(http->get(emails).header("RateLimit").endsWith("reset=7.500"));
        clock->advance(7500);
        QCOMPARE(http->get(emails + "?_limit=1").status, 200);
    }

    void organisationBudgetIsThreeKeys()
    {
        RateLimiter &limiter = server->api().rateLimiter();
        limiter.setLimit(2, 10);
        limiter.setEnabled(true);
        server->api().setOAuthToken("t1");
        // Two keys of one organisation: each has 2, together they may not pass 6.
        int allowed = 0;
        for (int i = 0; i < 4; ++i) {
            allowed += http->get("/me/").status == 200 ? 1 : 0;
            http->setAuthorization("Bearer t1");
            allowed += http->get("/me/").status == 200 ? 1 : 0;
            http->setAuthorization({});
        }
        QCOMPARE(allowed, 4); // 2 per key; the organisation's 6 is not reached by two keys
        QCOMPARE(limiter.check("organization", "me read", 3).remaining, 1); // 4 used + this one of 6
    }

    void rateLimitOffByDefault()
    {
        for (int i = 0; i < 20; ++i)
            QCOMPARE(http->get("/me/").status, 200);
        QVERIFY(http->get("/me/").header("RateLimit").isEmpty());
    }

    // --- faults -------------------------------------------------------------------------------
    void injectedServerErrors_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {500, 502, 503, 504})
            QTest::newRow(QByteArray::number(status).constData()) << status;
    }
    void injectedServerErrors()
    {
        QFETCH(int, status);
        const QString id = aDraft();
        server->faults().add({FaultPlan::Fault::ServerError, 1, "PUT", {}, status});
        const HttpAnswer answer = http->put(one(id), {{"subject", "lost"}});
        QCOMPARE(answer.status, status);
        QVERIFY(answer.json().value("error").isString());
        QVERIFY(store->email(id)->value("subject").toString() != "lost"); // not processed
        QCOMPARE(http->put(one(id), {{"subject", "kept"}}).status, 200); // one time only
        QCOMPARE(server->faults().log().size(), 1);
        QVERIFY(server->faults().log().first().contains(QString::number(status)));
    }

    void rateLimitBurst()
    {
        server->faults().setRetryAfterSeconds(2);
        server->faults().setRateLimitBurst(2);
        for (int i = 0; i < 2; ++i) {
            const HttpAnswer limited = http->get("/me/");
            QCOMPARE(limited.status, 429);
            QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
            QVERIFY(limited.header("RateLimit").contains("remaining=0"));
        }
        QCOMPARE(http->get("/me/").status, 200);
    }

    void dropBeforeProcessingChangesNothing()
    {
        const QString id = aDraft();
        const QJsonObject before = *store->email(id);
        // Every attempt is dropped: QNetworkAccessManager silently re-sends a request whose connection
        // closed without an answer (up to twice), even a PUT. See clientResendsAfterADrop below.
        server->faults().add({FaultPlan::Fault::DropBeforeProcessing, -1, "PUT", {}, 0});
        const HttpAnswer answer = http->put(one(id), {{"status", "outbox"}});
        QCOMPARE(answer.status, 0);
        QVERIFY(answer.error != QNetworkReply::NoError);
        QCOMPARE(*store->email(id), before);
        QVERIFY(server->faults().log().first().endsWith("drop-before"));
    }

    // Documents a hazard every client of this API must handle: after a dropped connection, Qt's
    // network stack re-sends the same PUT on its own. Close's status rules make the re-sent
    // draft→outbox PUT fail (the email is no longer a draft), so the send still happens once, but the
    // client sees a 400 for a send that worked, and a POST that sends would create a second email.
    void clientResendsAfterADrop()
    {
        const QString id = aDraft();
        server->faults().add({FaultPlan::Fault::DropAfterProcessing, 1, "PUT", {}, 0});
        const int before = server->requestCount();
        const HttpAnswer answer = http->put(one(id), {{"status", "outbox"}, {"send_in", 30}});
        QCOMPARE(server->requestCount() - before, 2);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json().value("errors").toArray().first().toString(),
                 QStringLiteral("Only drafts can be modified."));
        QCOMPARE(store->email(id)->value("status").toString(), QStringLiteral("outbox"));
    }

    void dropAfterProcessingDidTheWork()
    {
        const QString id = aDraft();
        server->faults().add({FaultPlan::Fault::DropAfterProcessing, -1, "PUT", "/activity/email/", 0});
        const HttpAnswer answer = http->put(one(id), {{"status", "outbox"}, {"send_in", 30}});
        QCOMPARE(answer.status, 0);
        QVERIFY(answer.error != QNetworkReply::NoError);
        // The send happened although the client never heard back: reading it back tells the truth.
        QCOMPARE(http->get(one(id)).json().value("status").toString(), QStringLiteral("outbox"));
        QVERIFY(server->faults().log().first().endsWith("drop-after"));
    }

    void malformedAndTruncatedBodies()
    {
        server->faults().add({FaultPlan::Fault::MalformedJson, 1, "GET", {}, 0});
        const HttpAnswer malformed = http->get(emails);
        QCOMPARE(malformed.status, 200);
        QVERIFY(!malformed.isJson());

        server->faults().add({FaultPlan::Fault::TruncatedJson, 1, "GET", {}, 0});
        const HttpAnswer truncated = http->get(emails);
        QVERIFY(truncated.error != QNetworkReply::NoError || !truncated.isJson());
        QCOMPARE(http->get("/me/").status, 200);
    }

    void slowTrickleStillArrivesWhole()
    {
        server->faults().setTrickleBytesPerTick(400);
        server->faults().add({FaultPlan::Fault::SlowTrickle, 1, "GET", {}, 0});
        const HttpAnswer answer = http->get("/me/");
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.isJson());
        QCOMPARE(answer.json().value("email").toString(), QStringLiteral("anna.krause@northwind.example"));
    }

    void latencyDelaysTheAnswer()
    {
        server->faults().setLatency(200);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(http->get("/me/").status, 200);
        QVERIFY(timer.elapsed() >= 190);
    }

    void faultRulesParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("times");
        QTest::newRow("503") << "503" << true << int(FaultPlan::Fault::ServerError) << 1;
        QTest::newRow("429x3") << "429x3" << true << int(FaultPlan::Fault::RateLimited) << 3;
        QTest::newRow("drop-after-put")
            << "drop-after:PUT@/activity/email/" << true << int(FaultPlan::Fault::DropAfterProcessing) << 1;
        QTest::newRow("trickle") << "trickle" << true << int(FaultPlan::Fault::SlowTrickle) << 1;
        QTest::newRow("418") << "418" << false << 0 << 0;
        QTest::newRow("nonsense") << "explode" << false << 0 << 0;
    }
    void faultRulesParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, fault);
        QFETCH(int, times);
        const auto rule = FaultPlan::parseRule(text);
        QCOMPARE(rule.has_value(), valid);
        if (valid) {
            QCOMPARE(int(rule->fault), fault);
            QCOMPARE(rule->times, times);
        }
    }

    void randomSharesAreSeededAndLogged()
    {
        server->faults().setServerErrorShare(0.5);
        int errors = 0;
        for (int i = 0; i < 40; ++i)
            errors += http->get("/me/").status >= 500 ? 1 : 0;
        QVERIFY(errors > 5 && errors < 35);
        QCOMPARE(server->faults().log().size(), errors);
    }

    // --- around a draft -------------------------------------------------------------------------
    void me()
    {
        const QJsonObject user = http->get("/me/").json();
        QCOMPARE(user.value("id").toString(), store->users.first().value("id").toString());
        QCOMPARE(user.value("organizations").toArray().size(), 1);
        const QJsonArray identities
            = user.value("email_accounts").toArray().first().toObject().value("identities").toArray();
        QCOMPARE(identities.size(), 2);
        QCOMPARE(identities.first().toObject().value("email").toString(),
                 QStringLiteral("anna.krause@northwind.example"));
    }

    void connectedAccountsFilterByUser()
    {
        const QString user = store->users.at(1).value("id").toString();
        const QJsonObject answer = http->get("/connected_account/?user_id=" + user).json();
        QCOMPARE(answer.value("has_more").toBool(), false);
        const QJsonArray data = answer.value("data").toArray();
        QCOMPARE(data.size(), 1);
        QVERIFY(data.first().toObject().value("id").toString().startsWith("emailacct_"));
    }

    void templatesAndRender()
    {
        QCOMPARE(http->get("/email_template/").json().value("data").toArray().size(), 3);
        QCOMPARE(http->get("/email_template/?is_archived=false").json().value("data").toArray().size(), 2);
        const QString lead = store->leads.firstKey();
        const QString contact = store->leads.first().value("contact_ids").toArray().first().toString();
        const QJsonObject rendered
            = http->get("/email_template/tmpl_demoFollow0000000000000000000000000000002/render/?lead_id="
                        + lead + "&contact_id=" + contact)
                  .json();
        QCOMPARE(rendered.value("lead_id").toString(), lead);
        QCOMPARE(rendered.value("contact_id").toString(), contact);
        QVERIFY(rendered.value("body").toString().startsWith("<p>Hi Jane,</p>"));
        QVERIFY(rendered.value("body").toString().contains("Anna"));
        QCOMPARE(rendered.value("email").toString(), QStringLiteral("jane.doe@acme-logistics.example"));
        QCOMPARE(http->get("/email_template/tmpl_nope/render/").status, 404);
    }

    void leadAndContact()
    {
        const QString lead = store->leads.firstKey();
        const QJsonObject projected
            = http->get("/lead/" + lead + "/?_fields=id,display_name,contacts").json();
        QCOMPARE(projected.keys(), (QStringList {"contacts", "display_name", "id"}));
        QCOMPARE(projected.value("display_name").toString(), QStringLiteral("Acme Logistics"));
        const QString contact
            = projected.value("contacts").toArray().first().toObject().value("id").toString();
        const QJsonObject person = http->get("/contact/" + contact + "/").json();
        QCOMPARE(person.value("lead_id").toString(), lead);
        QCOMPARE(http->get("/lead/lead_nope/").status, 404);
    }

    // --- Advanced Filtering: POST /data/search/ ----------------------------------------------------
    static QJsonObject leadsWithIds(const QStringList &ids)
    {
        return QJsonObject {
            {"type", "and"},
            {"queries",
             QJsonArray {
                 QJsonObject {{"type", "object_type"}, {"object_type", "lead"}},
                 QJsonObject {
                     {"type", "field_condition"},
                     {"field",
                      QJsonObject {{"type", "regular_field"}, {"object_type", "lead"}, {"field_name", "id"}}},
                     {"condition",
                      QJsonObject {{"type", "reference"},
                                   {"reference_type", "lead"},
                                   {"object_ids", QJsonArray::fromStringList(ids)}}}}}}};
    }

    // Several leads by id in one request, with only the fields asked for; one Close lacks is not there.
    void searchFindsLeadsById()
    {
        const QStringList known = store->leads.keys().mid(0, 3);
        QCOMPARE(known.size(), 3);
        const HttpAnswer answer
            = http->post("/data/search/",
                         {{"query", leadsWithIds(known + QStringList {"lead_gone"})},
                          {"_fields", QJsonObject {{"lead", QJsonArray {"display_name"}}}},
                          {"_limit", 4}});
        QCOMPARE(answer.status, 200);
        const QJsonArray data = answer.json().value("data").toArray();
        QCOMPARE(data.size(), 3);
        QStringList found;
        for (const QJsonValue &v : data) {
            const QJsonObject lead = v.toObject();
            QCOMPARE(lead.keys(), (QStringList {"__object_type", "display_name", "id"}));
            QCOMPARE(lead.value("__object_type").toString(), QStringLiteral("lead"));
            QCOMPARE(lead.value("display_name"),
                     store->leads.value(lead.value("id").toString()).value("display_name"));
            found.append(lead.value("id").toString());
        }
        QCOMPARE(found, known); // id order
        QVERIFY(answer.json().value("cursor").isNull());
        // Without _fields a result is its type and id, as Close's example answer shows.
        const QJsonObject bare
            = http->post("/data/search/", {{"query", leadsWithIds(known.mid(0, 1))}}).json();
        QCOMPARE(bare.value("data").toArray().first().toObject().keys(),
                 (QStringList {"__object_type", "id"}));
    }

    // Pages follow the cursor: every matching object once; the last page's cursor is null.
    void searchPagesWithACursor()
    {
        QJsonObject body {{"query", QJsonObject {{"type", "object_type"}, {"object_type", "contact"}}},
                          {"_limit", 2}};
        QStringList seen;
        for (int page = 0; page < 100; ++page) {
            const HttpAnswer answer = http->post("/data/search/", body);
            QCOMPARE(answer.status, 200);
            for (const QJsonValue &v : answer.json().value("data").toArray())
                seen.append(v.toObject().value("id").toString());
            const QJsonValue cursor = answer.json().value("cursor");
            if (cursor.isNull())
                break;
            QVERIFY(cursor.isString());
            body.insert("cursor", cursor);
        }
        QCOMPARE(seen, store->contacts.keys());
        // results_limit caps the whole result.
        body.remove("cursor");
        body.insert("_limit", 200);
        body.insert("results_limit", 3);
        QCOMPARE(http->post("/data/search/", body).json().value("data").toArray().size(), 3);
    }

    void searchByWordsAndLogic()
    {
        const auto nameIs = [](const QString &type, const QString &mode, const QString &value) {
            return QJsonObject {
                {"type", "field_condition"},
                {"field",
                 QJsonObject {{"type", "regular_field"}, {"object_type", type}, {"field_name", "name"}}},
                {"condition", QJsonObject {{"type", "text"}, {"mode", mode}, {"value", value}}}};
        };
        const auto found = [this](const QJsonObject &query) {
            QStringList names;
            const HttpAnswer answer = http->post(
                "/data/search/",
                {{"query", query},
                 {"_fields", QJsonObject {{"lead", QJsonArray {"name"}}, {"contact", QJsonArray {"name"}}}},
                 {"_limit", 200}});
            for (const QJsonValue &v : answer.json().value("data").toArray())
                names.append(v.toObject().value("name").toString());
            names.sort();
            return names;
        };
        QCOMPARE(found(nameIs("lead", "full_words", "logistics ACME")), QStringList {"Acme Logistics"});
        QCOMPARE(found(nameIs("lead", "phrase", "logistics acme")), QStringList {});
        QCOMPARE(found(nameIs("lead", "full_words", "bäckerei")), QStringList {"Bäckerei Sonnenschein"});
        const QJsonObject either {{"type", "or"},
                                  {"queries",
                                   QJsonArray {nameIs("lead", "phrase", "acme logistics"),
                                               nameIs("lead", "full_words", "initech")}}};
        QCOMPARE(found(either), (QStringList {"Acme Logistics", "Initech"}));
        const QJsonObject leadsButAcme {
            {"type", "and"},
            {"queries",
             QJsonArray {QJsonObject {{"type", "object_type"}, {"object_type", "lead"}},
                         QJsonObject {{"type", "not"}, {"query", nameIs("lead", "full_words", "acme")}}}}};
        QCOMPARE(found(leadsButAcme).size(), store->leads.size() - 1);
    }

    // What the sandbox cannot answer as Close would is refused, naming the part, never guessed at.
    void searchRefusesWhatItCannotAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        const QByteArray lead = R"({"type":"object_type","object_type":"lead"})";
        QTest::newRow("no query") << QByteArray("{}") << "query"
                                  << "required";
        QTest::newRow("unknown query type")
            << QByteArray(R"({"query":{"type":"saved_search","saved_search_id":"x"}})") << "query"
            << "\"saved_search\" is not emulated";
        QTest::newRow("other object type")
            << QByteArray(R"({"query":{"type":"object_type","object_type":"opportunity"}})") << "query"
            << "lead, contact";
        QTest::newRow("reference without ids") << QByteArray(
            R"({"query":{"type":"field_condition","field":{"type":"regular_field","object_type":"lead","field_name":"id"},"condition":{"type":"reference","reference_type":"lead"}}})")
                                               << "query"
                                               << "object_ids";
        QTest::newRow("_limit 201") << QByteArray(R"({"query":)" + lead + R"(,"_limit":201})") << "_limit"
                                    << "between 1 and 200";
        QTest::newRow("_limit 0") << QByteArray(R"({"query":)" + lead + R"(,"_limit":0})") << "_limit"
                                  << "between 1 and 200";
        QTest::newRow("_limit 1.5") << QByteArray(R"({"query":)" + lead + R"(,"_limit":1.5})") << "_limit"
                                    << "between 1 and 200";
        QTest::newRow("forged cursor")
            << QByteArray(R"({"query":)" + lead + R"(,"cursor":"MTAw"})") << "cursor"
            << "Invalid cursor";
        QTest::newRow("cursor a number")
            << QByteArray(R"({"query":)" + lead + R"(,"cursor":100})") << "cursor"
            << "Invalid cursor";
        QTest::newRow("_fields a list")
            << QByteArray(R"({"query":)" + lead + R"(,"_fields":["display_name"]})") << "_fields"
            << "object";
        QTest::newRow("sort not a list") << QByteArray(R"({"query":)" + lead + R"(,"sort":"name"})") << "sort"
                                         << "does not sort";
        QTest::newRow("sort") << QByteArray(R"({"query":)" + lead + R"(,"sort":[{"direction":"asc"}]})")
                              << "sort"
                              << "does not sort";
        QByteArray deep = lead;
        for (int i = 0; i < 40; ++i)
            deep = R"({"type":"not","query":)" + deep + "}";
        QTest::newRow("nested 40 deep") << QByteArray(R"({"query":)" + deep + "}") << "query"
                                        << "nested more than 16";
    }
    void searchRefusesWhatItCannotAnswer()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const HttpAnswer answer = http->send("POST", "/data/search/", body);
        QCOMPARE(answer.status, 400);
        const QString message = answer.json().value("field-errors").toObject().value(field).toString();
        QVERIFY2(message.contains(says), qPrintable(QString::fromUtf8(answer.body)));
    }

    void searchIsPostedWithABudgetOfItsOwn()
    {
        QCOMPARE(http->get("/data/search/").status, 405);
        server->api().rateLimiter().setLimit(1, 10);
        server->api().rateLimiter().setEnabled(true);
        const QJsonObject body {{"query", QJsonObject {{"type", "match_all"}}}};
        QCOMPARE(http->post("/data/search/", body).status, 200);
        QCOMPARE(http->post("/data/search/", body).status, 429); // its own budget, spent
        QCOMPARE(http->get("/me/").status, 200); // another group's is not
    }

    // --- data ----------------------------------------------------------------------------------
    void demoDataCoversEveryCase()
    {
        QSet<QString> statuses;
        bool draftWithSender = false, draftWithout = false, table = false, quote = false, nonLatin = false;
        qsizetype largest = 0;
        for (const QString &id : store->orderedEmailIds()) {
            const QJsonObject &e = *store->email(id);
            const QString status = e.value("status").toString();
            statuses.insert(status);
            draftWithSender |= status == "draft" && e.value("sender").isString();
            draftWithout |= status == "draft" && e.value("sender").isNull();
            const QString html = e.value("body_html").toString();
            table |= html.contains("<table");
            quote |= e.value("body_html_quoted").toObject().value("html").toString().contains("<blockquote")
                && e.value("body_text_quoted").toArray().size() == 1;
            nonLatin |= html.contains(QString::fromUtf8("様")) || html.contains(QString::fromUtf8("مرحباً"));
            largest = qMax(largest, html.size());
            const auto parsed = EmailActivity::fromJson(e);
            QVERIFY2(parsed.ok() && parsed.activity.unusableFields().isEmpty(), qPrintable(id));
        }
        QCOMPARE(statuses, (QSet<QString> {"inbox", "draft", "scheduled", "outbox", "sent", "error"}));
        QVERIFY(draftWithSender && draftWithout && table && quote && nonLatin);
        QVERIFY(largest > 1000000 && largest <= 1048576);
    }

    void persistsAcrossRestartsAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("store.json");
        server->setDataFile(path);
        const QString id = aDraft();
        QCOMPARE(http->put(one(id), {{"subject", "Persisted"}}).status, 200);
        SandboxStore reloaded;
        QString error;
        QVERIFY2(reloaded.loadFrom(path, &error), qPrintable(error));
        QCOMPARE(reloaded.email(id)->value("subject").toString(), QStringLiteral("Persisted"));
        QCOMPARE(reloaded.emailCount(), 200);
        QCOMPARE(reloaded.orderedEmailIds(), store->orderedEmailIds());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {"store.json"}); // no temp files left
        QFile garbage(dir.filePath("bad.json"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("{not json");
        garbage.close();
        QVERIFY(!reloaded.loadFrom(garbage.fileName(), &error));
        QVERIFY(!error.isEmpty());
    }

    void generatesLargeSetsForBenchmarks()
    {
        SandboxStore big;
        QVERIFY(DemoData::populate(big, 10000, clock->now()));
        QCOMPARE(big.emailCount(), 10000);
        QCOMPARE(QSet<QString>(big.orderedEmailIds().begin(), big.orderedEmailIds().end()).size(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxContract)
#include "tst_sandbox_contract.moc"
