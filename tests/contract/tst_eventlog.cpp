// The sandbox's event log against Close's "Event Log" and "Retrieve a list of events" pages, over real
// HTTP on 127.0.0.1 with an injected clock: the documented fields, newest first, merged updates, cursor
// paging at 50 a page, the filter combinations that answer 400, 30 days of reach, and data kept from
// non-admins after an hour.
#include "HttpProbe.h"
#include "core/base/IsoDateTime.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxChurn.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {
const QString emailEvents = QStringLiteral("/event/?object_type=activity.email&action=");

QString one(const QString &id)
{
    return QStringLiteral("/activity/email/") + id + QLatin1Char('/');
}
} // namespace

class TestEventLog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<SandboxStore> store;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<HttpProbe> http;

    QStringList drafts(int count)
    {
        QStringList ids;
        for (const QString &id : store->orderedEmailIds()) {
            const QJsonObject &e = *store->email(id);
            if (e.value("status").toString() == "draft" && e.value("body_html").toString().size() < 100000)
                ids.append(id);
            if (ids.size() == count)
                break;
        }
        return ids;
    }
    QJsonArray events(const QString &query)
    {
        const HttpAnswer answer = http->get(query);
        [&] {
            QCOMPARE(answer.status, 200);
        }();
        return answer.json().value("data").toArray();
    }
    QJsonObject eventsOf(const QString &id)
    {
        return http->get("/event/?object_type=activity.email&object_id=" + id).json();
    }

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=false"); }

    void init()
    {
        clock = std::make_unique<ManualClock>();
        store = std::make_unique<SandboxStore>();
        QVERIFY(DemoData::populate(*store, 400, clock->now()));
        server = std::make_unique<SandboxServer>(*store, *clock);
        server->api().setApiKey("sandbox-test-key-0123456789");
        QVERIFY(server->start(0) != 0);
        http = std::make_unique<HttpProbe>(server->baseUrl(), "sandbox-test-key-0123456789");
    }
    void cleanup()
    {
        http.reset();
        server.reset();
        store.reset();
        clock.reset();
    }

    void everyChangeWritesAnEventWithTheDocumentedFields()
    {
        const QString lead = store->leads.firstKey();
        const HttpAnswer created
            = http->post("/activity/email/", {{"lead_id", lead}, {"status", "draft"}, {"subject", "First"}});
        QCOMPARE(created.status, 200);
        const QString id = created.json().value("id").toString();
        clock->advance(120000);
        QCOMPARE(http->put(one(id), {{"subject", "Second"}}).status, 200);
        clock->advance(120000);
        QCOMPARE(http->send("DELETE", one(id)).status, 200);

        const QJsonObject page = eventsOf(id);
        const QJsonArray data = page.value("data").toArray();
        QCOMPARE(data.size(), 3);
        QVERIFY(page.contains("cursor_next") && page.value("cursor_next").isNull());
        QVERIFY(page.contains("cursor_previous"));
        QStringList actions;
        for (const QJsonValue &v : data)
            actions.append(v.toObject().value("action").toString());
        QCOMPARE(actions, QStringList({"deleted", "updated", "created"})); // newest first
        const QJsonObject updated = data.at(1).toObject();
        for (const char *field : {"id", "date_created", "date_updated", "organization_id", "user_id",
                                  "request_id", "api_key_id", "object_type", "object_id", "lead_id", "action",
                                  "changed_fields", "data", "previous_data", "meta"})
            QVERIFY2(updated.contains(QLatin1String(field)), field);
        QCOMPARE(updated.value("object_type").toString(), QStringLiteral("activity.email"));
        QCOMPARE(updated.value("object_id").toString(), id);
        QCOMPARE(updated.value("lead_id").toString(), lead);
        QCOMPARE(updated.value("user_id").toString(), store->users.first().value("id").toString());
        QCOMPARE(updated.value("organization_id"), store->organization.value("id"));
        QVERIFY(updated.value("changed_fields").toArray().contains(QJsonValue("subject")));
        QCOMPARE(updated.value("previous_data").toObject().value("subject").toString(),
                 QStringLiteral("First"));
        QCOMPARE(updated.value("data").toObject().value("subject").toString(), QStringLiteral("Second"));
        QCOMPARE(updated.value("meta").toObject().value("request_method").toString(), QStringLiteral("PUT"));
        const QString keyId = updated.value("api_key_id").toString();
        QVERIFY(keyId.startsWith("api_"));
        QVERIFY(!keyId.contains("sandbox-test-key"));
        QVERIFY(updated.value("request_id").toString().startsWith("req_"));
        QVERIFY(updated.value("request_id") != data.at(2).toObject().value("request_id"));
        // One event by id.
        const HttpAnswer byId = http->get("/event/" + updated.value("id").toString() + "/");
        QCOMPARE(byId.status, 200);
        QCOMPARE(byId.json(), updated);
        QCOMPARE(http->get("/event/ev_nothing/").status, 404);
    }

    void aQuickSecondChangeUpdatesTheEvent()
    {
        const QString id = drafts(1).constFirst();
        QCOMPARE(http->put(one(id), {{"subject", "A"}}).status, 200);
        const QJsonObject first = eventsOf(id).value("data").toArray().at(0).toObject();
        clock->advance(20000);
        const QString oldBody = store->email(id)->value("body_text").toString();
        QCOMPARE(http->put(one(id), {{"subject", "B"}, {"body_text", "new"}}).status, 200);
        QJsonArray data = eventsOf(id).value("data").toArray();
        QCOMPARE(data.size(), 1);
        const QJsonObject merged = data.at(0).toObject();
        QCOMPARE(merged.value("id"), first.value("id"));
        QCOMPARE(merged.value("date_created"), first.value("date_created"));
        QCOMPARE(IsoDateTime::parse(merged.value("date_updated").toString()), clock->now());
        QVERIFY(merged.value("changed_fields").toArray().contains(QJsonValue("body_text")));
        QCOMPARE(merged.value("previous_data").toObject().value("subject"),
                 first.value("previous_data").toObject().value("subject")); // the oldest value stays
        QCOMPARE(merged.value("previous_data").toObject().value("body_text").toString(), oldBody);
        QCOMPARE(merged.value("data").toObject().value("subject").toString(), QStringLiteral("B"));
        // A minute later it is a new event; and a colleague's change is never merged into ours.
        clock->advance(61000);
        QCOMPARE(http->put(one(id), {{"subject", "C"}}).status, 200);
        QCOMPARE(eventsOf(id).value("data").toArray().size(), 2);
        SandboxChurn churn(*store, server->api(), *clock);
        server->api().events().setActor({churn.colleague(), {}, "req_colleague", {}, {}});
        server->api().emails().updateEmail(id, QJsonObject {{"subject", "D"}});
        server->api().events().setActor({});
        data = eventsOf(id).value("data").toArray();
        QCOMPARE(data.size(), 3);
        QCOMPARE(data.at(0).toObject().value("user_id"), churn.colleague().value("id"));
        QVERIFY(data.at(0).toObject().value("api_key_id").isNull());
    }

    void cursorPagingVisitsEveryEventOnce()
    {
        const QStringList ids = drafts(120);
        QCOMPARE(ids.size(), 120);
        for (const QString &id : ids) {
            clock->advance(10);
            QCOMPARE(http->put(one(id), {{"subject", QString("Paged " + id)}}).status, 200);
        }
        QSet<QString> seen;
        QString query = emailEvents + "updated&_limit=50";
        QList<int> sizes;
        QString previousDate = "9999";
        for (int guard = 0; guard < 10; ++guard) {
            const QJsonObject page = http->get(query).json();
            const QJsonArray data = page.value("data").toArray();
            sizes.append(int(data.size()));
            for (const QJsonValue &v : data) {
                const QString date = v.toObject().value("date_updated").toString();
                QVERIFY2(date <= previousDate, "newest first by date_updated");
                previousDate = date;
                QVERIFY(!seen.contains(v.toObject().value("object_id").toString()));
                seen.insert(v.toObject().value("object_id").toString());
            }
            if (page.value("cursor_next").isNull())
                break;
            query = emailEvents + "updated&_limit=50&_cursor="
                + QUrl::toPercentEncoding(page.value("cursor_next").toString());
        }
        QCOMPARE(sizes, QList<int>({50, 50, 20}));
        QCOMPARE(seen, QSet<QString>(ids.cbegin(), ids.cend()));
        QCOMPARE(events(emailEvents + "updated").size(), 50); // 50 is the default and the most
    }

    void cursorPreviousReadsWhatHappenedSince()
    {
        const QStringList ids = drafts(2);
        QCOMPARE(http->put(one(ids.at(0)), {{"subject", "Before"}}).status, 200);
        const QJsonObject first = http->get(emailEvents + "updated").json();
        const QString since = first.value("cursor_previous").toString();
        QVERIFY(!since.isEmpty());
        const QString later = emailEvents + "updated&_cursor=" + QUrl::toPercentEncoding(since);
        QJsonObject page = http->get(later).json();
        QCOMPARE(page.value("data").toArray().size(), 0);
        QCOMPARE(page.value("cursor_previous").toString(), since); // nothing yet: ask again later
        clock->advance(1000);
        QCOMPARE(http->put(one(ids.at(1)), {{"subject", "After"}}).status, 200);
        page = http->get(later).json();
        QCOMPARE(page.value("data").toArray().size(), 1);
        QCOMPARE(page.value("data").toArray().at(0).toObject().value("object_id").toString(), ids.at(1));
    }

    void onlyDocumentedCombinationsAnswer_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("object_type+action") << "object_type=activity.email&action=updated" << 200;
        QTest::newRow("object_type+object_id") << "object_type=activity.email&object_id=x" << 200;
        QTest::newRow("lead_id alone") << "lead_id=lead_x" << 200;
        QTest::newRow("user_id+object_type+action")
            << "user_id=u&object_type=activity.email&action=created" << 200;
        QTest::newRow("request_id alone") << "request_id=req_x" << 200;
        QTest::newRow("with a date window") << "object_type=activity.email&action=deleted"
                                               "&date_updated__gte=2026-11-01&date_updated__lte=2026-12-01"
                                            << 200;
        QTest::newRow("object_type alone") << "object_type=activity.email" << 400;
        QTest::newRow("action alone") << "action=updated" << 400;
        QTest::newRow("request_id+lead_id") << "request_id=r&lead_id=l" << 400;
        QTest::newRow("_skip") << "object_type=activity.email&action=updated&_skip=50" << 400;
        QTest::newRow("_limit 51") << "object_type=activity.email&action=updated&_limit=51" << 400;
        QTest::newRow("_limit zero") << "object_type=activity.email&action=updated&_limit=0" << 400;
        QTest::newRow("bad date") << "lead_id=l&date_updated__gte=yesterday" << 400;
        QTest::newRow("garbage cursor") << "lead_id=l&_cursor=%21%21" << 400;
    }
    void onlyDocumentedCombinationsAnswer()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        const HttpAnswer answer = http->get("/event/?" + query);
        QCOMPARE(answer.status, status);
        QVERIFY(answer.isJson());
    }

    void aCursorBelongsToItsFilters()
    {
        for (const QString &id : drafts(3)) {
            clock->advance(10);
            QCOMPARE(http->put(one(id), {{"subject", "x"}}).status, 200);
        }
        const QString gte = "&date_updated__gte="
            + QString::fromLatin1(QUrl::toPercentEncoding(IsoDateTime::format(clock->now().addDays(-1))));
        const QJsonObject page = http->get(emailEvents + "updated&_limit=1" + gte).json();
        const QByteArray cursor = QUrl::toPercentEncoding(page.value("cursor_next").toString());
        QVERIFY(!cursor.isEmpty());
        QCOMPARE(http->get(emailEvents + "created&_limit=1&_cursor=" + cursor).status, 400);
        QCOMPARE(http->get(emailEvents + "updated&_limit=1&_cursor=" + cursor + gte).status, 400);
        const HttpAnswer next = http->get(emailEvents + "updated&_limit=1&_cursor=" + cursor);
        QCOMPARE(next.status, 200);
        QCOMPARE(next.json().value("data").toArray().size(), 1);
    }

    void theLogReachesThirtyDaysAndHidesDataAfterAnHour()
    {
        const QString id = drafts(1).constFirst();
        QCOMPARE(http->put(one(id), {{"subject", "Old news"}}).status, 200);
        QVERIFY(eventsOf(id).value("data").toArray().at(0).toObject().contains("data"));
        clock->advance(61 * 60 * 1000);
        QJsonObject event = eventsOf(id).value("data").toArray().at(0).toObject();
        QVERIFY(!event.contains("data"));
        QVERIFY(!event.contains("previous_data"));
        QVERIFY(event.contains("changed_fields"));
        server->api().events().setReaderIsAdmin(true);
        QVERIFY(eventsOf(id).value("data").toArray().at(0).toObject().contains("data"));
        clock->advance(qint64(30) * 24 * 3600 * 1000);
        QCOMPARE(eventsOf(id).value("data").toArray().size(), 0);
    }

    void closeItselfSendsWithoutAUser()
    {
        const QString id = drafts(1).constFirst();
        QCOMPARE(http->put(one(id), {{"status", "outbox"}, {"sender", "me@example.com"}}).status, 200);
        clock->advance(120000);
        QCOMPARE(server->api().processDueSends(), 1);
        const QJsonObject sent = eventsOf(id).value("data").toArray().at(0).toObject();
        QVERIFY(sent.value("user_id").isNull());
        QVERIFY(sent.value("api_key_id").isNull());
        QVERIFY(sent.value("changed_fields").toArray().contains(QJsonValue("status")));
        QCOMPARE(sent.value("data").toObject().value("status").toString(), QStringLiteral("sent"));
    }

    void aColleagueChurnsThroughTheSameRules()
    {
        SandboxChurn churn(*store, server->api(), *clock);
        QSet<QString> actions;
        for (int i = 0; i < 60; ++i) {
            clock->advance(50000); // all within the hour in which data is shown
            QVERIFY(!churn.change().isEmpty());
        }
        QJsonArray all;
        for (const QString action : {"created", "updated", "deleted"}) {
            const QJsonArray page = events("/event/?user_id=" + churn.colleague().value("id").toString()
                                           + "&object_type=activity.email&action=" + action);
            if (!page.isEmpty())
                actions.insert(action);
            for (const QJsonValue &v : page) {
                QVERIFY(v.toObject().value("api_key_id").isNull());
                if (action != "deleted") // the record names who changed it
                    QCOMPARE(v.toObject().value("data").toObject().value("updated_by"),
                             churn.colleague().value("id"));
            }
        }
        QCOMPARE(actions, QSet<QString>({"created", "updated", "deleted"}));
    }

    void theLogIsKeptWithTheData()
    {
        QCOMPARE(http->put(one(drafts(1).constFirst()), {{"subject", "Kept"}}).status, 200);
        SandboxStore again;
        QVERIFY(again.fromJson(store->toJson(), nullptr));
        QCOMPARE(again.events, store->events);
        QVERIFY(!again.events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
