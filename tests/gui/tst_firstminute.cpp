// A sales rep's first minute, the way a person works: keys into the real window, then a look at
// what reached the sandbox (the PUT) or what the window shows. Links, keyboard traps, empty new
// drafts and views that must follow every change of an email.
#include "MainWindowTest.h"
#include "core/qa/InspectorServices.h"
#include "ui/common/FileDialogs.h"
#include "ui/dialogs/LinkDialog.h"
#include "ui/editor/RichTextEdit.h"

#include <QToolBar>
#include <QToolButton>

// A keychain that answers as QtKeychain does when the bus is there but no Secret Service is.
class SilentKeychain final : public CredentialStore
{
public:
    using CredentialStore::CredentialStore;
    void read(const QString &account) override
    {
        QMetaObject::invokeMethod(
            this, [this, account] { emit readFinished(account, QString(), Status::Failed, "Unknown error"); },
            Qt::QueuedConnection);
    }
    void write(const QString &, const QString &) override { }
    void remove(const QString &) override { }
};

class TestFirstMinute final : public MainWindowTest
{
    Q_OBJECT

    // Runs fill on the next modal dialog of this type, whenever it opens.
    template<typename Dialog> void whenModal(const std::function<void(Dialog *)> &fill)
    {
        auto *poll = new QTimer(window.get());
        poll->setInterval(5);
        connect(poll, &QTimer::timeout, poll, [poll, fill] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            poll->deleteLater();
            fill(dialog);
        });
        poll->start();
    }

    // Types the link's text and address into the dialog Ctrl+K opens, as a person would: the text
    // field has the focus when nothing was selected, Tab leads to the address, Return inserts.
    void closeLinkDialog(DraftEditor *editor)
    {
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
        editor->activateWindow(); // what the window manager does when a dialog closes
        QVERIFY(QTest::qWaitForWindowActive(editor));
    }

    void answerLinkDialog(const QString &text, const QString &address)
    {
        whenModal<LinkDialog>([text, address](LinkDialog *dialog) {
            if (!QTest::qWaitForWindowActive(dialog))
                return;
            if (dialog->focusWidget()->objectName() == "linkTextField") {
                QTest::keyClicks(dialog->focusWidget(), text);
                QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            }
            QTest::keyClicks(dialog->focusWidget(), address);
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        });
    }

    QJsonObject savedEmail(DraftEditor *editor, const QString &id)
    {
        QSignalSpy saved(editor->session(), &DraftSession::saved);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        if (!saved.wait(10000))
            return {};
        return *store->email(id);
    }

    RichTextEdit *typeIntoEmptyBody(DraftEditor *editor)
    {
        editor->activateWindow();
        if (!QTest::qWaitForWindowActive(editor))
            return nullptr;
        auto *body = editor->findChild<RichTextEdit *>("bodyEdit");
        if (!QTest::qWaitFor([&] { return editor->isBodyReady(); }, 10000))
            return nullptr;
        body->setFocus();
        body->selectAll();
        QTest::keyClick(body, Qt::Key_Delete);
        return body;
    }

    // Ctrl+N, the first lead the search finds for its name, Return to the results, Return to create.
    DraftEditor *createDraftWithKeys()
    {
        const QJsonObject lead = store->leads.value(store->leads.firstKey());
        NewDraftDialog *dialog = pressNewDraft();
        if (!dialog)
            return nullptr;
        auto *search = dialog->findChild<QLineEdit *>("leadSearchField");
        QTest::keyClicks(search, lead.value("display_name").toString());
        auto *leads = dialog->findChild<QListWidget *>("leadList");
        if (!QTest::qWaitFor([&] { return leads->count() > 0; }))
            return nullptr;
        QTest::keyClick(search, Qt::Key_Return);
        QTest::keyClick(leads, Qt::Key_Return);
        DraftEditor *editor = nullptr;
        if (!QTest::qWaitFor([&] { return (editor = window->findChild<DraftEditor *>()) != nullptr; }, 10000))
            return nullptr;
        editor->activateWindow();
        if (!QTest::qWaitForWindowActive(editor) || !QTest::qWaitFor([&] { return editor->isBodyReady(); }))
            return nullptr;
        return editor;
    }

