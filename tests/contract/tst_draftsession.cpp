// DraftSession against the sandbox: the minimal PUT, conflicts, failures that keep every edit, and
// the journal.
#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/base/IsoDateTime.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/SchedulePlanner.h"
#include "fakes/RawHttpServer.h"
#include "fakes/SandboxFixture.h"
#include "http/QtHttpEngine.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDraftSession final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture sandbox;
    std::unique_ptr<CloseClient> client;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<DraftJournal> journal;

    QJsonObject lastPutBody() const
    {
        for (int i = client->requestLog()->size() - 1; i >= 0; --i) {
            const Exchange &e = client->requestLog()->at(i);
            if (e.method == "PUT")
                return QJsonDocument::fromJson(e.requestBody).object();
        }
        return {};
    }
    // Someone else edits the email in Close.
    void editOnServer(const QString &id, const QJsonObject &changes)
    {
        QCOMPARE(sandbox.changeInClose(id, changes), 200);
    }

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=false"); }
    void init()
    {
        QVERIFY(sandbox.start(60));
        client = sandbox.makeClient();
        dir = std::make_unique<QTemporaryDir>();
        journal = std::make_unique<DraftJournal>(dir->path());
        journal->setDelay(0);
    }
    void cleanup()
    {
        journal.reset();
        dir.reset();
        client.reset();
        sandbox.stop();
    }

    // Read-only fields in shapes Close never promised: the email opens from the sandbox, a body edit
    // saves as body_html + body_text alone, and the odd values are still there byte for byte.
    void readOnlyFieldsInOtherShapesSurviveASave_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("envelope-array") << "envelope" << QJsonValue(QJsonArray {1, "two", QJsonObject {}});
        QTest::newRow("opens-object") << "opens" << QJsonValue(QJsonObject {{"count", 3}});
        QTest::newRow("users-number") << "users" << QJsonValue(7);
        QTest::newRow("thread-id-null") << "thread_id" << QJsonValue(QJsonValue::Null);
        QTest::newRow("body-html-quoted-list")
            << "body_html_quoted"
            << QJsonValue(QJsonArray {QJsonObject {{"html", "<p>x</p>"}, {"expand", true}}});
        QTest::newRow("new-field") << "sentiment_2027" << QJsonValue(QJsonObject {{"score", 0.5}});
    }
    void readOnlyFieldsInOtherShapesSurviveASave()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const QString id = sandbox.firstEmail("draft", true).id();
        QJsonObject stored = *sandbox.store->email(id);
        stored.insert(field, value);
        sandbox.store->putEmail(stored);
        std::optional<ApiResult> answer;
        connect(client->email(id), &ApiCall::finished, this, [&answer](const ApiResult &r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
        const auto parsed = EmailActivity::fromJson(answer->object());
        QVERIFY2(parsed.ok(), qPrintable(parsed.summary()));
        DraftSession session(client.get(), parsed.activity, journal.get());
        session.setBody("<p>New body</p>", "New body");
        QSignalSpy saved(&session, &DraftSession::saved);
        session.save();
        QVERIFY(saved.wait(5000));
        QCOMPARE(lastPutBody().keys(), (QStringList {"body_html", "body_text"}));
        QCOMPARE(sandbox.store->email(id)->value(field), value);
        QCOMPARE(session.original().value(field), value);
    }

    // Instance A saves a change; instance B, holding an unsaved edit, presses Send now: B gets the
    // conflict, nothing of A's is overwritten and nothing goes out.
    void sendChecksForConflictsAsSaveDoes()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession b(client.get(), email, journal.get());
        b.setBody("<p>B's words</p>", "B's words");
        editOnServer(email.id(), {{"subject", "A's subject"}});
        QSignalSpy conflict(&b, &DraftSession::conflict);
        QSignalSpy sent(&b, &DraftSession::sent);
        b.sendNow(QString(), 0);
        QVERIFY(conflict.wait(5000));
        QCOMPARE(sent.count(), 0);
        QVERIFY(lastPutBody().isEmpty()); // no PUT at all
        const QJsonObject stored = *sandbox.store->email(email.id());
        QCOMPARE(stored.value("status").toString(), QStringLiteral("draft"));
        QCOMPARE(stored.value("subject").toString(), QStringLiteral("A's subject"));
        QVERIFY(b.isDirty()); // B's words are kept
        QCOMPARE(b.state(), DraftSession::State::Idle);
    }

    void scheduleChecksForConflictsToo()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession b(client.get(), email, journal.get());
        editOnServer(email.id(), {{"body_text", "changed elsewhere"}});
        QSignalSpy conflict(&b, &DraftSession::conflict);
        b.schedule(QString(), QDateTime::currentDateTimeUtc().addSecs(3600));
        QVERIFY(conflict.wait(5000));
        QCOMPARE(sandbox.store->email(email.id())->value("status").toString(), QStringLiteral("draft"));
    }

    // The answer to a save was lost, but Close has the edit: the read-back says saved (no failure, no
    // conflict), and a later save finds nothing to argue about either.
    void aLostSaveAnswerIsNoFalseConflict()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession session(client.get(), email, journal.get());
        session.setSubject("Saved, answer lost");
        sandbox.server->faults().add(
            {FaultPlan::Fault::DropAfterProcessing, 1, "PUT", "/activity/email/", 0});
        QSignalSpy failed(&session, &DraftSession::saveFailed);
        QSignalSpy conflict(&session, &DraftSession::conflict);
        QSignalSpy saved(&session, &DraftSession::saved);
        session.save();
        QVERIFY(saved.wait(5000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(conflict.count(), 0);
        QCOMPARE(sandbox.store->email(email.id())->value("subject").toString(),
                 QStringLiteral("Saved, answer lost"));
        QVERIFY(!session.isDirty());
        QVERIFY(!journal->entry(email.id()).has_value()); // nothing left to offer back after a restart
        session.setSubject("Saved, answer lost, then more");
        session.save();
        QVERIFY(saved.wait(5000));
        QCOMPARE(conflict.count(), 0);
        QCOMPARE(session.original().subject(), QStringLiteral("Saved, answer lost, then more"));
    }

    // The save never reached Close (dropped before): the read-back finds Close without the edit, so
    // it is a failure, and the edit stays.
    void aSaveThatNeverArrivedIsAFailureThatKeepsTheEdit()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession session(client.get(), email, journal.get());
        session.setSubject("Never arrived");
        sandbox.server->faults().add(
            {FaultPlan::Fault::DropBeforeProcessing, 1, "PUT", "/activity/email/", 0});
        QSignalSpy failed(&session, &DraftSession::saveFailed);
        session.save();
        QVERIFY(failed.wait(5000));
        QVERIFY(session.isDirty());
        QCOMPARE(session.current().subject(), QStringLiteral("Never arrived"));
        QVERIFY(journal->entry(email.id()).has_value());
        QVERIFY(sandbox.store->email(email.id())->value("subject").toString()
                != QStringLiteral("Never arrived"));
    }

    // Someone else changed a field I did not touch: a send rebases on their copy and goes out with
    // their change kept (theirs agrees with mine wherever it changed).
    void aSendAfterAnUnrelatedChangeIsNoConflictWhenMineAgrees()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession session(client.get(), email, journal.get());
        session.setSubject("Both wrote this");
        editOnServer(email.id(), {{"subject", "Both wrote this"}});
        QSignalSpy sent(&session, &DraftSession::sent);
        QSignalSpy conflict(&session, &DraftSession::conflict);
        session.sendNow(QString(), 0);
        QVERIFY(sent.wait(5000));
        QCOMPARE(conflict.count(), 0);
        QVERIFY(!lastPutBody().contains("subject")); // nothing left to change, only the status
        QCOMPARE(lastPutBody().value("status").toString(), QStringLiteral("outbox"));
    }

    // The send's PUT reaches Close twice (a duplicating hop of the tests' own in front of the
    // sandbox): the first goes out, the second is refused "Only drafts can be modified". The user is
    // told what Close has (sent on its way), not the refusal, and there was exactly one send.
    void aDuplicatedSendIsReadBackNotReportedRefused()
    {
        RawHttpServer front;
        QVERIFY(front.start());
        int putsApplied = 0;
        front.respond = [this, &putsApplied](const RawRequest &raw) {
            const SandboxRequest request = SandboxFixture::toSandbox(raw);
            SandboxResponse response = sandbox.server->api().handle(request);
            if (raw.method == "PUT") {
                putsApplied += response.status == 200 ? 1 : 0;
                response = sandbox.server->api().handle(request); // the duplicate, answered last
                putsApplied += response.status == 200 ? 1 : 0;
            }
            return SandboxFixture::serialize(response);
        };
        CloseClient viaFront(sandbox.http.get());
        viaFront.setBaseUrl(QUrl(QString::fromLatin1(front.base()) + "/api/v1"));
        viaFront.setApiKey("k");
        viaFront.retryPolicy().maxAttempts = 1;
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession session(&viaFront, email, journal.get());
        QSignalSpy failed(&session, &DraftSession::sendFailed);
        session.sendNow(QString(), 30);
        QVERIFY(failed.wait(5000));
        QCOMPARE(putsApplied, 1);
        const auto copy = failed.first().at(1).value<std::optional<EmailActivity>>();
        QVERIFY(copy.has_value());
        QCOMPARE(copy->status(), EmailStatus::Outbox);
        QCOMPARE(session.original().status(), EmailStatus::Outbox); // the truth from now on
        QCOMPARE(sandbox.store->email(email.id())->value("status").toString(), QStringLiteral("outbox"));
    }

    void savesExactlyWhatChanged()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession session(client.get(), email, journal.get());
        QSignalSpy dirty(&session, &DraftSession::dirtyChanged);
        QVERIFY(!session.isDirty());
        session.setSubject("New subject 👋");
        session.setCc({"\"Doe, Jane\" <jane@example.com>"});
        QVERIFY(session.isDirty());
        QCOMPARE(dirty.count(), 1);
        QCOMPARE(journal->entries().size(), 1);
        QSignalSpy saved(&session, &DraftSession::saved);
        sandbox.clock->advance(1000);
        session.save();
        QVERIFY(saved.wait(5000));
        QCOMPARE(lastPutBody(),
                 (QJsonObject {{"subject", "New subject 👋"},
                               {"cc", QJsonArray {"\"Doe, Jane\" <jane@example.com>"}}}));
        QCOMPARE(sandbox.store->email(email.id())->value("subject").toString(),
                 QString::fromUtf8("New subject 👋"));
        QVERIFY(!session.isDirty());
        QCOMPARE(session.original().dateUpdated(), sandbox.clock->now()); // the answer is the new original
        QVERIFY(journal->entries().isEmpty());
        QCOMPARE(dirty.count(), 2);
    }

    void invalidInputBlocksTheSave()
    {
        DraftSession session(client.get(), sandbox.firstEmail("draft", true), journal.get());
        session.setTo({"jane at example"});
        QVERIFY(session.validation().fieldErrors.contains("to"));
        QSignalSpy failed(&session, &DraftSession::saveFailed);
        const int requests = client->requestLog()->size();
        session.save();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().fieldErrors.keys(), QStringList {"to"});
        QCOMPARE(client->requestLog()->size(), requests); // nothing went out
        QCOMPARE(journal->entries().size(), 1); // and nothing is lost
    }

    void aChangeInCloseIsAConflict()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession session(client.get(), email, journal.get());
        session.setSubject("Mine");
        editOnServer(email.id(), {{"subject", "Theirs"}});
        QSignalSpy conflict(&session, &DraftSession::conflict);
        session.save();
        QVERIFY(conflict.wait(5000));
        QCOMPARE(conflict.first().first().value<EmailActivity>().subject(), QStringLiteral("Theirs"));
        QVERIFY(conflict.first().at(1).toString().contains("changed"));
        QCOMPARE(sandbox.store->email(email.id())->value("subject").toString(),
                 QStringLiteral("Theirs")); // untouched
        QCOMPARE(session.current().subject(), QStringLiteral("Mine"));
        // Keep mine: goes over theirs, on purpose.
        QSignalSpy saved(&session, &DraftSession::saved);
        session.keepMine();
        QVERIFY(saved.wait(5000));
        QCOMPARE(sandbox.store->email(email.id())->value("subject").toString(), QStringLiteral("Mine"));
    }

    void takeTheirsDropsMine()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession session(client.get(), email, journal.get());
        session.setSubject("Mine");
        editOnServer(email.id(), {{"subject", "Theirs"}});
        QSignalSpy conflict(&session, &DraftSession::conflict);
        session.save();
        QVERIFY(conflict.wait(5000));
        session.takeTheirs();
        QCOMPARE(session.current().subject(), QStringLiteral("Theirs"));
        QVERIFY(!session.isDirty());
        QVERIFY(journal->entries().isEmpty());
    }

    void sentElsewhereIsAConflictToo()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession session(client.get(), email, journal.get());
        session.setSubject("Too late");
        editOnServer(email.id(), {{"status", "outbox"}});
        QSignalSpy conflict(&session, &DraftSession::conflict);
        session.save();
        QVERIFY(conflict.wait(5000));
        QVERIFY(conflict.first().at(1).toString().contains("no longer a draft"));
        QSignalSpy failed(&session, &DraftSession::saveFailed);
        session.keepMine(); // cannot: it is not a draft
        QCOMPARE(failed.count(), 1);
        QCOMPARE(session.current().subject(), QStringLiteral("Too late")); // still there to copy
    }

    void aFailedSaveKeepsEverything()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession session(client.get(), email, journal.get());
        session.setSubject("Kept through a 500");
        sandbox.server->faults().add({FaultPlan::Fault::ServerError, 1, "PUT", {}, 500});
        QSignalSpy failed(&session, &DraftSession::saveFailed);
        session.save();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 500);
        QVERIFY(session.isDirty());
        QCOMPARE(session.current().subject(), QStringLiteral("Kept through a 500"));
        QCOMPARE(journal->entry(email.id())->edits.value("subject").toString(),
                 QStringLiteral("Kept through a 500"));
        // Offline altogether: same.
        sandbox.server.reset();
        QSignalSpy failedAgain(&session, &DraftSession::saveFailed);
        session.save();
        QVERIFY(failedAgain.wait(5000));
        QCOMPARE(failedAgain.first().first().value<ApiError>().kind, ApiError::Kind::Network);
        QVERIFY(session.isDirty());
    }

    int putCount() const
    {
        int count = 0;
        for (int i = 0; i < client->requestLog()->size(); ++i)
            count += client->requestLog()->at(i).method == "PUT" ? 1 : 0;
        return count;
    }

    void theSenderRuleHoldsTheSend()
    {
        DraftSession session(client.get(), sandbox.firstEmail("draft", false), journal.get());
        QSignalSpy failed(&session, &DraftSession::sendFailed);
        session.sendNow(QString(), 10);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().fieldErrors.value("sender"),
                 QStringLiteral("This field is required."));
        QCOMPARE(putCount(), 0); // checked before any PUT
    }

    void sendNowIsOnePutWithSenderStatusAndDelay()
    {
        const EmailActivity email = sandbox.firstEmail("draft", false);
        DraftSession session(client.get(), email, journal.get());
        session.setSubject("Edited just before sending");
        const QString sender = "\"Anna Krause\" <anna.krause@northwind.example>";
        QSignalSpy sent(&session, &DraftSession::sent);
        session.sendNow(sender, 10);
        session.sendNow(sender, 10); // a second click while the first is under way does nothing
        QVERIFY(sent.wait(5000));
        QCOMPARE(putCount(), 1);
        QCOMPARE(lastPutBody(),
                 (QJsonObject {{"subject", "Edited just before sending"},
                               {"sender", sender},
                               {"status", "outbox"},
                               {"send_in", 10}}));
        QCOMPARE(session.original().status(), EmailStatus::Outbox);
        QVERIFY(!session.isEditable());
        QVERIFY(journal->entries().isEmpty());
    }

    void scheduleSendsUtc()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession session(client.get(), email, journal.get());
        const QDateTime when = SchedulePlanner::toUtc(sandbox.clock->now().date().addDays(2), QTime(8, 0),
                                                      QTimeZone("Europe/Berlin"));
        QSignalSpy sent(&session, &DraftSession::sent);
        session.schedule(QString(), when, when.date().addDays(3));
        QVERIFY(sent.wait(5000));
        QCOMPARE(lastPutBody(),
                 (QJsonObject {{"status", "scheduled"},
                               {"date_scheduled", IsoDateTime::format(when)},
                               {"followup_date", when.date().addDays(3).toString(Qt::ISODate)}}));
        QCOMPARE(session.original().status(), EmailStatus::Scheduled);
        QCOMPARE(session.original().dateScheduled(), when);
        // It turns sent at its time.
        sandbox.clock->set(when);
        sandbox.server->api().processDueSends();
        QCOMPARE(sandbox.store->email(email.id())->value("status").toString(), QStringLiteral("sent"));
    }

    void undoWithinTheDelayWins()
    {
        DraftSession session(client.get(), sandbox.firstEmail("draft", true), journal.get());
        QSignalSpy sent(&session, &DraftSession::sent);
        session.sendNow(QString(), 10);
        QVERIFY(sent.wait(5000));
        sandbox.clock->advance(4000);
        QSignalSpy undone(&session, &DraftSession::unscheduled);
        session.unschedule();
        QVERIFY(undone.wait(5000));
        QCOMPARE(session.original().status(), EmailStatus::Draft);
        QVERIFY(session.isEditable());
    }

    void undoAfterItWentIsReportedAsSuch()
    {
        DraftSession session(client.get(), sandbox.firstEmail("draft", true), journal.get());
        QSignalSpy sent(&session, &DraftSession::sent);
        session.sendNow(QString(), 5);
        QVERIFY(sent.wait(5000));
        sandbox.clock->advance(6000); // the delay is over: it is out
        QSignalSpy late(&session, &DraftSession::tooLateToUnschedule);
        session.unschedule();
        QVERIFY(late.wait(5000));
        QCOMPARE(late.first().first().value<EmailActivity>().status(), EmailStatus::Sent);
        QCOMPARE(session.original().status(), EmailStatus::Sent);
    }

    void aDroppedSendIsNotSentTwice()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession session(client.get(), email, journal.get());
        sandbox.server->faults().add({FaultPlan::Fault::DropAfterProcessing, -1, "PUT", {}, 0});
        QSignalSpy failed(&session, &DraftSession::sendFailed);
        session.sendNow(QString(), 30);
        QVERIFY(failed.wait(5000));
        QCOMPARE(putCount(), 1);
        const auto copy = failed.first().at(1).value<std::optional<EmailActivity>>();
        QVERIFY(copy.has_value());
        QCOMPARE(copy->status(), EmailStatus::Outbox); // it went out; the app says so
        QCOMPARE(session.original().status(), EmailStatus::Outbox);
        QCOMPARE(sandbox.server->faults().log().size(), 1); // the server saw exactly one PUT
    }

    void journalEditsComeBack()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        {
            DraftSession session(client.get(), email, journal.get());
            session.setBody("<p>Typed before the crash</p>", "Typed before the crash");
        } // the editor goes away unsaved
        DraftJournal reopened(dir->path());
        const auto entry = reopened.entry(email.id());
        QVERIFY(entry.has_value());
        DraftSession restored(client.get(), email, &reopened);
        restored.applyEdits(entry->edits);
        QCOMPARE(restored.current().bodyText(), QStringLiteral("Typed before the crash"));
        QCOMPARE(restored.changes().fields(), (QStringList {"body_html", "body_text"}));
    }
};

QTEST_GUILESS_MAIN(TestDraftSession)
#include "tst_draftsession.moc"
