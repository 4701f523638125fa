// The QA workbench in the main window, driven with keys and clicks against the in-process sandbox:
// the network inspector, replay, edit and resend, scenarios and QA mode.
#include "MainWindowTest.h"
#include "ui/common/FileDialogs.h"

#include <QDir>
#include <QInputDialog>
#include <QProcess>

class TestQaWorkbench final : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("tst_qaworkbench"); }
    void init() { initTest(); }
    void cleanup() { cleanupTest(); }

    // Export HAR… asks for a file through FileDialogs (the tests' answer stands in for the dialog), and
    // what lands there is the log as HAR, the key redacted; Cancel writes nothing.
    void exportHarThroughItsButton()
    {
        server->api().setApiKey("secret-key-4711");
        connectToSandbox("secret-key-4711");
        waitForRows();
        QTest::keyClick(window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        NetworkInspector *inspector = window->inspector();
        QTRY_VERIFY(inspector->isVisible());
        QTemporaryDir dir;
        const QString path = dir.filePath("from-the-button.har");
        FileDialogs::setNextAnswer({path});
        QTest::mouseClick(inspector->findChild<QPushButton *>("exportHarButton"), Qt::LeftButton);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray har = file.readAll();
        const QJsonObject log = QJsonDocument::fromJson(har).object().value("log").toObject();
        QVERIFY(log.value("entries").toArray().size() >= 2); // /me/ and the first page, at least
        QVERIFY(!har.contains("secret-key-4711"));
        QVERIFY(!har.contains(QByteArray("secret-key-4711:").toBase64()));
        QVERIFY2(window->statusBar()->currentMessage().startsWith("Exported ")
                     && window->statusBar()->currentMessage().contains(path),
                 qPrintable(window->statusBar()->currentMessage()));

        FileDialogs::setNextAnswer({}); // Cancel
        const QString other = dir.filePath("cancelled.har");
        QTest::mouseClick(inspector->findChild<QPushButton *>("exportHarButton"), Qt::LeftButton);
        QVERIFY(!QFile::exists(other));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {"from-the-button.har"});
    }

    void networkInspectorShowsEverythingButTheKey()
    {
        connectToSandbox("k");
        waitForRows();
        QTest::keyClick(window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        NetworkInspector *inspector = window->inspector();
        QTRY_VERIFY(inspector->isVisible());
        QTableView *log = inspector->table();
        QTRY_VERIFY(log->model()->rowCount() >= 2); // /me/ and the first page, at least
        int listRow = -1;
        for (int row = 0; row < log->model()->rowCount(); ++row) {
            if (log->model()->index(row, RequestLog::PathColumn).data().toString()
                == "/api/v1/activity/email/")
                listRow = row;
        }
        QVERIFY(listRow >= 0);
        log->setCurrentIndex(log->model()->index(listRow, 0));
        const QString request = inspector->findChild<QPlainTextEdit *>("inspectorRequest")->toPlainText();
        QVERIFY(request.contains("Authorization: Basic [redacted]"));
        QVERIFY(inspector->findChild<QPlainTextEdit *>("inspectorResponse")
                    ->toPlainText()
                    .contains("\"has_more\": true"));
        // On the demo the copied line carries the demo's key (no secret) and runs as it is: 200.
        const QString curl = inspector->curlForCurrent();
        QVERIFY2(curl.contains("-u 'k:'"), qPrintable(curl));
        if (!QStandardPaths::findExecutable("curl").isEmpty()) {
            QProcess shell;
            QSignalSpy done(&shell, &QProcess::finished);
            shell.start("sh", {"-c", curl});
            QVERIFY(done.wait(10000)); // the in-process sandbox answers while this waits
            QVERIFY2(shell.readAllStandardOutput().trimmed().endsWith("\n200"),
                     "the copied line did not get 200");
        }
        // Filters: only GETs of /me/
        auto *path = inspector->findChild<QLineEdit *>("inspectorPath");
        QTest::keyClicks(path, "/me/");
        QCOMPARE(log->model()->rowCount(), 1);
        // The HAR opens as JSON and carries no key.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(session->inspector()->exportHar(dir.filePath("s.har"), &error), qPrintable(error));
        QFile har(dir.filePath("s.har"));
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QByteArray bytes = har.readAll();
        QVERIFY(bytes.contains("\"version\": \"1.2\""));
        QVERIFY(!bytes.contains(QByteArray("k:").toBase64()));
    }

    void replayRepeatsALongListQueryAsOne()
    {
        connectToSandbox();
        waitForRows();
        EmailQuery query;
        for (int i = 0; i < 60; ++i)
            query.ids.append(session->emails()->idAt(i));
        query.fields = {"id"};
        RequestLog *log = session->client()->requestLog();
        // Each call's own log entry, looked up by its id: other requests (lead names, the preview)
        // land in the log at the same time.
        const auto finishedEntry = [log](ApiCall *call) -> std::optional<Exchange> {
            bool done = false;
            quint64 id = 0;
            // Read the id as it finishes: the call deletes itself soon after.
            QObject::connect(call, &ApiCall::finished, call, [&done, &id, call] {
                done = true;
                id = call->logId();
            });
            if (!QTest::qWaitFor([&done] { return done; }, 10000))
                return std::nullopt;
            const Exchange *entry = log->find(id);
            return entry ? std::optional<Exchange>(*entry) : std::nullopt;
        };
        const std::optional<Exchange> original = finishedEntry(session->client()->listEmails(query));
        QVERIFY(original);
        QCOMPARE(original->method, QByteArray("POST"));
        QVERIFY(!session->inspector()->replayCouldSend(original->id));
        ApiCall *replayed = session->inspector()->replay(original->id);
        QVERIFY(replayed);
        const std::optional<Exchange> again = finishedEntry(replayed);
        QVERIFY(again);
        QVERIFY(again->id != original->id);
        QCOMPARE(again->status, 200);
        QCOMPARE(again->requestBody, original->requestBody);
        QCOMPARE(again->responseBody, original->responseBody);
        QCOMPARE(store->emailCount(), 250); // nothing was created
    }

    // The inspector opens below the list and leaves it at least half the window.
    void theInspectorLeavesTheListHalfTheWindow()
    {
        connectToSandbox();
        waitForRows();
        window->findChild<QAction *>("inspectorAction")->trigger();
        auto *inspector = window->findChild<NetworkInspector *>();
        QTRY_VERIFY(inspector->isVisible());
        QTRY_VERIFY(inspector->height() >= 150);
        QTRY_VERIFY2(window->listPanel()->height() >= window->height() / 2,
                     qPrintable(QStringLiteral("list %1 of %2, inspector %3 (at least %4)")
                                    .arg(window->listPanel()->height())
                                    .arg(window->height())
                                    .arg(inspector->height())
                                    .arg(inspector->minimumSizeHint().height())));
        QVERIFY(table()->viewport()->height() > 5 * table()->verticalHeader()->defaultSectionSize());
        // And the inspector itself is roomy: a third of the window, eight requests in view at least.
        QVERIFY2(inspector->height() >= window->height() / 3,
                 qPrintable(QString::number(inspector->height())));
        QTableView *requests = inspector->table();
        QVERIFY2(requests->viewport()->height() >= 8 * requests->verticalHeader()->defaultSectionSize(),
                 qPrintable(QString::number(requests->viewport()->height())));
    }

    // Newest first (the order chosen is kept), the selection stays through a filter change, and a
    // request sent from Edit and Resend is shown and selected even when a filter would hide it.
    void theInspectorKeepsOrderAndSelection()
    {
        connectToSandbox();
        waitForRows();
        window->findChild<QAction *>("inspectorAction")->trigger();
        NetworkInspector *inspector = window->inspector();
        QTRY_VERIFY(inspector->isVisible());
        QTableView *log = inspector->table();
        QTRY_VERIFY(log->model()->rowCount() >= 3);
        const auto idAt = [log](int row) {
            return log->model()->index(row, 0).data(RequestLog::ExchangeIdRole).toULongLong();
        };
        QVERIFY(idAt(0) > idAt(1)); // newest first
        // A GET of /me/ selected; the method filter GET keeps it selected and in view.
        int meRow = -1;
        for (int row = 0; row < log->model()->rowCount(); ++row)
            if (log->model()->index(row, RequestLog::PathColumn).data().toString() == "/api/v1/me/")
                meRow = row;
        QVERIFY(meRow >= 0);
        log->setFocus();
        log->selectRow(meRow);
        const quint64 me = inspector->currentExchangeId();
        auto *method = inspector->findChild<QComboBox *>("inspectorMethod");
        method->setCurrentIndex(method->findData("GET"));
        QCOMPARE(inspector->currentExchangeId(), me);
        // Oldest first, chosen by a click on the header, is kept for the next window.
        log->horizontalHeader()->setSortIndicator(RequestLog::TimeColumn, Qt::AscendingOrder);
        QVERIFY(idAt(0) < idAt(1));
        QCOMPARE(QSettings().value("inspector/sortOrder").toInt(), int(Qt::AscendingOrder));
        log->horizontalHeader()->setSortIndicator(RequestLog::TimeColumn, Qt::DescendingOrder);

        // Only 4xx shown; the /me/ GET resent (as Edit and Resend's Send does) answers 200: it is
        // shown and selected all the same, and the inspector says why it is there.
        auto *status = inspector->findChild<QComboBox *>("inspectorStatus");
        method->setCurrentIndex(0);
        status->setCurrentIndex(status->findData(4));
        QCOMPARE(log->model()->rowCount(), 0);
        const qsizetype before = loggedRequests("GET", "/me/").size();
        const std::optional<InspectorServices::EditableRequest> again = session->inspector()->editable(me);
        QVERIFY(again);
        inspector->followNextRequest(*again);
        QVERIFY(session->inspector()->send(*again));
        QTRY_COMPARE(loggedRequests("GET", "/me/").size(), before + 1);
        QTRY_COMPARE(log->model()->rowCount(), 1);
        QCOMPARE(inspector->currentExchangeId(), loggedRequests("GET", "/me/").constLast());
        auto *note = inspector->findChild<QLabel *>("inspectorFilterNote");
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains("although the filters hide it"));
        status->setCurrentIndex(0);
        QVERIFY(!note->isVisible());
    }

    // The inspector is built when first shown; a window whose saved layout had it open shows it
    // again, filled, and one that never opened it has nothing of it but the dock.
    void anInspectorLeftOpenComesBackWithItsContent()
    {
        QVERIFY(!window->findChild<QTableView *>("inspectorTable"));
        connectToSandbox();
        waitForRows();
        window->findChild<QAction *>("inspectorAction")->trigger();
        QTRY_VERIFY(window->inspector()->isVisible());
        window->close(); // saves the layout

        MainWindow reopened(session.get());
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        auto *requests = reopened.findChild<QTableView *>("inspectorTable");
        QVERIFY(requests);
        QTRY_VERIFY(requests->isVisible());
        QVERIFY(requests->model()->rowCount() >= 2); // what was logged before it was built
        QVERIFY(reopened.findChild<QPushButton *>("editResendButton")->isVisible());
    }

    // From a PUT in the inspector: Edit and Resend checks the JSON as it is typed, warns about the
    // email rules, sends the edited request, and the new exchange says what the server did with it.
    // The session saved as a scenario replays green in the scenario dialog.
    void editAndResendThenReplayAsAScenario()
    {
        connectToSandbox();
        waitForRows();
        QString draftId;
        for (const QString &id : store->orderedEmailIds()) {
            if (store->email(id)->value("status").toString() == "draft") {
                draftId = id;
                break;
            }
        }
        QSignalSpy put(session->client()->updateEmail(draftId, {{"subject", "Before QA"}}),
                       &ApiCall::finished);
        QVERIFY(put.wait());
        QTest::keyClick(window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        NetworkInspector *inspector = window->inspector();
        QTRY_VERIFY(inspector->isVisible());
        QTableView *log = inspector->table();
        int putRow = -1;
        for (int row = 0; row < log->model()->rowCount(); ++row) {
            if (log->model()->index(row, RequestLog::MethodColumn).data().toString() == "PUT")
                putRow = row;
        }
        QVERIFY(putRow >= 0);
        log->setCurrentIndex(log->model()->index(putRow, 0));
        auto *changes = inspector->findChild<QPlainTextEdit *>("inspectorServerChanges");
        QVERIFY2(changes->toPlainText().contains("subject: kept as sent"),
                 qPrintable(changes->toPlainText()));

        QTest::mouseClick(inspector->findChild<QPushButton *>("editResendButton"), Qt::LeftButton);
        RequestEditorDialog *editor = nullptr;
        QTRY_VERIFY((editor = inspector->findChild<RequestEditorDialog *>()) != nullptr);
        QCOMPARE(editor->edited().method, "PUT");
        QCOMPARE(editor->edited().path, "activity/email/" + draftId + "/");
        auto *body = editor->findChild<QPlainTextEdit *>("requestBody");
        auto *send = editor->findChild<QPushButton *>("sendEditedButton");
        auto *syntax = editor->findChild<QLabel *>("requestSyntax");
        body->selectAll();
        QTest::keyClicks(body, "{\"subject\": ");
        QVERIFY2(syntax->text().contains("JSON error at line 1"), qPrintable(syntax->text()));
        QVERIFY(!send->isEnabled());
        body->selectAll();
        QTest::keyClicks(body, "{\"subject\": \"Changed in QA\", \"sender\": \"not an address\"}");
        QVERIFY(send->isEnabled());
        auto *warnings = editor->findChild<QLabel *>("requestWarnings");
        QVERIFY2(warnings->text().contains("sender"), qPrintable(warnings->text()));
        body->selectAll();
        QTest::keyClicks(body, "{\"subject\": \"Changed in QA\"}");
        QVERIFY(warnings->isHidden());
        const QString draftPath = "/activity/email/" + draftId + "/";
        const qsizetype before = loggedRequests("PUT", draftPath).size();
        sandbox.clock->advance(2000); // a later write: Close stamps a new date_updated
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE(store->email(draftId)->value("subject").toString(), "Changed in QA");
        QTRY_COMPARE(loggedRequests("PUT", draftPath).size(), before + 1);
        QTRY_VERIFY2(changes->toPlainText().contains("date_updated: set by the server"),
                     qPrintable(changes->toPlainText()));
        QVERIFY(changes->toPlainText().contains("subject: kept as sent"));
        QTRY_VERIFY(inspector->findChild<QPlainTextEdit *>("inspectorRequest")
                        ->toPlainText()
                        .contains("Changed in QA"));

        // The two PUTs as a scenario, replayed in the dialog: both pass.
        log->clearSelection();
        QList<Exchange> exchanges;
        for (int row = 0; row < session->client()->requestLog()->size(); ++row)
            if (session->client()->requestLog()->at(row).method == "PUT")
                exchanges.append(session->client()->requestLog()->at(row));
        const Scenario scenario = Scenario::record("QA", exchanges, session->client()->baseUrl());
        QCOMPARE(scenario.steps.size(), 2);
        ScenarioDialog replay(session->client(), scenario);
        replay.show();
        QTest::mouseClick(replay.findChild<QPushButton *>("scenarioRunAllButton"), Qt::LeftButton);
        auto *summary = replay.findChild<QLabel *>("scenarioSummary");
        QTRY_COMPARE_WITH_TIMEOUT(summary->text(), QStringLiteral("Every step passed."), 10000);
        QCOMPARE(replay.table()->item(1, 3)->text(), QStringLiteral("pass"));
    }

    // Save as Scenario: one row left selected by Copy as curl, of several shown, is a question; the
    // answer decides, and the status bar says how many steps went where, from which rows.
    void saveAsScenarioSaysWhatItSaved()
    {
        connectToSandbox();
        waitForRows();
        QTest::keyClick(window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        NetworkInspector *inspector = window->inspector();
        QTRY_VERIFY(inspector->isVisible());
        QTableView *log = inspector->table();
        QTRY_VERIFY(log->model()->rowCount() >= 2);
        // Start-up's requests (lead names) answered: the log holds still while the test saves.
        RequestLog *requests = session->client()->requestLog();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < requests->size(); ++row)
                    if (requests->at(row).isPending())
                        return false;
                return true;
            }(),
            10000);
        const int shown = log->model()->rowCount();
        log->selectRow(0);
        QTest::mouseClick(inspector->findChild<QPushButton *>("copyCurlButton"), Qt::LeftButton);
        QVERIFY2(window->statusBar()->currentMessage().startsWith("Copied a curl command for GET /api/v1/"),
                 qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(window->statusBar()->currentMessage().contains("demo's key"));

        QTemporaryDir dir;
        const auto saveAs = [&](const QString &file, QMessageBox::StandardButton answer) {
            MessageBox::setNextAnswer(answer); // the question about the one selected row
            QTimer::singleShot(0, window.get(), [] {
                auto *name = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                if (name) {
                    name->setTextValue("Start-up");
                    name->accept();
                }
            });
            FileDialogs::setNextAnswer({dir.filePath(file)});
            QTest::mouseClick(inspector->findChild<QPushButton *>("saveScenarioButton"), Qt::LeftButton);
        };
        saveAs("all.json", QMessageBox::No); // all shown
        QString error;
        std::optional<Scenario> all = Scenario::load(dir.filePath("all.json"), &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->steps.size(), shown);
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("Saved %1 steps from all %1 shown rows to %2.")
                     .arg(shown)
                     .arg(dir.filePath("all.json")));

        log->selectRow(0);
        saveAs("one.json", QMessageBox::Yes); // only the selected one
        std::optional<Scenario> one = Scenario::load(dir.filePath("one.json"), &error);
        QVERIFY2(one, qPrintable(error));
        QCOMPARE(one->steps.size(), 1);
        QVERIFY(window->statusBar()->currentMessage().startsWith("Saved 1 step from the 1 selected row to "));
    }

    // One preferences object: the menu, the status bar and every open editor follow it.
    void qaModeReachesOpenEditors()
    {
        connectToSandbox();
        waitForRows();
        const QModelIndex row = firstRowWithStatus("Draft");
        table()->setCurrentIndex(row);
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Return);
        DraftEditor *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = window->findChild<DraftEditor *>()) != nullptr, 10000);
        auto *schemaNotes = editor->findChild<QLabel *>("schemaNotes");
        QVERIFY(schemaNotes->isHidden());
        window->findChild<QAction *>("qaModeAction")->trigger();
        QVERIFY(session->preferences()->qaMode());
        QVERIFY(!schemaNotes->isHidden());
        QVERIFY(!window->findChild<QLabel *>("qaModeLabel")->isHidden());
        QVERIFY(AppSettings().qaMode()); // remembered
        session->preferences()->setQaMode(false);
        QVERIFY(schemaNotes->isHidden());
        QVERIFY(!window->findChild<QAction *>("qaModeAction")->isChecked());
        editor->close();
    }
};

QTEST_MAIN(TestQaWorkbench)
#include "tst_qaworkbench.moc"