private slots:
    void initTestCase() { initCase("tst_firstminute"); }
    void init() { initTest(); }
    void cleanup() { cleanupTest(); }

    // Type, Ctrl+K with nothing selected, the link's text and address, then type on, Return, type:
    // the link holds its own words only, and body_text names the address once.
    void aLinkEndsWhereItsTextEnds()
    {
        QString id;
        DraftEditor *editor = openAsDraft(&id);
        QVERIFY(editor);
        RichTextEdit *body = typeIntoEmptyBody(editor);
        QVERIFY(body);
        QTest::keyClicks(body, "See ");
        answerLinkDialog("our offer", "example.com/offer");
        QTest::keyClick(body, Qt::Key_K, Qt::ControlModifier);
        closeLinkDialog(editor);
        QCOMPARE(QApplication::focusWidget(), body);
        QTest::keyClicks(body, ". Thanks again!");
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClicks(body, "We are pleased");
        const QJsonObject saved = savedEmail(editor, id);
        const QString html = saved.value("body_html").toString();
        QCOMPARE(html.count("<a "), 1);
        QVERIFY2(html.contains("<a href=\"https://example.com/offer\">our offer</a>. Thanks again!"),
                 qPrintable(html));
        QCOMPARE(
            saved.value("body_text").toString(),
            QStringLiteral("See our offer (https://example.com/offer). Thanks again!\n\nWe are pleased"));
        editor->close();
    }

    // Ctrl+K with no text typed inserts the address as its own text, once; what follows is plain.
    void aBareAddressIsItsOwnTextOnce()
    {
        QString id;
        DraftEditor *editor = openAsDraft(&id);
        QVERIFY(editor);
        RichTextEdit *body = typeIntoEmptyBody(editor);
        QVERIFY(body);
        answerLinkDialog(QString(), "https://example.com/offer");
        QTest::keyClick(body, Qt::Key_K, Qt::ControlModifier);
        closeLinkDialog(editor);
        QTest::keyClicks(body, " Thanks");
        const QJsonObject saved = savedEmail(editor, id);
        QVERIFY2(saved.value("body_html")
                     .toString()
                     .contains("<a href=\"https://example.com/offer\">https://example.com/offer</a> Thanks"),
                 qPrintable(saved.value("body_html").toString()));
        QCOMPARE(saved.value("body_text").toString(), QStringLiteral("https://example.com/offer Thanks"));
        editor->close();
    }

    // A selected word becomes the link; "!" typed right after it stays outside. The context menu
    // then offers Edit Link and Remove Link; Remove Link keeps the word.
    void aSelectedWordBecomesTheLinkAndComesOffAgain()
    {
        QString id;
        DraftEditor *editor = openAsDraft(&id);
        QVERIFY(editor);
        RichTextEdit *body = typeIntoEmptyBody(editor);
        QVERIFY(body);
        QTest::keyClicks(body, "Read the offer");
        QTest::keyClick(body, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        answerLinkDialog(QString(), "example.com");
        QTest::keyClick(body, Qt::Key_K, Qt::ControlModifier);
        closeLinkDialog(editor);
        QTest::keyClicks(body, "!");
        QJsonObject saved = savedEmail(editor, id);
        QVERIFY2(saved.value("body_html").toString().contains("<a href=\"https://example.com\">offer</a>!"),
                 qPrintable(saved.value("body_html").toString()));

        // On the link: Edit Link…, Copy Link Address, Remove Link.
        QTextCursor inLink(body->document());
        inLink.setPosition(int(QStringLiteral("Read the of").size()));
        std::unique_ptr<QMenu> menu(editor->bodyContextMenu(body->cursorRect(inLink).center()));
        QCOMPARE(menu->findChild<QAction *>("editLinkMenuAction")->text(), QStringLiteral("Edit Link…"));
        QVERIFY(menu->findChild<QAction *>("copyLinkMenuAction"));
        menu->findChild<QAction *>("removeLinkMenuAction")->trigger();
        saved = savedEmail(editor, id);
        QVERIFY2(!saved.value("body_html").toString().contains("<a "),
                 qPrintable(saved.value("body_html").toString()));
        QCOMPARE(saved.value("body_text").toString(), QStringLiteral("Read the offer!"));
        editor->close();
    }

    // Alt+J, Alt+M, then typing: the words go into the message, the subject stays as it was.
    void altMLeadsIntoTheMessage()
    {
        QString id;
        DraftEditor *editor = openAsDraft(&id);
        QVERIFY(editor);
        RichTextEdit *body = typeIntoEmptyBody(editor);
        QVERIFY(body);
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        const QString subjectBefore = subject->text();
        QTest::keyClick(editor, Qt::Key_J, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), subject);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), body);
        QTest::keyClicks(QApplication::focusWidget(), "Hello Jane");
        const QJsonObject saved = savedEmail(editor, id);
        QCOMPARE(saved.value("subject").toString(), subjectBefore);
        QCOMPARE(saved.value("body_text").toString(), QStringLiteral("Hello Jane"));
        editor->close();
    }

    // Alt+A with no file attached opens the file chooser instead of typing "a" over the selected
    // subject; an Alt+letter nobody uses types nothing at all.
    void altKeysNeverTypeOverAField()
    {
        QString id;
        DraftEditor *editor = openAsDraft(&id);
        QVERIFY(editor);
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QTRY_VERIFY(editor->isBodyReady());
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        auto *to = editor->findChild<QLineEdit *>("toField");
        const QString subjectBefore = subject->text();
        const QString toBefore = to->text();
        QVERIFY(!editor->findChild<QWidget *>("attachmentPanel")->isVisible());
        QTest::keyClick(editor, Qt::Key_J, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), subject);
        QVERIFY(subject->hasSelectedText());
        FileDialogs::setNextAnswer({}); // Cancel in the chooser Alt+A opens
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
        QVERIFY(!FileDialogs::hasNextAnswer()); // the chooser was asked
        QTest::keyClick(editor, Qt::Key_T, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), to);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Q, Qt::AltModifier); // no such mnemonic
        FileDialogs::setNextAnswer({});
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
        QVERIFY(!FileDialogs::hasNextAnswer());
        QCOMPARE(subject->text(), subjectBefore);
        QCOMPARE(to->text(), toBefore);
        QVERIFY(!editor->session()->isDirty());
        editor->close();
    }

    // Ctrl+N, Create, Ctrl+W: the draft Draftdesk made and nobody wrote in is gone from Close again.
    // One written in and saved stays.
    void anUntouchedNewDraftLeavesNoLitter()
    {
        connectToSandbox();
        waitForRows();
        const int before = int(store->orderedEmailIds().size());
        DraftEditor *editor = createDraftWithKeys();
        QVERIFY(editor);
        QCOMPARE(int(store->orderedEmailIds().size()), before + 1);
        const QString id = editor->session()->original().id();
        QSignalSpy deleted(session->drafts(), &Drafts::emailDeleted);
        QTest::keyClick(editor, Qt::Key_W, Qt::ControlModifier); // no question: nothing was written
        QVERIFY(deleted.wait(10000));
        QCOMPARE(deleted.first().first().toString(), id);
        QVERIFY(!store->email(id));
        QCOMPARE(int(store->orderedEmailIds().size()), before);
        QCOMPARE(session->emails()->rowForId(id), -1);

        editor = createDraftWithKeys();
        QVERIFY(editor);
        const QString kept = editor->session()->original().id();
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        QTest::keyClick(editor, Qt::Key_J, Qt::AltModifier);
        QTest::keyClicks(subject, "Our offer");
        QCOMPARE(savedEmail(editor, kept).value("subject").toString(), QStringLiteral("Our offer"));
        QPointer<DraftEditor> closing = editor;
        QTest::keyClick(editor, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(closing.isNull());
        QVERIFY(store->email(kept));
        QCOMPARE(int(store->orderedEmailIds().size()), before + 1);
    }

    // Edit and Resend schedules the open draft: its editor turns read-only and says so, the list says
    // Scheduled, without F5.
    void aResendFromTheWorkbenchReachesTheOpenEditor()
    {
        QString id;
        DraftEditor *editor = openAsDraft(&id);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isBodyReady());
        QVERIFY(!editor->findChild<RichTextEdit *>("bodyEdit")->isReadOnly());
        const QString when = IsoDateTime::format(QDateTime::currentDateTimeUtc().addDays(2));
        InspectorServices services(session->client());
        const InspectorServices::EditableRequest resend {"PUT", "activity/email/" + id + "/", QString(),
                                                         "{\"status\": \"scheduled\", \"date_scheduled\": \""
                                                             + when + "\"}"};
        QVERIFY(services.send(resend));
        QTRY_VERIFY_WITH_TIMEOUT(editor->findChild<RichTextEdit *>("bodyEdit")->isReadOnly(), 10000);
        QVERIFY(editor->findChild<QLineEdit *>("subjectField")->isReadOnly());
        QVERIFY(editor->findChild<QLabel *>("sendState")->text().startsWith("Scheduled for"));
        const int row = session->emails()->rowForId(id);
        QCOMPARE(session->emails()->index(row, EmailListModel::StatusColumn).data().toString(),
                 QStringLiteral("Scheduled"));
        editor->close();
    }

    // Send now: once Close has sent it, the open editor says Sent and offers no Undo, as the list does.
    void aSentEmailsEditorOffersNoUndo()
    {
        QString id;
        DraftEditor *editor = openAsDraft(
            &id, [](QJsonObject &draft) { draft.insert("sender", "anna.krause@northwind.example"); });
        QVERIFY(editor);
        QTRY_VERIFY(editor->isBodyReady());
        QSignalSpy sent(editor->session(), &DraftSession::sent);
        editor->session()->sendNow("anna.krause@northwind.example", 0); // what the dialog's Send does
        QVERIFY(sent.wait(10000));
        auto *undo = editor->findChild<QPushButton *>("undoSendButton");
        QVERIFY(undo->isVisible());
        clock->advance(5000); // Close's outbox goes out
        QTRY_VERIFY_WITH_TIMEOUT(!undo->isVisible(), 15000); // Draftdesk looks again when it is due
        QCOMPARE(editor->findChild<QLabel *>("sendState")->text(), QStringLiteral("Sent."));
        const int row = session->emails()->rowForId(id);
        QCOMPARE(session->emails()->index(row, EmailListModel::StatusColumn).data().toString(),
                 QStringLiteral("Sent"));
        editor->close();
    }

    // A colleague schedules the draft; F5 shows it in the list, and the open editor follows.
    void aRefreshBringsTheOpenEditorUpToDate()
    {
        QString id;
        DraftEditor *editor = openAsDraft(&id);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isBodyReady());
        const QString when = IsoDateTime::format(QDateTime::currentDateTimeUtc().addDays(2));
        QCOMPARE(sandbox.changeInClose(id,
                                       {{"status", "scheduled"},
                                        {"date_scheduled", when},
                                        {"sender", "anna.krause@northwind.example"}}),
                 200);
        // Back to the list (a click on it), then F5.
        window->activateWindow();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(table()->model()->index(0, 1)).center());
        QTRY_COMPARE(QApplication::focusWidget(), table());
        QTest::keyClick(table(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(editor->findChild<RichTextEdit *>("bodyEdit")->isReadOnly(), 10000);
        QVERIFY(editor->findChild<QLabel *>("sendState")->text().startsWith("Scheduled for"));
        editor->close();
    }

    // F5 with a new email on top: the selected email stays selected, and the preview shows the
    // selected row's email, never the one that was there before.
    void thePreviewFollowsTheSelectionThroughARefresh()
    {
        connectToSandbox();
        waitForRows();
        table()->setFocus();
        table()->setCurrentIndex(table()->model()->index(3, 1));
        const QString chosen = window->listPanel()->currentId();
        PreviewPane *preview = window->listPanel()->preview();
        QTRY_COMPARE(preview->shownId(), chosen);
        QJsonObject fresh = *store->email(store->orderedEmailIds().constFirst());
        fresh.insert("id", "acti_brandnew");
        fresh.insert("date_created", IsoDateTime::format(clock->now().addSecs(60)));
        store->putEmail(fresh);
        QSignalSpy loaded(session->emails(), &EmailListModel::pageLoaded);
        QTest::keyClick(table(), Qt::Key_F5);
        QVERIFY(loaded.wait(10000));
        QTRY_COMPARE(preview->shownId(), window->listPanel()->currentId());
        QCOMPARE(window->listPanel()->currentId(), chosen);

        // A refresh that fails: whatever stays selected is what the preview shows.
        server->faults().add({FaultPlan::Fault::ServerError, -1, "GET", "activity/email/", 503});
        QSignalSpy failed(session->emails(), &EmailListModel::errorOccurred);
        QTest::keyClick(table(), Qt::Key_F5);
        QVERIFY(failed.wait(10000));
        QTRY_COMPARE(preview->shownId(), window->listPanel()->currentId());
        server->faults().clear();
    }

    // At the editor's default width every formatting control is in sight (none in the "»" overflow),
    // and the spelling language is one Alt+L away.
    void theSpellingLanguageIsInReach()
    {
        QString id;
        DraftEditor *editor = openAsDraft(&id);
        QVERIFY(editor);
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QCOMPARE(editor->width(), 900);
        auto *toolbar = editor->findChild<QToolBar *>("formatToolbar");
        for (QAction *action : toolbar->actions()) {
            if (action->isSeparator())
                continue;
            QWidget *shown = toolbar->widgetForAction(action);
            QVERIFY2(shown && shown->isVisible(), qPrintable(action->text()));
        }
        auto *language = editor->findChild<QComboBox *>("spellLanguageCombo");
        QVERIFY(language->isVisible());
        QVERIFY(editor->rect().contains(QRect(language->mapTo(editor, QPoint(0, 0)), language->size())));
        QCOMPARE(language->accessibleName(), QStringLiteral("Spelling language"));
        QTest::keyClick(editor, Qt::Key_L, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), language);
        // Narrower than that, the rest waits behind the toolbar's » button, which works.
        editor->resize(520, editor->height());
        auto *more = toolbar->findChild<QToolButton *>("qt_toolbar_ext_button");
        QTRY_VERIFY(more && more->isVisible());
        QVERIFY(more->isEnabled());
        editor->close();
    }

    // The first start on a desktop whose keychain does not answer: the first sentence says what it
    // means (the key is kept until quit, the README says how to get a keychain), not "Unknown error".
    void aSilentKeychainIsExplainedNotQuoted()
    {
        SilentKeychain keychain;
        Session first(sandbox.http.get(), &keychain, journal.get());
        QSignalSpy setup(&first, &Session::needsSetup);
        first.connectFromSettings();
        QVERIFY(setup.wait(5000));
        const QString said = setup.first().first().toString();
        QVERIFY2(said.contains("kept in memory until you quit"), qPrintable(said));
        QVERIFY2(said.contains("Keeping your key"), qPrintable(said));
        QVERIFY2(!said.contains("Unknown error"), qPrintable(said));
    }
};

QTEST_MAIN(TestFirstMinute)
#include "tst_firstminute.moc"
