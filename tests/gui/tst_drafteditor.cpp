// The draft editor offscreen against the sandbox: type and format, save the exact PUT, invalid input
// blocks the save, conflicts ask, and unsaved text survives the editor's death.
#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "core/drafts/FileUpload.h"
#include "fakes/SandboxFixture.h"
#include "ui/common/AttachmentPanel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/QuotedTextView.h"
#include "ui/dialogs/ConflictDialog.h"
#include "ui/editor/DraftEditor.h"
#include "ui/editor/RecipientField.h"
#include "ui/editor/RichTextEdit.h"

#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>

class TestDraftEditor final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture sandbox;
    std::unique_ptr<CloseClient> client;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<DraftJournal> journal;
    std::unique_ptr<Drafts> drafts;

    DraftEditor *open(const EmailActivity &email)
    {
        auto *editor
            = new DraftEditor(drafts.get(), email, {"\"Anna Krause\" <anna.krause@northwind.example>"});
        editor->show();
        editor->activateWindow(); // window shortcuts (Ctrl+B, Ctrl+S) need the active window
        if (!QTest::qWaitForWindowActive(editor))
            qFatal("editor not shown");
        return editor;
    }
    QJsonObject lastPut() const
    {
        for (int i = client->requestLog()->size() - 1; i >= 0; --i) {
            if (client->requestLog()->at(i).method == "PUT")
                return QJsonDocument::fromJson(client->requestLog()->at(i).requestBody).object();
        }
        return {};
    }
    // An explicit idle point: a marker request through the same client, answered after anything
    // sent before it, so a PUT that was going to go out is in the log by then.
    void idlePoint()
    {
        bool done = false;
        connect(client->me(), &ApiCall::finished, this, [&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
    int putCount() const
    {
        int count = 0;
        for (int i = 0; i < client->requestLog()->size(); ++i)
            count += client->requestLog()->at(i).method == "PUT" ? 1 : 0;
        return count;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true); // settings the editor writes stay out of the real config
        QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=false");
    }
    void init()
    {
        QVERIFY(sandbox.start(60));
        client = sandbox.makeClient();
        dir = std::make_unique<QTemporaryDir>();
        journal = std::make_unique<DraftJournal>(dir->path());
        journal->setDelay(0);
        drafts = std::make_unique<Drafts>(client.get(), journal.get());
    }
    void cleanup()
    {
        QList<QPointer<DraftEditor>> editors;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *editor = qobject_cast<DraftEditor *>(w))
                editors.append(editor);
        }
        for (const QPointer<DraftEditor> &editor : editors)
            delete editor.data();
        drafts.reset();
        journal.reset();
        dir.reset();
        client.reset();
        sandbox.stop();
    }

    // The demo's 1 MB draft: prepared off the UI thread, then opened with the cursor at the top, nothing
    // to undo and nothing modified; typing and undo work on it as on any body.
    void largeBodyOpensAtTheTopUnmodified()
    {
        QJsonObject biggest;
        for (const QString &id : sandbox.store->orderedEmailIds()) {
            const QJsonObject &e = *sandbox.store->email(id);
            if (e.value("body_html").toString().size() > biggest.value("body_html").toString().size())
                biggest = e;
        }
        biggest.insert("status", "draft");
        sandbox.store->putEmail(biggest);
        QVERIFY(biggest.value("body_html").toString().size() > 500'000);
        const EmailActivity email = EmailActivity::fromJson(biggest).activity;
        QPointer<DraftEditor> editor = open(email);
        auto *body = editor->findChild<RichTextEdit *>("bodyEdit");
        QTRY_VERIFY_WITH_TIMEOUT(editor->isBodyReady(), 20000);
        QVERIFY(!body->isReadOnly());
        QCOMPARE(body->textCursor().position(), 0);
        QVERIFY(!body->document()->isUndoAvailable());
        QVERIFY(!body->document()->isModified());
        QVERIFY(!editor->isWindowModified());
        QVERIFY(body->toPlainText().startsWith("Hi") || body->toPlainText().size() > 500'000);
        body->setFocus();
        QTest::keyClicks(body, "X");
        QVERIFY(body->document()->isModified());
        QVERIFY(body->toPlainText().startsWith("X"));
        body->undo();
        QVERIFY(!body->document()->isModified());
        QVERIFY(!body->toPlainText().startsWith("X"));
        // The document was built on a worker while the sanitizer ran (it leaves this body as it is):
        // what is typed into it still reaches the session, and the PUT.
        QTest::keyClicks(body, "Y");
        QTRY_VERIFY(editor->isWindowModified()); // once typing paused
        QSignalSpy saved(editor->session(), &DraftSession::saved);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(10000));
        const QJsonObject stored = *sandbox.store->email(email.id()); // the log keeps no 1 MB body
        QVERIFY(stored.value("body_text").toString().startsWith("Y"));
        QVERIFY(stored.value("body_html").toString().size() > 500'000);
    }

    // A large body the sanitizer changes is shown as the sanitizer wrote it, never as it came: the
    // document built from it on the side is not the one shown.
    void largeBodyTheSanitizerChangesIsShownSanitized()
    {
        QJsonObject email = sandbox.firstEmail("draft", true).toJson();
        QString html = QStringLiteral("<p>Dear Jane,</p>");
        while (html.size() <= 150'000)
            html += QStringLiteral("<p>Quote line <img src=\"https://tracker.example/p.png\"> "
                                   "<span onclick=\"steal()\">follows</span>.</p>");
        email.insert("body_html", html);
        sandbox.store->putEmail(email);
        QPointer<DraftEditor> editor = open(EmailActivity::fromJson(email).activity);
        auto *body = editor->findChild<RichTextEdit *>("bodyEdit");
        QTRY_VERIFY_WITH_TIMEOUT(editor->isBodyReady(), 20000);
        QVERIFY(body->toPlainText().startsWith("Dear Jane,"));
        QVERIFY(body->toPlainText().contains("Quote line"));
        const QString shown = body->toHtml();
        QVERIFY(!shown.contains("tracker.example"));
        QVERIFY(!shown.contains("steal"));
        QVERIFY(!body->document()->isModified());
        QVERIFY(!editor->isWindowModified());
    }

    void typeFormatAndSaveTheExactPut()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        QPointer<DraftEditor> editor = open(email);
        QVERIFY(editor->findChild<RichTextEdit *>("bodyEdit")->hasFocus()); // the cursor waits in the body
        QCOMPARE(editor->windowTitle(), email.subject() + "[*]");
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        subject->selectAll();
        QTest::keyClicks(subject, "Quote, revised");
        QCOMPARE(editor->findChild<QLabel *>("subjectCounter")->text(), QStringLiteral("14 / 1000"));
        auto *body = editor->findChild<RichTextEdit *>("bodyEdit");
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(body, "Bold");
        QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(body, " plain");
        QVERIFY(editor->isWindowModified());
        QSignalSpy saved(editor->session(), &DraftSession::saved);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(5000));
        const QJsonObject put = lastPut();
        QCOMPARE(put.keys(), (QStringList {"body_html", "body_text", "subject"}));
        QCOMPARE(put.value("subject").toString(), QStringLiteral("Quote, revised"));
        QVERIFY2(put.value("body_html").toString().endsWith("<p><b>Bold</b> plain</p>"),
                 qPrintable(put.value("body_html").toString()));
        QVERIFY(!put.value("body_html").toString().contains("qrichtext"));
        QVERIFY(put.value("body_text").toString().endsWith("Bold plain"));
        QCOMPARE(sandbox.store->email(email.id())->value("subject").toString(),
                 QStringLiteral("Quote, revised"));
        QVERIFY(!editor->isWindowModified());
        QVERIFY(journal->entries().isEmpty());
        // The plain text and HTML tabs follow the message.
        editor->findChild<QTabWidget *>()->setCurrentIndex(1);
        QVERIFY(editor->findChild<QPlainTextEdit *>("plainTextEdit")->toPlainText().endsWith("Bold plain"));
        editor->findChild<QTabWidget *>()->setCurrentIndex(3);
        QVERIFY(editor->findChild<QPlainTextEdit *>("rawJson")->toPlainText().contains(
            "\"subject\": \"Quote, revised\""));
        QVERIFY(editor->findChild<QPlainTextEdit *>("rawJson")->toPlainText().contains("nothing to save"));
        editor->findChild<QTabWidget *>()->setCurrentIndex(2);
        QVERIFY(editor->findChild<QPlainTextEdit *>("htmlSource")->toPlainText().contains("<b>Bold</b>"));
    }

    void anInvalidRecipientBlocksSave()
    {
        QPointer<DraftEditor> editor = open(sandbox.firstEmail("draft", true));
        auto *cc = editor->findChild<RecipientField *>("ccField");
        QTest::keyClicks(cc, "jane@example.com, not an address");
        QCOMPARE(cc->invalidEntries(), QStringList {"not an address"});
        QVERIFY(!editor->findChild<QPushButton *>("saveButton")->isEnabled());
        QVERIFY(editor->findChild<QLabel *>("editorProblem")->text().contains("cc"));
        const int before = putCount();
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        idlePoint();
        QCOMPARE(putCount(), before);
        QTest::keyClick(cc, Qt::Key_Backspace);
        cc->setText("jane@example.com; \"Doe, John\" <john@example.com>");
        QVERIFY(editor->findChild<QPushButton *>("saveButton")->isEnabled());
        QCOMPARE(editor->session()->current().cc(),
                 (QStringList {"jane@example.com", "\"Doe, John\" <john@example.com>"}));
    }

    void aChangeInCloseOpensTheConflictDialog()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        QPointer<DraftEditor> editor = open(email);
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        subject->selectAll();
        QTest::keyClicks(subject, "Mine");
        QCOMPARE(sandbox.changeInClose(email.id(), {{"subject", "Theirs"}}), 200);
        editor->save();
        ConflictDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = editor->findChild<ConflictDialog *>()) != nullptr, 5000);
        QCOMPARE(sandbox.store->email(email.id())->value("subject").toString(), QStringLiteral("Theirs"));
        QTest::mouseClick(dialog->findChild<QPushButton *>("takeTheirsButton"), Qt::LeftButton);
        QCOMPARE(subject->text(), QStringLiteral("Theirs"));
        QVERIFY(!editor->session()->isDirty());
    }

    void unsavedTextSurvivesTheEditorsDeath()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        DraftEditor *editor = open(email);
        auto *body = editor->findChild<RichTextEdit *>("bodyEdit");
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, " typed before the crash");
        editor->syncBody();
        delete editor; // no save, no question: as if the process died
        DraftJournal reopened(dir->path());
        const auto entry = reopened.entry(email.id());
        QVERIFY(entry.has_value());
        QPointer<DraftEditor> restored = open(email);
        restored->restoreEdits(*entry);
        QVERIFY(restored->findChild<RichTextEdit *>("bodyEdit")
                    ->toPlainText()
                    .endsWith("typed before the crash"));
        QVERIFY(restored->isWindowModified());
        QVERIFY(restored->findChild<QLabel *>("editorProblem")->text().contains("restored"));
    }

    void openingAndClosingChangesNothing()
    {
        QPointer<DraftEditor> editor = open(sandbox.firstEmail("draft", true));
        editor->syncBody();
        QVERIFY(!editor->session()->isDirty());
        QVERIFY(!editor->isWindowModified());
        QVERIFY(editor->close()); // no question asked
    }

    void closingAsksAndCancelKeepsItOpen()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        QPointer<DraftEditor> editor = open(email);
        QTest::keyClicks(editor->findChild<QLineEdit *>("subjectField"), "!");
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!editor->close());
        QVERIFY(editor->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Save);
        editor->close();
        QTRY_VERIFY_WITH_TIMEOUT(editor.isNull(), 5000); // closed once the save went through
        QCOMPARE(sandbox.store->email(email.id())->value("subject").toString(), email.subject() + "!");
    }

    void discardOnCloseForgetsTheJournal()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        QPointer<DraftEditor> editor = open(email);
        QTest::keyClicks(editor->findChild<QLineEdit *>("subjectField"), " draft edit");
        QVERIFY(journal->entry(email.id()).has_value());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        editor->close();
        QTRY_VERIFY(editor.isNull());
        QVERIFY(!journal->entry(email.id()).has_value());
    }

    void qaModeSavesWhatTheRulesWouldStopAndShowsTheAnswer()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        QPointer<DraftEditor> editor = open(email);
        editor->setQaMode(true);
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        subject->setText(QString(1001, 'x'));
        QVERIFY(editor->findChild<QPushButton *>("saveButton")->isEnabled()); // warned, not blocked
        QSignalSpy failed(editor->session(), &DraftSession::saveFailed);
        editor->save();
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().value<ApiError>().fieldErrors.contains("subject")); // the server's 400
        QVERIFY(editor->findChild<QLabel *>("editorProblem")->text().contains("subject"));
        // The raw PUT editor: syntax is checked, nothing else.
        auto *raw = editor->findChild<QPlainTextEdit *>("rawPutEdit");
        raw->setPlainText("{\"subject\": ");
        const int before = client->requestLog()->size();
        QTest::mouseClick(editor->findChild<QPushButton *>("sendRawPutButton"), Qt::LeftButton);
        QVERIFY(editor->findChild<QLabel *>("editorProblem")->text().contains("Not valid JSON"));
        QCOMPARE(client->requestLog()->size(), before);
        raw->setPlainText("{\"followup_sequence_delay\": 5}");
        QSignalSpy failedAgain(editor->session(), &DraftSession::saveFailed);
        QTest::mouseClick(editor->findChild<QPushButton *>("sendRawPutButton"), Qt::LeftButton);
        QVERIFY(failedAgain.wait(5000));
        QVERIFY(
            failedAgain.first().first().value<ApiError>().fieldErrors.contains("followup_sequence_delay"));
    }

    void sentEmailsAreReadOnly()
    {
        QPointer<DraftEditor> editor = open(sandbox.firstEmail("sent"));
        QVERIFY(editor->isReadOnly());
        QVERIFY(editor->findChild<QLineEdit *>("subjectField")->isReadOnly());
        QVERIFY(editor->findChild<RichTextEdit *>("bodyEdit")->isReadOnly());
        QVERIFY(!editor->findChild<QPushButton *>("saveButton")->isVisible());
        QVERIFY(editor->findChild<QLabel *>("editorProblem")->text().contains("cannot be edited"));
        editor->close();
    }

    void lossyHtmlCanBeKeptUntouched()
    {
        EmailActivity email = sandbox.firstEmail("draft", true);
        email.setBodyHtml(
            "<style>p{color:red}</style><table style=\"border:1px solid\"><tr><td>x</td></tr></table>");
        QPointer<DraftEditor> editor = open(email);
        QVERIFY(editor->findChild<QLabel *>("lossNote")->isVisible());
        QTest::mouseClick(editor->findChild<QPushButton *>("keepHtmlButton"), Qt::LeftButton);
        QVERIFY(editor->findChild<RichTextEdit *>("bodyEdit")->isReadOnly());
        QTest::keyClicks(editor->findChild<QLineEdit *>("subjectField"), " (v2)");
        editor->syncBody();
        QCOMPARE(editor->session()->changes().fields(), QStringList {"subject"}); // the body is left alone
    }

    // A field the editor would edit, sent in a shape it cannot read: locked, explained, and left alone.
    void anUnreadableFieldIsLockedAndExplained()
    {
        EmailActivity email = sandbox.firstEmail("draft", true);
        QJsonObject json = email.toJson();
        json.insert("subject", QJsonArray {"not", "a", "string"});
        json.insert("a_new_field_from_close", true);
        sandbox.store->putEmail(json);
        const auto parsed = EmailActivity::fromJson(json);
        QVERIFY(parsed.ok());
        QPointer<DraftEditor> editor = open(parsed.activity);
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        QVERIFY(subject->isReadOnly());
        QVERIFY(subject->toolTip().contains("Expected a string, got a list"));
        auto *note = editor->findChild<QLabel *>("unusableFieldsNote");
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains("subject"));
        // The rest works: a recipient change saves alone and the odd subject survives on the server.
        auto *cc = editor->findChild<QLineEdit *>("ccField");
        QTest::keyClicks(cc, "jane@example.com");
        QSignalSpy saved(editor->session(), &DraftSession::saved);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(5000));
        QCOMPARE(lastPut().keys(), QStringList {"cc"});
        QCOMPARE(sandbox.store->email(email.id())->value("subject"), json.value("subject"));
        // QA mode lists how Close's copy differs from the schema.
        editor->setQaMode(true);
        auto *notes = editor->findChild<QLabel *>("schemaNotes");
        QVERIFY(!notes->isHidden());
        QVERIFY(notes->text().contains("subject: unexpected type"));
        QVERIFY(notes->text().contains("a_new_field_from_close: a field Draftdesk does not know"));
        editor->setQaMode(false);
        QVERIFY(notes->isHidden());
    }

    void aReplyShowsItsQuotedPartReadOnly()
    {
        EmailActivity email = sandbox.firstEmail("draft", true);
        QJsonObject json = email.toJson();
        json.insert("body_html_quoted",
                    QJsonObject {{"expand", false}, {"html", "<p>On Monday, Jo wrote:</p>"}});
        const auto parsed = EmailActivity::fromJson(json);
        QPointer<DraftEditor> editor = open(parsed.activity);
        auto *quoted = editor->findChild<QuotedTextView *>();
        QVERIFY(quoted->isVisible());
        QVERIFY(!quoted->isExpanded()); // "expand": false
        auto *toggle = quoted->findChild<QToolButton *>("quotedTextToggle");
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(quoted->isExpanded());
        QVERIFY(quoted->findChild<QTextBrowser *>("quotedTextBody")->isReadOnly());
        QCOMPARE(quoted->shownText(), QStringLiteral("On Monday, Jo wrote:"));
    }

    // The journal cannot write (its folder is a file): the editor warns and keeps warning, nothing
    // claims the text is on disk, and the draft can be exported.
    void aJournalThatCannotWriteIsSaidAndExportable()
    {
        QTemporaryDir root;
        QFile blocker(root.filePath("data"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DraftJournal broken(root.filePath("data/journal"));
        broken.setDelay(0);
        Drafts brokenDrafts(client.get(), &broken);
        const EmailActivity email = sandbox.firstEmail("draft", true);
        auto *editor = new DraftEditor(&brokenDrafts, email, {});
        QPointer<DraftEditor> guard(editor);
        editor->show();
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        QTest::keyClicks(subject, " (revised)");
        auto *warning = editor->findChild<QLabel *>("journalWarning");
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(warning->text().contains("not on disk"));
        // A failed save does not pretend either.
        sandbox.server->faults().add({FaultPlan::Fault::ServerError, 1, "GET", "/activity/email/", 500});
        QSignalSpy failed(editor->session(), &DraftSession::saveFailed);
        editor->save();
        QVERIFY(failed.wait(5000));
        const QString problem = editor->findChild<QLabel *>("editorProblem")->text();
        QVERIFY2(problem.contains("in this window only"), qPrintable(problem));
        QVERIFY(!problem.contains("on disk."));
        const QString exported = root.filePath("draft.html");
        QVERIFY(editor->exportTo(exported));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(" (revised)"));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        editor->close();
        QTRY_VERIFY(guard.isNull());
    }

    // Steady typing reaches the journal before the typing stops.
    void continuousTypingReachesDiskWhileTyping()
    {
        journal->setDelay(DraftJournal::defaultDelayMs);
        QPointer<DraftEditor> editor = open(sandbox.firstEmail("draft", true));
        auto *body = editor->findChild<QTextEdit *>("bodyEdit");
        body->moveCursor(QTextCursor::End);
        const QString id = editor->session()->original().id();
        // A typist at a key every 100 ms, which never pauses long enough for the pause-based sync.
        QTimer typist;
        typist.setInterval(100);
        int keys = 0;
        connect(&typist, &QTimer::timeout, body, [body, &keys] {
            QTest::keyClick(body, Qt::Key_A);
            ++keys;
        });
        typist.start();
        // Wait on the event we mean: the body is in the journal, on disk, while the typist goes on.
        const bool onDiskWhileTyping = QTest::qWaitFor(
            [&] {
                const auto entry = journal->entry(id);
                return entry && entry->edits.contains("body_html") && journal->isOnDisk(id);
            },
            5000);
        QVERIFY(typist.isActive());
        QVERIFY(keys > 0);
        typist.stop();
        QVERIFY(onDiskWhileTyping);
        MessageBox::setNextAnswer(QMessageBox::Discard);
        editor->close();
    }

    // A journal entry whose save reached Close after all: restoring says so, and keeps nothing.
    void restoringWhatCloseAlreadyHasSaysSo()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        journal->record(email.id(), email.dateUpdated(), {{"subject", "Saved but unconfirmed"}},
                        "Saved but unconfirmed");
        QVERIFY(journal->flush());
        QCOMPARE(sandbox.changeInClose(email.id(), {{"subject", "Saved but unconfirmed"}}), 200);
        const auto current = EmailActivity::fromJson(*sandbox.store->email(email.id())).activity;
        QPointer<DraftEditor> editor = open(current);
        editor->restoreEdits(*journal->entry(email.id()));
        QVERIFY(
            editor->findChild<QLabel *>("editorProblem")->text().contains("Close already has these changes"));
        QVERIFY(!journal->entry(email.id()).has_value());
        QVERIFY(!editor->session()->isDirty());
    }

    // Two windows send the same draft: the second finds it is no longer a draft and sends nothing.
    // A file pasted into the body is uploaded and attached, not pasted: the panel shows it uploading,
    // then as a file; the save's PUT carries it. Del in the list removes it, and the next PUT carries
    // the rest exactly as Close gave them.
    void attachByPasteAndRemoveWithDel()
    {
        QJsonObject withFile;
        for (const QString &id : sandbox.store->orderedEmailIds()) {
            const QJsonObject &e = *sandbox.store->email(id);
            if (e.value("status").toString() == "draft" && !e.value("attachments").toArray().isEmpty()
                && e.value("body_html").toString().size() < 20000) {
                withFile = e;
                break;
            }
        }
        QVERIFY(!withFile.isEmpty());
        const QJsonArray before = withFile.value("attachments").toArray();
        DraftEditor *editor = open(EmailActivity::fromJson(withFile).activity);
        QTRY_VERIFY(editor->isBodyReady());
        auto *panel = editor->attachments();
        auto *list = panel->findChild<QListWidget *>("attachmentList");
        QVERIFY(panel->isVisible());
        QCOMPARE(list->count(), before.size());
        QVERIFY(list->item(0)->text().startsWith(before.first()["filename"].toString()));

        QFile file(dir->filePath("offer.pdf"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n" + QByteArray(64 * 1024, 'p'));
        file.close();
        auto *body = editor->findChild<RichTextEdit *>();
        const QString textBefore = body->toPlainText();
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(file.fileName())});
        mime->setText(file.fileName());
        QApplication::clipboard()->setMimeData(mime);
        body->setFocus();
        QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), textBefore); // the path is not pasted as text
        QCOMPARE(list->count(), before.size() + 1);
        QTRY_VERIFY(list->item(list->count() - 1)->text().contains("offer.pdf"));
        QTRY_COMPARE(editor->session()->attachments().size(), before.size() + 1);
        QTRY_VERIFY(!panel->findChild<QProgressBar *>("uploadProgress")->isVisible());
        QVERIFY(list->item(list->count() - 1)->text().contains("PDF"));

        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!editor->session()->isDirty());
        QJsonArray put = lastPut()["attachments"].toArray();
        QCOMPARE(put.size(), before.size() + 1);
        QCOMPARE(put.first(), before.first());
        QCOMPARE(put.last()["filename"].toString(), "offer.pdf");
        QCOMPARE(put.last()["size"].toInteger(), file.size());

        // Keyboard: Alt+A goes to the list; Del removes the selected file.
        QTest::keyClick(editor, Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(list->hasFocus());
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->count(), before.size());
        QVERIFY(editor->session()->isDirty());
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!editor->session()->isDirty());
        idlePoint();
        put = lastPut()["attachments"].toArray();
        QCOMPARE(put.size(), before.size());
        QCOMPARE(put.last()["filename"].toString(), "offer.pdf");
    }

    // Dropped files are attached; a file that cannot be attached is said and nothing is sent for it.
    void attachByDropAndRefuseWhatCannotGo()
    {
        EmailActivity plain;
        for (const QString &id : sandbox.store->orderedEmailIds()) {
            const QJsonObject &e = *sandbox.store->email(id);
            if (e.value("status").toString() == "draft" && e.value("attachments").toArray().isEmpty()
                && e.value("body_html").toString().size() < 20000) {
                plain = EmailActivity::fromJson(e).activity;
                break;
            }
        }
        DraftEditor *editor = open(plain);
        auto *panel = editor->attachments();
        QVERIFY(!panel->isVisible()); // nothing to show yet
        QFile file(dir->filePath("notes.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("call notes");
        file.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file.fileName()), QUrl::fromLocalFile(dir->filePath("gone.txt"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor, &drop);
        auto *problem = editor->findChild<QLabel *>("editorProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains("gone.txt"), qPrintable(problem->text()));
        QTRY_COMPARE(editor->session()->attachments().size(), 1);
        QVERIFY(panel->isVisible());
        QCOMPARE(editor->session()->attachments().first().filename, "notes.txt");
        QCOMPARE(editor->session()->attachments().first().contentType, "text/plain");
    }

    // A pasted picture (a screenshot) becomes a PNG attachment.
    void aPastedPictureIsAttachedAsPng()
    {
        DraftEditor *editor = open(sandbox.firstEmail("draft"));
        auto *body = editor->findChild<RichTextEdit *>();
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        auto *mime = new QMimeData;
        mime->setImageData(image);
        QApplication::clipboard()->setMimeData(mime);
        body->setFocus();
        QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(editor->session()->attachments().size(), 1);
        const EmailActivity::Attachment pasted = editor->session()->attachments().first();
        QVERIFY(pasted.filename.startsWith("Pasted image ") && pasted.filename.endsWith(".png"));
        QCOMPARE(pasted.contentType, "image/png");
        QVERIFY(pasted.size > 0);
    }

    void sendVersusSend()
    {
        const EmailActivity email = sandbox.firstEmail("draft", true);
        Drafts other(client.get(), journal.get());
        DraftSession *a = drafts->open(email);
        DraftSession *b = other.open(email);
        QSignalSpy aSent(a, &DraftSession::sent);
        a->sendNow(QString(), 30);
        QVERIFY(aSent.wait(5000));
        QSignalSpy bConflict(b, &DraftSession::conflict);
        QSignalSpy bSent(b, &DraftSession::sent);
        b->sendNow(QString(), 30);
        QVERIFY(bConflict.wait(5000));
        QCOMPARE(bSent.count(), 0);
        QCOMPARE(putCount(), 1);
        drafts->close(a);
        other.close(b);
    }
};

QTEST_MAIN(TestDraftEditor)
#include "tst_drafteditor.moc"
