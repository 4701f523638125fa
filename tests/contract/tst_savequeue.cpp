// Saves made while Close could not be reached, against the sandbox: they wait in the store in order,
// go out once each when Close is back (also when the answer to one is lost), never over a newer copy
// in Close, and a send is never queued. And two instances on one organisation: one saves, the other
// sees it within one sync.
#include "core/api/CloseClient.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "core/store/EmailStore.h"
#include "core/sync/EventLogSync.h"
#include "core/sync/SaveQueue.h"
#include "fakes/SandboxFixture.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSaveQueue final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture sandbox;
    std::unique_ptr<CloseClient> client;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<DraftJournal> journal;
    std::unique_ptr<EmailStore> store;
    std::unique_ptr<Drafts> drafts;
    std::unique_ptr<SaveQueue> queue;

    // Every request to Close fails as if the network were gone (the connection closes unanswered).
    void goOffline()
    {
        sandbox.server->faults().add({FaultPlan::Fault::DropBeforeProcessing, -1, {}, {}, 0});
    }
    void comeBack() { sandbox.server->faults().clear(); }
    // Edits a draft in a session of its own and saves; returns whether the save was queued.
    bool editAndSave(const EmailActivity &draft, const QString &subject)
    {
        DraftSession *session = drafts->open(draft);
        session->setSubject(subject);
        QSignalSpy queued(drafts.get(), &Drafts::saveQueued);
        QSignalSpy saved(session, &DraftSession::saved);
        session->save();
        const bool settled = QTest::qWaitFor([&] { return !queued.isEmpty() || !saved.isEmpty(); }, 10000);
        drafts->close(session);
        return settled && !queued.isEmpty();
    }
    QList<EmailActivity> someDrafts(int count)
    {
        QList<EmailActivity> found;
        for (const QString &id : sandbox.store->orderedEmailIds()) {
            const QJsonObject &e = *sandbox.store->email(id);
            if (e.value(u"status").toString() == QLatin1String("draft"))
                found.append(EmailActivity::fromJson(e).activity);
            if (found.size() == count)
                break;
        }
        return found;
    }
    // A new draft for this lead while Close cannot be reached: written here, announced as created.
    EmailActivity writeOffline(const QString &lead)
    {
        QSignalSpy created(drafts.get(), &Drafts::emailCreated);
        drafts->createDraft(lead, {}, {QStringLiteral("jane@example.com")}, {});
        if (!QTest::qWaitFor([&] { return !created.isEmpty(); }, 10000))
            return {};
        return created.at(0).at(0).value<EmailActivity>();
    }
    // Sends what waits and lets the queue finish; the first sentence it said (empty: none in 10 s).
    QString flushAndSettle()
    {
        QSignalSpy notices(queue.get(), &SaveQueue::notice);
        queue->flush();
        if (!QTest::qWaitFor([&] { return !notices.isEmpty(); }, 10000))
            return {};
        // Whether it finished is for the test to check.
        static_cast<void>(QTest::qWaitFor([&] { return !queue->isFlushing(); }, 5000));
        return notices.at(0).at(0).toString();
    }
    // Requests of this method that Close answered.
    int requests(const char *method) const
    {
        int n = 0;
        for (int i = 0; i < client->requestLog()->size(); ++i)
            n += client->requestLog()->at(i).method == method && client->requestLog()->at(i).status != 0;
        return n;
    }
    int putsTo(const QString &id, int status = 200) const
    {
        int n = 0;
        for (int i = 0; i < client->requestLog()->size(); ++i) {
            const Exchange &e = client->requestLog()->at(i);
            n += e.method == "PUT" && e.url.path().endsWith(id + QLatin1Char('/')) && e.status == status;
        }
        return n;
    }

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=false"); }
    void init()
    {
        QVERIFY(sandbox.start(200));
        client = sandbox.makeClient();
        dir = std::make_unique<QTemporaryDir>();
        journal = std::make_unique<DraftJournal>(dir->path());
        journal->setDelay(0);
        store = std::make_unique<EmailStore>();
        drafts = std::make_unique<Drafts>(client.get(), journal.get());
        drafts->setQueue(store.get());
        queue = std::make_unique<SaveQueue>(drafts.get());
    }
    void cleanup()
    {
        queue.reset();
        drafts.reset();
        store.reset();
        journal.reset();
        dir.reset();
        client.reset();
        sandbox.stop();
    }

    void savesWaitInOrderAndGoOutOnceEach()
    {
        const QList<EmailActivity> three = someDrafts(3);
        goOffline();
        QVERIFY(editAndSave(three.at(1), "Second email, first edit"));
        QVERIFY(editAndSave(three.at(0), "First email"));
        QVERIFY(editAndSave(three.at(1), "Second email, second edit")); // keeps its place
        QCOMPARE(store->queuedSaveCount(), 2);
        QCOMPARE(store->queuedSaves().at(0).base.id(), three.at(1).id());
        QCOMPARE(store->queuedSaves().at(0).changes.value("subject").toString(),
                 QStringLiteral("Second email, second edit"));
        QCOMPARE(store->queuedSaves().at(0).base.dateUpdated(), three.at(1).dateUpdated());
        // Still away: a flush leaves everything waiting.
        queue->flush();
        QTRY_VERIFY(!queue->isFlushing());
        QCOMPARE(store->queuedSaveCount(), 2);

        comeBack();
        QSignalSpy drained(queue.get(), &SaveQueue::drained);
        queue->flush();
        QTRY_COMPARE_WITH_TIMEOUT(store->queuedSaveCount(), 0, 10000);
        QTRY_COMPARE(drained.size(), 1); // then a sync brings the store up to date (Session)
        QCOMPARE(sandbox.store->email(three.at(1).id())->value("subject").toString(),
                 QStringLiteral("Second email, second edit"));
        QCOMPARE(sandbox.store->email(three.at(0).id())->value("subject").toString(),
                 QStringLiteral("First email"));
        QCOMPARE(putsTo(three.at(0).id()), 1);
        QCOMPARE(putsTo(three.at(1).id()), 1);
        QVERIFY(!journal->entry(three.at(0).id()).has_value());
        // In the order they were made: the second email's PUT went first.
        qsizetype first = -1, second = -1;
        for (qsizetype i = 0; i < client->requestLog()->size(); ++i) {
            const Exchange &e = client->requestLog()->at(i);
            if (e.method == "PUT" && e.status == 200)
                (e.url.path().contains(three.at(1).id()) ? second : first) = i;
        }
        QVERIFY(second < first);
    }

    void aLostAnswerDoesNotSaveTwice()
    {
        const EmailActivity draft = someDrafts(1).constFirst();
        goOffline();
        QVERIFY(editAndSave(draft, "Once"));
        comeBack();
        // The PUT is done by Close, but its answer never arrives: the read-back settles it.
        sandbox.server->faults().add({FaultPlan::Fault::DropAfterProcessing, 1, "PUT", {}, 0});
        queue->flush();
        QTRY_COMPARE_WITH_TIMEOUT(store->queuedSaveCount(), 0, 10000);
        QCOMPARE(sandbox.store->email(draft.id())->value("subject").toString(), QStringLiteral("Once"));
        int puts = 0;
        for (int i = 0; i < client->requestLog()->size(); ++i)
            puts += client->requestLog()->at(i).method == "PUT";
        QCOMPARE(puts, 1);
    }

    void aQueuedSaveNeverOverwritesANewerCopy()
    {
        const EmailActivity draft = someDrafts(1).constFirst();
        goOffline();
        QVERIFY(editAndSave(draft, "Mine, from the train"));
        comeBack();
        QCOMPARE(sandbox.colleagueChanges(draft.id(), {{"subject", "Theirs, meanwhile"}}), 200);
        QSignalSpy conflict(queue.get(), &SaveQueue::conflictWaiting);
        QSignalSpy shown(drafts.get(), &Drafts::emailChanged);
        queue->flush();
        QTRY_COMPARE_WITH_TIMEOUT(conflict.size(), 1, 10000);
        QCOMPARE(conflict.at(0).at(0).toString(), draft.id());
        QCOMPARE(sandbox.store->email(draft.id())->value("subject").toString(),
                 QStringLiteral("Theirs, meanwhile"));
        QCOMPARE(putsTo(draft.id()), 0);
        QVERIFY(journal->entry(draft.id()).has_value()); // what was typed stays, for the user to choose
        QCOMPARE(store->queuedSaveCount(), 0);
        // The list showed it as saved while it waited; now it shows what Close has.
        QVERIFY(!shown.isEmpty());
        QCOMPARE(shown.constLast().at(0).value<EmailActivity>().subject(),
                 QStringLiteral("Theirs, meanwhile"));
    }

    // Close refuses a save that waited (QA turned the rules off and wrote an address Close does not
    // take): said, out of the line, the list back to Close's copy, and what was typed still there.
    void aRefusedQueuedSaveShowsClosesCopyAgain()
    {
        const EmailActivity draft = someDrafts(1).constFirst();
        goOffline();
        DraftSession *session = drafts->open(draft);
        session->setEnforceRules(false);
        session->setSubject(QStringLiteral("Mine, from the train"));
        session->setTo({QStringLiteral("not an address")});
        QSignalSpy queued(drafts.get(), &Drafts::saveQueued);
        QSignalSpy shown(drafts.get(), &Drafts::emailChanged);
        session->save();
        QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 1, 10000);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).value<EmailActivity>().subject(), QStringLiteral("Mine, from the train"));
        comeBack();
        const QString said = flushAndSettle();
        QVERIFY2(said.contains("was not saved"), qPrintable(said));
        QVERIFY(!queue->isFlushing());
        QCOMPARE(store->queuedSaveCount(), 0);
        QCOMPARE(putsTo(draft.id()), 0);
        QCOMPARE(putsTo(draft.id(), 400), 1); // Close's refusal, not a check here
        QCOMPARE(sandbox.store->email(draft.id())->value("subject").toString(), draft.subject());
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(1).at(0).value<EmailActivity>().subject(), draft.subject());
        QCOMPARE(session->current().subject(), QStringLiteral("Mine, from the train"));
        QVERIFY(journal->entry(draft.id()).has_value());
        drafts->close(session);
    }

    // A colleague deleted it while its save waited: said, out of the line, and the list is not given
    // the old copy back (the event log's deletion takes the row away); what was typed stays.
    void aQueuedSaveOfAnEmailDeletedMeanwhileBringsNothingBack()
    {
        const EmailActivity draft = someDrafts(1).constFirst();
        goOffline();
        QSignalSpy shown(drafts.get(), &Drafts::emailChanged);
        QVERIFY(editAndSave(draft, "Mine, from the train"));
        QCOMPARE(shown.size(), 1); // as saved, while it waits
        comeBack();
        QCOMPARE(sandbox.colleagueChanges(draft.id(), {}), 200); // deleted
        const QString said = flushAndSettle();
        QVERIFY2(said.contains("was not saved"), qPrintable(said));
        QVERIFY(!queue->isFlushing());
        QCOMPARE(store->queuedSaveCount(), 0);
        QCOMPARE(shown.size(), 1);
        QVERIFY(journal->entry(draft.id()).has_value());
    }

    void aSendIsNeverQueued()
    {
        const EmailActivity draft = sandbox.firstEmail("draft", true);
        goOffline();
        DraftSession *session = drafts->open(draft);
        QSignalSpy failed(session, &DraftSession::sendFailed);
        session->sendNow(draft.sender(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(store->queuedSaveCount(), 0);
        drafts->close(session);
        comeBack();
        queue->flush();
        QTRY_VERIFY(!queue->isFlushing());
        QCOMPARE(sandbox.store->email(draft.id())->value("status").toString(), QStringLiteral("draft"));
    }

    // A new draft whose answer is lost was made or not: the lead's newest emails tell, so trying again
    // never leaves two.
    void aLostAnswerToACreateIsSettledByAReadBack_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("made");
        QTest::newRow("made, answer lost") << int(FaultPlan::Fault::DropAfterProcessing) << true;
        QTest::newRow("never made") << int(FaultPlan::Fault::DropBeforeProcessing) << false;
    }
    void aLostAnswerToACreateIsSettledByAReadBack()
    {
        QFETCH(int, fault);
        QFETCH(bool, made);
        const QString lead = sandbox.store->leads.firstKey();
        const qsizetype before = sandbox.store->emailCount();
        sandbox.server->faults().add({FaultPlan::Fault(fault), 1, "POST", {}, 0});
        QSignalSpy created(drafts.get(), &Drafts::emailCreated);
        QSignalSpy failed(drafts.get(), &Drafts::createFailed);
        drafts->createDraft(lead, {}, {QStringLiteral("jane@example.com")}, {});
        QTRY_COMPARE_WITH_TIMEOUT(created.size() + failed.size(), 1, 10000);
        QCOMPARE(sandbox.store->emailCount(), before + (made ? 1 : 0));
        if (made) {
            const QString id = created.at(0).at(0).value<EmailActivity>().id();
            QVERIFY(sandbox.store->email(id));
            QCOMPARE(sandbox.store->email(id)->value("lead_id").toString(), lead);
        } else {
            QVERIFY(!failed.at(0).at(0).value<ApiError>().message.isEmpty());
            // Trying again is safe: one draft.
            drafts->createDraft(lead, {}, {QStringLiteral("jane@example.com")}, {});
            QTRY_COMPARE(created.size(), 1);
            QCOMPARE(sandbox.store->emailCount(), before + 1);
        }
    }

    void aCreateWhoseFateCannotBeLearntSaysSo()
    {
        drafts->setQueue(nullptr); // nowhere to keep it: say so
        goOffline(); // the POST and the look after it both go unanswered
        QSignalSpy failed(drafts.get(), &Drafts::createFailed);
        drafts->createDraft(sandbox.store->leads.firstKey(), {}, {}, {});
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(
            failed.at(0).at(0).value<ApiError>().message.contains("look in the list before you try again"));
    }

    // Written offline: a local draft, in the list and in line; made once when Close is back, and from
    // then on known by Close's id everywhere (the open session saves to it).
    void aNewDraftWrittenOfflineIsMadeOnceWhenCloseIsBack()
    {
        const QString lead = sandbox.store->leads.firstKey();
        const qsizetype before = sandbox.store->emailCount();
        goOffline();
        const EmailActivity local = writeOffline(lead);
        QVERIFY(local.isLocalOnly());
        QVERIFY(store->numberOf(local.id()));
        QCOMPARE(store->queuedSaveCount(), 1);
        QVERIFY(store->queuedSaves().constFirst().isNewDraft());
        DraftSession *session = drafts->open(local);
        session->setSubject(QStringLiteral("Written on the train"));
        QSignalSpy queued(drafts.get(), &Drafts::saveQueued);
        session->save();
        QCOMPARE(queued.size(), 1); // at once: there is nothing in Close to ask
        QCOMPARE(store->queuedSaveCount(), 1); // the same entry, with its edits
        QVERIFY(journal->entry(local.id()).has_value());
        // A send needs Close, and Close does not have it.
        QSignalSpy sendFailed(session, &DraftSession::sendFailed);
        session->sendNow(QStringLiteral("me@example.com"), 0);
        QCOMPARE(sendFailed.size(), 1);

        comeBack();
        QSignalSpy madeInClose(drafts.get(), &Drafts::localDraftCreated);
        QSignalSpy drained(queue.get(), &SaveQueue::drained);
        queue->flush();
        QTRY_COMPARE_WITH_TIMEOUT(drained.size(), 1, 10000);
        QCOMPARE(madeInClose.size(), 1);
        const QString id = madeInClose.at(0).at(1).value<EmailActivity>().id();
        QVERIFY(!EmailActivity::isLocalId(id));
        QCOMPARE(sandbox.store->emailCount(), before + 1);
        QCOMPARE(requests("POST"), 1);
        QCOMPARE(sandbox.store->email(id)->value("subject").toString(),
                 QStringLiteral("Written on the train"));
        QCOMPARE(sandbox.store->email(id)->value("lead_id").toString(), lead);
        QCOMPARE(store->queuedSaveCount(), 0);
        QVERIFY(!store->numberOf(local.id()));
        QVERIFY(store->numberOf(id));
        QVERIFY(!journal->entry(local.id()).has_value());
        QVERIFY(!journal->entry(id).has_value()); // saved: nothing left unsaved
        // The open session is the same one, now on Close's id: a save goes to it.
        QCOMPARE(drafts->find(id), session);
        QCOMPARE(session->original().id(), id);
        session->setSubject(QStringLiteral("Written on the train, and after"));
        QSignalSpy saved(session, &DraftSession::saved);
        session->save();
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(sandbox.store->email(id)->value("subject").toString(),
                 QStringLiteral("Written on the train, and after"));
        drafts->close(session);
        QCOMPARE(sandbox.store->emailCount(), before + 1); // closing a saved draft keeps it
    }

    // The answer to a queued create is lost, and Close goes away again before it could be looked for:
    // the draft keeps its place, and the next flush finds it instead of making a second.
    void aLostAnswerToAQueuedCreateLeavesOneDraft()
    {
        const QString lead = sandbox.store->leads.firstKey();
        const qsizetype before = sandbox.store->emailCount();
        goOffline();
        const EmailActivity local = writeOffline(lead);
        comeBack();
        sandbox.server->faults().add({FaultPlan::Fault::DropAfterProcessing, 1, "POST", {}, 0});
        // The moment the POST ends unanswered, the network goes (so the look after it fails too).
        QObject offlineAgain;
        connect(client->requestLog(), &QAbstractItemModel::dataChanged, &offlineAgain,
                [this](const QModelIndex &topLeft) {
                    const Exchange &e = client->requestLog()->at(topLeft.row());
                    if (e.method == "POST" && e.status == 0 && !e.isPending())
                        goOffline();
                });
        queue->flush();
        QTRY_VERIFY_WITH_TIMEOUT(!queue->isFlushing(), 10000);
        QCOMPARE(sandbox.store->emailCount(), before + 1); // Close made it
        QCOMPARE(store->queuedSaveCount(), 1); // but that is not known here yet
        QVERIFY(store->numberOf(local.id()));

        comeBack();
        QSignalSpy drained(queue.get(), &SaveQueue::drained);
        queue->flush();
        QTRY_COMPARE_WITH_TIMEOUT(drained.size(), 1, 10000);
        QCOMPARE(sandbox.store->emailCount(), before + 1); // found, not made again
        QCOMPARE(requests("POST"), 0); // the one POST that reached Close went unanswered
        QCOMPARE(store->queuedSaveCount(), 0);
        QVERIFY(!store->numberOf(local.id()));
    }

    // A session that knows it is offline writes the draft here at once: no request that would only wait
    // for its timeout. It is made when Close is back, as any other.
    void aKnownOfflineSessionWritesTheDraftAtOnce()
    {
        const qsizetype before = sandbox.store->emailCount();
        drafts->setCloseAway(true);
        QSignalSpy created(drafts.get(), &Drafts::emailCreated);
        drafts->createDraft(sandbox.store->leads.firstKey(), {}, {QStringLiteral("jane@example.com")}, {});
        QCOMPARE(created.size(), 1); // before any event is handled
        QVERIFY(created.at(0).at(0).value<EmailActivity>().isLocalOnly());
        QCOMPARE(client->requestLog()->size(), 0);
        drafts->setCloseAway(false);
        QSignalSpy drained(queue.get(), &SaveQueue::drained);
        queue->flush();
        QTRY_COMPARE_WITH_TIMEOUT(drained.size(), 1, 10000);
        QCOMPARE(sandbox.store->emailCount(), before + 1);
    }

    // Two alike written offline are two drafts: the look for the second does not take the first.
    void twoAlikeWrittenOfflineAreTwoDrafts()
    {
        const QString lead = sandbox.store->leads.firstKey();
        const qsizetype before = sandbox.store->emailCount();
        goOffline();
        writeOffline(lead);
        writeOffline(lead);
        QCOMPARE(store->queuedSaveCount(), 2);
        comeBack();
        // Each POST is made and its answer lost: each look must find its own.
        sandbox.server->faults().add({FaultPlan::Fault::DropAfterProcessing, 2, "POST", {}, 0});
        QSignalSpy madeInClose(drafts.get(), &Drafts::localDraftCreated);
        queue->flush();
        QTRY_COMPARE_WITH_TIMEOUT(madeInClose.size(), 2, 10000);
        QCOMPARE(sandbox.store->emailCount(), before + 2);
        QVERIFY(madeInClose.at(0).at(1).value<EmailActivity>().id()
                != madeInClose.at(1).at(1).value<EmailActivity>().id());
        QCOMPARE(store->queuedSaveCount(), 0);
    }

    // Close refuses it (its lead is gone): said, out of the line, and still here to copy or delete.
    void aRefusedQueuedCreateIsSaidAndKept()
    {
        goOffline();
        const EmailActivity local = writeOffline(QStringLiteral("lead_gone_meanwhile"));
        comeBack();
        const QString said = flushAndSettle();
        QVERIFY2(said.contains("was not made in Close"), qPrintable(said));
        QVERIFY(!queue->isFlushing());
        QCOMPARE(store->queuedSaveCount(), 0);
        QVERIFY(store->numberOf(local.id()));
        QCOMPARE(requests("POST"), 1);
        // Deleting it asks nothing of Close.
        QSignalSpy deleted(drafts.get(), &Drafts::emailDeleted);
        QVERIFY(drafts->deleteDraft(local));
        QCOMPARE(deleted.size(), 1);
        QVERIFY(!store->numberOf(local.id()));
        QCOMPARE(requests("DELETE"), 0);
    }

    void aSecondInstanceSeesTheSaveWithinOneSync()
    {
        // Instance B: its own client, store and sync, following the log.
        std::unique_ptr<CloseClient> otherClient = sandbox.makeClient();
        EmailStore otherStore;
        Drafts otherDrafts(otherClient.get(), nullptr);
        EventLogSync otherSync(otherClient.get(), &otherDrafts);
        otherSync.setStore(&otherStore);
        otherSync.begin();
        // Instance A saves.
        const EmailActivity draft = someDrafts(1).constFirst();
        DraftSession *session = drafts->open(draft);
        session->setSubject(QStringLiteral("Saved by instance A"));
        QSignalSpy saved(session, &DraftSession::saved);
        session->save();
        QTRY_COMPARE(saved.size(), 1);
        drafts->close(session);
        QSignalSpy synced(&otherSync, &EventLogSync::synced);
        otherSync.syncNow();
        QTRY_COMPARE(synced.size(), 1);
        const auto number = otherStore.numberOf(draft.id());
        QVERIFY(number);
        QCOMPARE(QString::fromUtf8(otherStore.rows({*number}).value(*number).subject()),
                 QStringLiteral("Saved by instance A"));
    }
};

QTEST_GUILESS_MAIN(TestSaveQueue)
#include "tst_savequeue.moc"
