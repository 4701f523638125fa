// The send dialog and the editor's send state, offscreen against the sandbox: the sender rule holds
// the PUT, exactly one request goes out, schedules go out in UTC, Undo and Unschedule, no double send.
#include "core/api/ApiCall.h"
#include "core/base/IsoDateTime.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "core/drafts/SchedulePlanner.h"
#include "fakes/SandboxFixture.h"
#include "ui/common/MessageBox.h"
#include "ui/dialogs/SendDialog.h"
#include "ui/editor/DraftEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSendDialog final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture sandbox;
    std::unique_ptr<CloseClient> client;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<DraftJournal> journal;
    std::unique_ptr<Drafts> drafts;
    const QString anna = QStringLiteral("\"Anna Krause\" <anna.krause@northwind.example>");

    // An explicit idle point: a marker request through the same client and server, answered after
    // anything sent before it. A PUT that was going to happen has reached the log by then.
    void idlePoint()
    {
        bool done = false;
        connect(client->me(), &ApiCall::finished, this, [&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
    QList<QJsonObject> puts() const
    {
        QList<QJsonObject> list;
        for (int i = 0; i < client->requestLog()->size(); ++i) {
            if (client->requestLog()->at(i).method == "PUT")
                list.append(QJsonDocument::fromJson(client->requestLog()->at(i).requestBody).object());
        }
        return list;
    }
    SendDialog *openDialog(DraftSession *session)
    {
        auto *dialog = new SendDialog(session, {anna});
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog))
            qFatal("dialog not shown");
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=false");
    }
    void init()
    {
        QSettings().clear();
        QVERIFY(sandbox.start(60));
        client = sandbox.makeClient();
        dir = std::make_unique<QTemporaryDir>();
        journal = std::make_unique<DraftJournal>(dir->path());
        journal->setDelay(0);
        drafts = std::make_unique<Drafts>(client.get(), journal.get());
    }
    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            w->deleteLater();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        drafts.reset();
        journal.reset();
        dir.reset();
        client.reset();
        sandbox.stop();
    }

    void noSenderNoSend()
    {
        const EmailActivity email = sandbox.firstEmail("draft", false);
        DraftSession session(client.get(), email, journal.get());
        QPointer<SendDialog> dialog = openDialog(&session);
        auto *sender = dialog->findChild<QComboBox *>("sendSender");
        auto *send = dialog->findChild<QPushButton *>("sendButton");
        QVERIFY(sender->lineEdit()->hasFocus()); // the cursor waits where the answer goes
        QVERIFY(!send->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>("sendReason")->text().contains("needs a sender"));
        QVERIFY(dialog->findChild<QLabel *>("senderProblem")->isVisible());
        QTest::keyClick(sender->lineEdit(), Qt::Key_Return); // Return does nothing meanwhile
        QTest::keyClicks(sender->lineEdit(), "Anna <anna@");
        QVERIFY(!send->isEnabled()); // not an address yet
        QTest::keyClicks(sender->lineEdit(), "northwind.example>");
        QVERIFY(send->isEnabled());
        QCOMPARE(dialog->carriedFields(), (QStringList {"send_in", "sender", "status"}));
        QVERIFY(dialog->findChild<QLabel *>("carriedFields")->text().contains("send_in, sender, status"));
        QCOMPARE(puts().size(), 0);
        QSignalSpy done(dialog.data(), &SendDialog::done);
        QTest::mouseClick(send, Qt::LeftButton);
        QTest::mouseClick(send, Qt::LeftButton); // a double click is one request
        QVERIFY(done.wait(5000));
        QCOMPARE(puts(),
                 (QList<QJsonObject> {
                     {{"sender", "Anna <anna@northwind.example>"}, {"status", "outbox"}, {"send_in", 10}}}));
        QCOMPARE(sandbox.store->email(email.id())->value("status").toString(), QStringLiteral("outbox"));
        QTRY_VERIFY(dialog.isNull()); // it closes itself
    }

    void qaModeLetsTheInvalidPutThrough()
    {
        const EmailActivity email = sandbox.firstEmail("draft", false);
        DraftSession session(client.get(), email, journal.get());
        session.setEnforceRules(false); // QA mode
        QPointer<SendDialog> dialog = openDialog(&session);
        dialog->setMode(SendDialog::Mode::Schedule);
        QTest::mouseClick(dialog->findChild<QPushButton *>("pickTomorrow"), Qt::LeftButton);
        auto *send = dialog->findChild<QPushButton *>("sendButton");
        QVERIFY(send->isEnabled()); // no sender, and still allowed
        QVERIFY(dialog->findChild<QLabel *>("sendReason")->text().startsWith("QA mode"));
        QTest::mouseClick(send, Qt::LeftButton);
        // The server's own answer: 400 with the field error on sender.
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->findChild<QLabel *>("senderProblem")->text() == "This field is required.", 5000);
        QCOMPARE(puts().size(), 1);
        QCOMPARE(puts().first().value("status").toString(), QStringLiteral("scheduled"));
        QVERIFY(!puts().first().contains("sender"));
        QCOMPARE(sandbox.store->email(email.id())->value("status").toString(), QStringLiteral("draft"));
    }

    void aProfileCanAskBeforeEverySend()
    {
        DraftSession session(client.get(), sandbox.firstEmail("draft", true), journal.get());
        QPointer<SendDialog> dialog = openDialog(&session);
        dialog->setConfirmationProfile("Production");
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(dialog->findChild<QPushButton *>("sendButton"), Qt::LeftButton);
        idlePoint();
        QCOMPARE(puts().size(), 0); // "No" sends nothing
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy done(dialog.data(), &SendDialog::done);
        QTest::mouseClick(dialog->findChild<QPushButton *>("sendButton"), Qt::LeftButton);
        QVERIFY(done.wait(5000));
        QCOMPARE(puts().size(), 1);
    }

    void scheduleGoesOutInUtc()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession session(client.get(), email, journal.get());
        QPointer<SendDialog> dialog = openDialog(&session);
        dialog->findChild<QRadioButton *>("scheduleRadio")->click();
        QCOMPARE(dialog->findChild<QPushButton *>("sendButton")->text(), QStringLiteral("S&chedule"));
        auto *zone = dialog->findChild<QComboBox *>("scheduleZone");
        zone->setCurrentIndex(zone->findData(QByteArray("Europe/Berlin")));
        const QDate day = QDate::currentDate().addDays(3);
        dialog->findChild<QDateTimeEdit *>("scheduleWhen")->setDateTime(QDateTime(day, QTime(8, 0)));
        const QDateTime expected = SchedulePlanner::toUtc(day, QTime(8, 0), QTimeZone("Europe/Berlin"));
        QCOMPARE(dialog->scheduledUtc(), expected);
        QVERIFY(dialog->findChild<QLabel *>("utcLabel")
                    ->text()
                    .startsWith(SchedulePlanner::wallClock(expected, QTimeZone::utc()) + " UTC"));
        QVERIFY(dialog->findChild<QLabel *>("utcLabel")->text().contains("Europe/Berlin, UTC+0"));
        QVERIFY(!dialog->findChild<QLabel *>("recipientTime")->isVisibleTo(dialog)); // no second zone yet
        auto *other = dialog->findChild<QComboBox *>("recipientZone");
        other->setCurrentIndex(other->findData(QByteArray("Asia/Kolkata")));
        QVERIFY(dialog->findChild<QLabel *>("recipientTime")->text().contains("Asia/Kolkata, UTC+05:30"));
        QSignalSpy done(dialog.data(), &SendDialog::done);
        QTest::mouseClick(dialog->findChild<QPushButton *>("sendButton"), Qt::LeftButton);
        QVERIFY(done.wait(5000));
        QCOMPARE(puts(),
                 (QList<QJsonObject> {
                     {{"status", "scheduled"}, {"date_scheduled", IsoDateTime::format(expected)}}}));
        // Shown back as the rep chose it: 08:00 in Berlin, to the minute, the rep's own clock beside it
        // when that is another zone.
        const QString shown = SchedulePlanner::scheduledText(expected, session.scheduleZone());
        QVERIFY2(shown.contains(", 08:00"), qPrintable(shown));
        QVERIFY2(!shown.contains(":00:00"), qPrintable(shown));
        if (QTimeZone::systemTimeZone().offsetFromUtc(expected)
            != QTimeZone("Europe/Berlin").offsetFromUtc(expected))
            QVERIFY2(shown.contains("Europe/Berlin (") && shown.endsWith(" your time)"), qPrintable(shown));
    }

    void noTimesInThePast()
    {
        DraftSession session(client.get(), sandbox.firstEmail("draft", true), journal.get());
        QPointer<SendDialog> dialog = openDialog(&session);
        dialog->setMode(SendDialog::Mode::Schedule);
        dialog->findChild<QDateTimeEdit *>("scheduleWhen")
            ->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
        QVERIFY(!dialog->findChild<QPushButton *>("sendButton")->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>("sendReason")->text().contains("passed"));
        QTest::mouseClick(dialog->findChild<QPushButton *>("pickTomorrow"), Qt::LeftButton);
        QVERIFY(dialog->findChild<QPushButton *>("sendButton")->isEnabled());
    }

    // Close's copy stopped being a draft meanwhile: the check before the send says so, and nothing
    // goes out.
    void aChangeInCloseStopsTheSendInTheDialog()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession session(client.get(), email, journal.get());
        QPointer<SendDialog> dialog = openDialog(&session);
        QCOMPARE(sandbox.changeInClose(
                     email.id(),
                     {{"status", "scheduled"},
                      {"date_scheduled", IsoDateTime::format(QDateTime::currentDateTimeUtc().addDays(1))}}),
                 200);
        QTest::mouseClick(dialog->findChild<QPushButton *>("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->findChild<QLabel *>("sendReason")->text().contains("Nothing was sent"), 5000);
        QVERIFY(dialog->findChild<QLabel *>("sendReason")->text().contains("no longer a draft"));
        QVERIFY(dialog->isVisible()); // nothing lost, nothing closed
        QCOMPARE(puts().size(), 0);
    }

    void aDroppedSendIsReportedNotRepeated()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession session(client.get(), email, journal.get());
        QPointer<SendDialog> dialog = openDialog(&session);
        sandbox.server->faults().add({FaultPlan::Fault::DropAfterProcessing, -1, "PUT", {}, 0});
        QSignalSpy done(dialog.data(), &SendDialog::done);
        QTest::mouseClick(dialog->findChild<QPushButton *>("sendButton"), Qt::LeftButton);
        QVERIFY(done.wait(5000));
        QCOMPARE(puts().size(), 1);
        QVERIFY(dialog->findChild<QLabel *>("sendReason")->text().contains("went out"));
        QVERIFY(!dialog->findChild<QPushButton *>("sendButton")->isEnabled());
    }

    void undoFromTheEditor()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        auto *editor = new DraftEditor(drafts.get(), email, {anna});
        editor->show();
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        SendDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = editor->findChild<SendDialog *>()) != nullptr);
        QTest::mouseClick(dialog->findChild<QPushButton *>("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isReadOnly(), 5000);
        QVERIFY(editor->findChild<QLabel *>("sendState")->text().startsWith("Sending in"));
        auto *undo = editor->findChild<QPushButton *>("undoSendButton");
        QVERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isReadOnly(), 5000);
        QCOMPARE(sandbox.store->email(email.id())->value("status").toString(), QStringLiteral("draft"));
        QVERIFY(editor->findChild<QLabel *>("sendState")->text().contains("nothing was sent"));
    }

    void unscheduleTooLateSaysSo()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftSession *session = drafts->open(email);
        QSignalSpy sent(session, &DraftSession::sent);
        session->schedule(QString(), QDateTime::currentDateTimeUtc().addSecs(60));
        QVERIFY(sent.wait(5000));
        auto *editor = new DraftEditor(drafts.get(), session->original(), {anna});
        drafts->close(session);
        editor->show();
        QVERIFY(editor->isReadOnly());
        QVERIFY(editor->findChild<QLabel *>("sendState")->text().startsWith("Scheduled for"));
        sandbox.clock->advance(120 * 1000); // the time came: it went out
        QTest::mouseClick(editor->findChild<QPushButton *>("undoSendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->findChild<QLabel *>("sendState")->text().startsWith("Too late"),
                                 5000);
        QCOMPARE(sandbox.store->email(email.id())->value("status").toString(), QStringLiteral("sent"));
    }
};

QTEST_MAIN(TestSendDialog)
#include "tst_senddialog.moc"
