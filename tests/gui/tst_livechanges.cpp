// Colleagues' changes, as a person at the window sees them: the list and the preview follow within one
// sync without the selection moving; an open editor without edits takes the new copy quietly; one with
// edits shows who changed what before Save, and Keep Mine / Compare… settle it; a draft deleted
// elsewhere turns read-only with the reason; a sync that cannot reach Close says Offline.
#include "MainWindowTest.h"
#include "ui/dialogs/ConflictDialog.h"

class TestLiveChanges final : public MainWindowTest
{
    Q_OBJECT

private:
    // The session follows the event log once the list has answered (its sync point is set).
    void waitUntilFollowing() { QTRY_VERIFY_WITH_TIMEOUT(session->sync()->syncPoint().has_value(), 10000); }
    // What the 30-second timer does: one sync, to its end.
    void oneSync()
    {
        QSignalSpy done(session->sync(), &EventLogSync::synced);
        QSignalSpy failed(session->sync(), &EventLogSync::failed);
        session->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(done.size() + failed.size() > 0, 10000);
    }
    QString cell(int row, int column) const { return table()->model()->index(row, column).data().toString(); }
    DraftEditor *openDraftWithSender(QString *id)
    {
        return openAsDraft(id, [](QJsonObject &draft) {
            draft.insert("sender", "anna.krause@northwind.example");
            draft.insert("body_html", "<p>Hello</p>");
            draft.insert("body_text", "Hello");
        });
    }

private slots:
    void init() { QVERIFY(app.start(200)); }
    void cleanup() { app.stop(); }

