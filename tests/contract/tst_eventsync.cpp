// EventLogSync against the sandbox's event log over real HTTP: the store follows colleagues' changes
// (with data, and without it after an hour), deletions, thousands of events paged by cursor, a sync
// point kept across sessions, a point the log no longer reaches, and Close going away mid-sync.
#include "core/api/CloseClient.h"
#include "core/base/IsoDateTime.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "core/store/EmailStore.h"
#include "core/sync/EventLogSync.h"
#include "fakes/SandboxFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

class TestEventSync final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture sandbox;
    std::unique_ptr<CloseClient> client;
    std::unique_ptr<EmailStore> store;
    std::unique_ptr<Drafts> drafts;
    std::unique_ptr<EventLogSync> sync;

    // Every email of the sandbox into the store, as a list load would leave it.
    void loadEverything()
    {
        QList<ListRow> rows;
        for (const QString &id : sandbox.store->orderedEmailIds())
            rows.append(ListRow::from(*sandbox.store->email(id)));
        store->putRows(rows);
    }
    // Runs one sync to its end; false when it failed.
    bool syncOnce()
    {
        QSignalSpy done(sync.get(), &EventLogSync::synced);
        QSignalSpy failed(sync.get(), &EventLogSync::failed);
        QSignalSpy behind(sync.get(), &EventLogSync::behind);
        sync->syncNow();
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done.size() + failed.size() + behind.size() > 0, 60000);
        }();
        return done.size() == 1;
    }
    QString storedSubject(const QString &id)
    {
        const auto number = store->numberOf(id);
        if (!number)
            return QStringLiteral("(not stored)");
        return QString::fromUtf8(store->rows({*number}).value(*number).subject());
    }
    QStringList drafts_(int count)
    {
        QStringList ids;
        for (const QString &id : sandbox.store->orderedEmailIds()) {
            if (sandbox.store->email(id)->value(u"status").toString() == QLatin1String("draft"))
                ids.append(id);
            if (ids.size() == count)
                break;
        }
        return ids;
    }
    int eventRequests() const
    {
        int n = 0;
        for (int i = 0; i < client->requestLog()->size(); ++i)
            n += client->requestLog()->at(i).url.path().endsWith(QLatin1String("/event/"));
        return n;
    }

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=false"); }
    void init()
    {
        QVERIFY(sandbox.start(300));
        client = sandbox.makeClient();
        store = std::make_unique<EmailStore>();
        drafts = std::make_unique<Drafts>(client.get(), nullptr);
        sync = std::make_unique<EventLogSync>(client.get(), drafts.get());
        sync->setStore(store.get());
        loadEverything();
        sync->begin(); // the point: a few minutes before now
        QVERIFY(sync->syncPoint());
    }
    void cleanup()
    {
        sync.reset();
        drafts.reset();
        store.reset();
        client.reset();
        sandbox.stop();
    }

    void aColleaguesChangesReachTheStore()
    {
        const QStringList ids = drafts_(3);
        QCOMPARE(sandbox.colleagueChanges(ids.at(0), {{"subject", "Edited by a colleague"}}), 200);
        QCOMPARE(sandbox.colleagueChanges(ids.at(1), {}), 200); // deleted
        QCOMPARE(sandbox.changeInClose(ids.at(2), {{"subject", "Edited through the API"}}), 200);
        const QSignalSpy changed(store.get(), &EmailStore::changed);
        QVERIFY(syncOnce());
        QCOMPARE(storedSubject(ids.at(0)), QStringLiteral("Edited by a colleague"));
        QVERIFY(!store->numberOf(ids.at(1)));
        QCOMPARE(storedSubject(ids.at(2)), QStringLiteral("Edited through the API"));
        QVERIFY(store->record(ids.at(0))); // the event's data is the whole record
        // Written in one go: one transaction for what went, one for what changed (no view reads its
        // order once per email), and an open view's second path to the same copy writes nothing.
        QCOMPARE(changed.size(), 2);
        // Nothing new: a second sync changes nothing and asks one page per action.
        const int before = eventRequests();
        QSignalSpy done(sync.get(), &EventLogSync::synced);
        QVERIFY(syncOnce());
        QCOMPARE(eventRequests() - before, 3);
        QCOMPARE(done.at(0).at(0).toInt(), 0);
    }

    void aNewEmailOfAColleagueIsStored()
    {
        const QString lead = sandbox.store->leads.firstKey();
        sandbox.server->api().events().setActor({sandbox.store->users.value(1), {}, "req_new", {}, {}});
        const SandboxResponse made = sandbox.server->api().emails().createEmail(
            QJsonObject {{"lead_id", lead}, {"status", "draft"}, {"subject", "Fresh from a colleague"}});
        sandbox.server->api().events().setActor({});
        const QString id = QJsonDocument::fromJson(made.body).object().value("id").toString();
        QVERIFY(!store->numberOf(id));
        QVERIFY(syncOnce());
        QCOMPARE(storedSubject(id), QStringLiteral("Fresh from a colleague"));
    }

    void eventsWithoutDataAreReadAgainManyAtOnce()
    {
        const QStringList ids = drafts_(5);
        for (const QString &id : ids)
            QCOMPARE(sandbox.colleagueChanges(id, {{"subject", QString("Changed " + id)}}), 200);
        sandbox.clock->advance(2 * 3600 * 1000); // older than an hour: the log keeps their data back
        int lists = 0;
        connect(sandbox.server.get(), &SandboxServer::requestHandled, this,
                [&](const QByteArray &, const QString &path, int) {
                    lists += path.endsWith("/activity/email/");
                });
        QVERIFY(syncOnce());
        for (const QString &id : ids)
            QCOMPARE(storedSubject(id), "Changed " + id);
        QCOMPARE(lists, 1); // id__in, not one GET per email
    }

    void aSyncPagesThroughFiveThousandEvents()
    {
        // Two people taking turns on 100 drafts: no event merges into another.
        const QStringList ids = drafts_(100);
        QCOMPARE(ids.size(), 100);
        for (int i = 0; i < 5000; ++i) {
            const QString &id = ids.at(i % 100);
            const QJsonObject change {{"subject", QStringLiteral("Turn %1").arg(i)}};
            if ((i / 100) % 2 == 0)
                QCOMPARE(sandbox.colleagueChanges(id, change), 200);
            else
                QCOMPARE(sandbox.changeInClose(id, change), 200);
            sandbox.clock->advance(-1990); // 10 ms apart, all within the hour
        }
        QCOMPARE(sandbox.store->events.size(), 5000);
        QVERIFY(syncOnce());
        QVERIFY2(eventRequests() >= 100, qPrintable(QString::number(eventRequests())));
        for (const QString &id : ids) // the store matches the server
            QCOMPARE(storedSubject(id), sandbox.store->email(id)->value("subject").toString());
    }

    void theSyncPointIsKeptAndGoesForward()
    {
        const QStringList two = drafts_(2);
        QCOMPARE(sandbox.colleagueChanges(two.at(0), {{"subject", "x"}}), 200);
        QVERIFY(syncOnce());
        // On Close's clock: the newest change followed.
        QCOMPARE(*sync->syncPoint(),
                 IsoDateTime::parse(sandbox.store->events.constLast().value("date_updated").toString()));
        // An event dated years ahead is followed, but never becomes the point (every change after
        // it would be missed).
        const QDateTime point = *sync->syncPoint();
        sandbox.clock->set(QDateTime::currentDateTimeUtc().addYears(10));
        QCOMPARE(sandbox.colleagueChanges(two.at(1), {{"subject", "From the future"}}), 200);
        QVERIFY(syncOnce());
        QCOMPARE(storedSubject(two.at(1)), QStringLiteral("From the future"));
        QCOMPARE(*sync->syncPoint(), point);
        // A new session on the same store goes on from there.
        EventLogSync again(client.get(), drafts.get());
        again.setStore(store.get());
        QCOMPARE(again.syncPoint(), sync->syncPoint());
    }

    void aPointTheLogNoLongerReachesAsksForAReload()
    {
        store->setLoaded(EventLogSync::pointKey, QDateTime::currentDateTimeUtc().addDays(-31), true);
        QSignalSpy behind(sync.get(), &EventLogSync::behind);
        const int before = eventRequests();
        sync->syncNow();
        QCOMPARE(behind.size(), 1);
        QCOMPARE(eventRequests(), before); // nothing asked that cannot be answered
        QVERIFY(*sync->syncPoint() > QDateTime::currentDateTimeUtc().addSecs(-3600));
    }

    void anOpenDraftWithEditsIsToldBeforeSave()
    {
        const EmailActivity draft = sandbox.firstEmail("draft", true);
        DraftSession *session = drafts->open(draft);
        session->setSubject(QStringLiteral("Mine"));
        QSignalSpy told(session, &DraftSession::changedOnClose);
        QCOMPARE(
            sandbox.colleagueChanges(draft.id(), {{"body_text", "Theirs"}, {"body_html", "<p>Theirs</p>"}}),
            200);
        QVERIFY(syncOnce());
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.at(0).at(0).value<EmailActivity>().value(u"updated_by_name").toString(),
                 sandbox.colleagueName());
        QVERIFY(told.at(0).at(1).toStringList().contains("body_text"));
        QCOMPARE(session->current().subject(), QStringLiteral("Mine")); // nothing typed is lost
        // Keep Mine: my subject over their body, in one PUT with only what I changed.
        QSignalSpy saved(session, &DraftSession::saved);
        session->keepMine();
        QTRY_COMPARE(saved.size(), 1);
        const QJsonObject server = *sandbox.store->email(draft.id());
        QCOMPARE(server.value("subject").toString(), QStringLiteral("Mine"));
        QCOMPARE(server.value("body_text").toString(), QStringLiteral("Theirs"));
        drafts->close(session);
    }

    // They typed what I typed: nothing to ask, and the window is not loaded again under the cursor.
    void aChangeThatAgreesWithMineIsTakenQuietly()
    {
        const EmailActivity draft = sandbox.firstEmail("draft", true);
        DraftSession *session = drafts->open(draft);
        session->setSubject(QStringLiteral("The same words"));
        QSignalSpy told(session, &DraftSession::changedOnClose);
        QSignalSpy reloaded(session, &DraftSession::followedServer);
        QCOMPARE(sandbox.colleagueChanges(draft.id(), {{"subject", "The same words"}}), 200);
        QVERIFY(syncOnce());
        QTRY_COMPARE(session->original().subject(), QStringLiteral("The same words"));
        QCOMPARE(told.size(), 0);
        QCOMPARE(reloaded.size(), 0);
        QVERIFY(!session->isDirty());
        drafts->close(session);
    }

    void anOpenDraftDeletedElsewhereStopsSaving()
    {
        const EmailActivity draft = sandbox.firstEmail("draft", true);
        DraftSession *session = drafts->open(draft);
        session->setSubject(QStringLiteral("Typed"));
        QSignalSpy gone(session, &DraftSession::deletedInClose);
        QCOMPARE(sandbox.colleagueChanges(draft.id(), {}), 200);
        QVERIFY(syncOnce());
        QCOMPARE(gone.size(), 1);
        QVERIFY(!session->isEditable());
        QCOMPARE(session->current().subject(), QStringLiteral("Typed"));
        QSignalSpy failed(session, &DraftSession::saveFailed);
        session->save();
        QCOMPARE(failed.size(), 1);
        drafts->close(session);
    }

    // A log page from a server of the test's own: Close's documented email record as an event's data is
    // stored as it is; an event of another object type, data that names another email and a date
    // thousands of years ahead change nothing they should not.
    void aHostileLogPageChangesOnlyWhatItMay()
    {
        QFile file(QStringLiteral(DRAFTDESK_TEST_DATA "/close-sample-email.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject sample = QJsonDocument::fromJson(file.readAll()).object();
        const QString sampleId = sample.value("id").toString();
        QVERIFY(!sampleId.isEmpty());
        const QString now = IsoDateTime::format(QDateTime::currentDateTimeUtc());
        const auto event = [&](const QString &type, const QString &id, const QJsonValue &data,
                               const QString &updated) {
            return QJsonObject {{"id", QString("ev_" + id)}, {"object_type", type},     {"object_id", id},
                                {"action", "updated"},       {"date_updated", updated}, {"data", data}};
        };
        QJsonArray page;
        page.append(event("activity.email", sampleId, sample, now));
        page.append(event("lead", "lead_hostile", QJsonObject {{"id", "lead_hostile"}}, now));
        page.append(event("activity.email", "acti_other", QJsonObject {{"id", "acti_somebody_else"}}, now));
        page.append(
            event("activity.email", "acti_far", QJsonValue("not an object"), "9999-12-31T23:59:59+00:00"));
        QStringList listQueries;
        RawHttpServer hostile;
        hostile.handle = [&](const RawRequest &request, QTcpSocket *socket) {
            QJsonObject body {{"data", QJsonArray {}}, {"cursor_next", QJsonValue::Null}};
            if (request.target.contains("/event/") && request.target.contains("action=updated"))
                body.insert("data", page);
            if (request.target.contains("/activity/email/")) {
                listQueries.append(QString::fromUtf8(request.target));
                body = QJsonObject {{"data", QJsonArray {}}, {"has_more", false}};
            }
            socket->write(RawHttpServer::answer(200, "OK", QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                "Content-Type: application/json\r\n"));
        };
        QVERIFY(hostile.start());
        client->setBaseUrl(QUrl(QString::fromLatin1(hostile.base() + "/api/v1")));
        const QDateTime point = *sync->syncPoint();
        QVERIFY(syncOnce());
        QCOMPARE(storedSubject(sampleId), sample.value("subject").toString());
        QVERIFY(store->record(sampleId)); // the whole record, as Close prints it
        QVERIFY(!store->numberOf("lead_hostile"));
        QVERIFY(!store->numberOf("acti_somebody_else"));
        QCOMPARE(listQueries.size(), 1); // the two without usable data are asked for, by id
        QVERIFY(listQueries.constFirst().contains("acti_other")
                && listQueries.constFirst().contains("acti_far"));
        QVERIFY(*sync->syncPoint() >= point);
        QVERIFY(*sync->syncPoint() < QDateTime::currentDateTimeUtc().addDays(1));
    }

    void closeGoingAwayLeavesThePointAndSaysSo()
    {
        QCOMPARE(sandbox.colleagueChanges(drafts_(1).constFirst(), {{"subject", "unseen"}}), 200);
        const QDateTime point = *sync->syncPoint();
        sandbox.server.reset(); // connection refused from now on
        QSignalSpy failed(sync.get(), &EventLogSync::failed);
        sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Network);
        QCOMPARE(*sync->syncPoint(), point);
        QVERIFY(!sync->isSyncing());
    }
};

QTEST_GUILESS_MAIN(TestEventSync)
#include "tst_eventsync.moc"
