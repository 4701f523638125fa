// DraftSession against the sandbox: the minimal PUT, conflicts, failures that keep every edit, and
// the journal.
#include "CloseClient.h"
#include "DraftJournal.h"
#include "DraftSession.h"
#include "SandboxFixture.h"

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

    EmailActivity loadDraft()
    {
        for (const QString &id : sandbox.store->orderedEmailIds()) {
            const QJsonObject &e = *sandbox.store->email(id);
            if (e.value("status").toString() == "draft" && e.value("sender").isString()
                && e.value("body_html").toString().size() < 10000)
                return EmailActivity::fromJson(e).activity;
        }
        return {};
    }
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

    void savesExactlyWhatChanged()
    {
        const EmailActivity email = loadDraft();
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
        DraftSession session(client.get(), loadDraft(), journal.get());
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
        const EmailActivity email = loadDraft();
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
        const EmailActivity email = loadDraft();
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
        const EmailActivity email = loadDraft();
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
        const EmailActivity email = loadDraft();
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

    void journalEditsComeBack()
    {
        const EmailActivity email = loadDraft();
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