    void aColleaguesChangeShowsInTheListAndThePreview()
    {
        connectToSandbox();
        waitForRows();
        waitUntilFollowing();
        // The rep clicks a draft (only drafts can be changed).
        const QString chosen = sandbox.firstEmail("draft").id();
        const int row = session->emails()->rowForId(chosen);
        QVERIFY(row >= 0);
        window->activateWindow();
        table()->scrollTo(table()->model()->index(row, 1));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(table()->model()->index(row, 1)).center());
        QTRY_COMPARE(window->listPanel()->currentId(), chosen);
        PreviewPane *preview = window->listPanel()->preview();
        QTRY_COMPARE(preview->shownId(), chosen);
        QCOMPARE(sandbox.colleagueChanges(chosen, {{"subject", "Renamed by a colleague"}}), 200);
        const QString other
            = table()->model()->index(row == 6 ? 7 : 6, 0).data(EmailListModel::IdRole).toString();
        QCOMPARE(sandbox.colleagueChanges(other, {}), 200); // and deletes another one
        oneSync();
        QTRY_COMPARE(cell(session->emails()->rowForId(chosen), EmailListModel::SubjectColumn),
                     QStringLiteral("Renamed by a colleague"));
        QTRY_VERIFY(label("previewHeader").contains("Renamed by a colleague"));
        QCOMPARE(window->listPanel()->currentId(), chosen); // the selection did not jump
        QCOMPARE(session->emails()->rowForId(other), -1);
    }

    void anEditorWithoutEditsTakesTheNewCopyQuietly()
    {
        QString id;
        DraftEditor *editor = openDraftWithSender(&id);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isBodyReady());
        waitUntilFollowing();
        QCOMPARE(sandbox.colleagueChanges(id, {{"subject", "Their subject"}}), 200);
        oneSync();
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        QTRY_COMPARE(subject->text(), QStringLiteral("Their subject"));
        QVERIFY(!editor->findChild<QWidget *>("changedOnCloseBar")->isVisible());
        editor->close();
    }

    void anEditorWithEditsShowsTheChangeBeforeSave()
    {
        QString id;
        DraftEditor *editor = openDraftWithSender(&id);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isBodyReady());
        waitUntilFollowing();
        // The rep types a new subject.
        editor->activateWindow();
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        subject->setFocus();
        QTest::keyClick(subject, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(subject, "My subject");
        // A colleague rewrites the body meanwhile; F5 in the list.
        QCOMPARE(
            sandbox.colleagueChanges(id, {{"body_text", "Their body"}, {"body_html", "<p>Their body</p>"}}),
            200);
        backToTheListAndPress(Qt::Key_F5);
        auto *bar = editor->findChild<QWidget *>("changedOnCloseBar");
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        const QString said = editor->findChild<QLabel *>("changedOnCloseText")->text();
        QVERIFY2(said.startsWith("Changed on Close by " + sandbox.colleagueName() + " at "),
                 qPrintable(said));
        QVERIFY2(said.endsWith(": body."), qPrintable(said));
        QCOMPARE(subject->text(), QStringLiteral("My subject")); // nothing typed is lost

        // Compare… shows both, field by field; closing it changes nothing.
        QTest::mouseClick(editor->findChild<QPushButton *>("compareTheirsButton"), Qt::LeftButton);
        ConflictDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = editor->findChild<ConflictDialog *>()) != nullptr);
        dialog->reject();
        QCOMPARE(subject->text(), QStringLiteral("My subject"));

        // Keep Mine: one PUT with my subject only, over their body.
        const int puts = int(loggedRequests("PUT", id + "/").size());
        QTest::mouseClick(editor->findChild<QPushButton *>("keepMineButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(store->email(id)->value("subject").toString(), QStringLiteral("My subject"),
                                  10000);
        QCOMPARE(store->email(id)->value("body_text").toString(), QStringLiteral("Their body"));
        const QList<quint64> now = loggedRequests("PUT", id + "/");
        QCOMPARE(now.size(), puts + 1);
        const RequestLog *log = session->client()->requestLog();
        for (qsizetype row = 0; row < log->size(); ++row) {
            if (log->at(row).id == now.constLast())
                QCOMPARE(QJsonDocument::fromJson(log->at(row).requestBody).object().keys(),
                         QStringList {"subject"});
        }
        QVERIFY(!bar->isVisible());
        editor->close();
    }

    void aDraftDeletedElsewhereTurnsReadOnlyWithTheReason()
    {
        QString id;
        DraftEditor *editor = openDraftWithSender(&id);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isBodyReady());
        waitUntilFollowing();
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        subject->setFocus();
        QTest::keyClicks(subject, " typed");
        QCOMPARE(sandbox.colleagueChanges(id, {}), 200);
        oneSync();
        QTRY_VERIFY(subject->isReadOnly());
        QVERIFY(editor->isVisible());
        QVERIFY(subject->text().endsWith(" typed"));
        QVERIFY(editor->findChild<QLabel *>("editorProblem")->text().startsWith("Deleted in Close at "));
        QVERIFY(!editor->findChild<QPushButton *>("saveButton")->isVisible());
        QCOMPARE(session->emails()->rowForId(id), -1);
        editor->close();
    }

    // A new draft is made in Close: offline, the New Draft dialog says so plainly.
    void aSyncThatCannotReachCloseSaysOffline()
    {
        connectToSandbox();
        waitForRows();
        waitUntilFollowing();
        const int rows = table()->model()->rowCount();
        // Every look at the event log now ends with the connection closed, before any answer.
        server->faults().add({FaultPlan::Fault::DropBeforeProcessing, -1, "GET", "event/", 0});
        QSignalSpy failed(session->sync(), &EventLogSync::failed);
        session->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        QTRY_VERIFY2(label("pagingLabel").startsWith("Offline — showing the list from "),
                     qPrintable(label("pagingLabel")));
        QCOMPARE(table()->model()->rowCount(), rows); // the stored list stays
        // Back: the next sync clears it.
        server->faults().clear();
        oneSync();
        QTRY_VERIFY(!label("pagingLabel").startsWith("Offline"));
    }
};

QTEST_MAIN(TestLiveChanges)
#include "tst_livechanges.moc"
