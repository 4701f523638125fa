// Writing from the main window, driven with keys and clicks against the in-process sandbox: new
// drafts for a lead, templates, signatures and spelling.
#include "MainWindowTest.h"

class TestComposer final : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("tst_composer"); }
    void init() { initTest(); }
    void cleanup() { cleanupTest(); }

    // Ctrl+N: find the lead by typing part of its name, take its first contact, create. The draft is
    // in Close (lead, contact, To from the contact, the user's identity as sender), first in the list,
    // and open in the editor.
    void createADraftForALead()
    {
        connectToSandbox();
        waitForRows();
        QVERIFY(!session->identities().isEmpty());
        Signatures::setForSender(session->identities().constFirst(), "Anna Krause\nNorthwind");
        const QString leadId = store->leads.firstKey();
        const QJsonObject leadRecord = store->leads.value(leadId);
        const QString contactId = leadRecord.value("contact_ids").toArray().first().toString();
        const QString address = store->contacts.value(contactId)
                                    .value("emails")
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value("email")
                                    .toString();
        NewDraftDialog *dialog = pressNewDraft();
        QVERIFY(dialog);
        auto *search = dialog->findChild<QLineEdit *>("leadSearchField");
        QTest::keyClicks(search, leadRecord.value("display_name").toString());
        auto *leads = dialog->findChild<QListWidget *>("leadList");
        QTRY_VERIFY(leads->count() > 0);
        QCOMPARE(leads->currentItem()->text(), leadRecord.value("display_name").toString());
        QTest::keyClick(search, Qt::Key_Return); // to the results, not "Create"
        QCOMPARE(QApplication::focusWidget(), leads);
        QVERIFY(dialog->isVisible());
        const int rowsBefore = session->emails()->rowCount();
        QSignalSpy created(session->drafts(), &Drafts::emailCreated);
        QTest::keyClick(leads, Qt::Key_Return); // the default button: Create Draft
        QVERIFY(created.wait(10000));
        const EmailActivity email = created.first().first().value<EmailActivity>();
        const QJsonObject stored = *store->email(email.id());
        QCOMPARE(stored.value("status").toString(), QStringLiteral("draft"));
        QCOMPARE(stored.value("lead_id").toString(), leadId);
        QCOMPARE(stored.value("contact_id").toString(), contactId);
        QCOMPARE(stored.value("to").toArray(), QJsonArray {address});
        QCOMPARE(stored.value("sender").toString(), session->identities().value(0));
        QVERIFY(!stored.value("sender").toString().isEmpty());
        // The sender's signature, below room to write.
        QVERIFY2(stored.value("body_text").toString().endsWith("-- \nAnna Krause\nNorthwind"),
                 qPrintable(stored.value("body_text").toString()));
        QCOMPARE(session->emails()->rowCount(), rowsBefore + 1);
        QCOMPARE(session->emails()->rowForId(email.id()), 0);
        DraftEditor *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = window->findChild<DraftEditor *>()) != nullptr, 10000);
        QCOMPARE(editor->findChild<QLineEdit *>("toField")->text(), address);
        // To is filled: what the person types next is the subject, then Tab leads on to the body.
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        QTRY_COMPARE(QApplication::focusWidget(), subject);
        QTest::keyClicks(QApplication::focusWidget(), "Quote for rain jackets");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(store->email(email.id())->value("subject").toString(),
                                  QStringLiteral("Quote for rain jackets"), 10000);
        QTRY_VERIFY(!editor->isWindowModified());
        editor->close();
    }

    // From a selected email: the dialog starts on its lead, no typing needed.
    void newDraftForTheLeadOfTheSelectedEmail()
    {
        connectToSandbox();
        waitForRows();
        table()->setCurrentIndex(table()->model()->index(0, 1));
        const QString leadId = table()->model()->index(0, 0).data(EmailListModel::LeadIdRole).toString();
        QVERIFY(!leadId.isEmpty());
        window->findChild<QAction *>("newDraftForLeadAction")->trigger();
        NewDraftDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<NewDraftDialog *>()) != nullptr);
        QTRY_COMPARE(dialog->leadId(), leadId);
        QVERIFY(!dialog->recipients().isEmpty());
        dialog->reject();
    }

    // A template over typed text: the picker, then a question; Close renders it for the draft's contact,
    // the subject and text are replaced (one undo step each), and the save carries template_id.
    void applyATemplateOverTypedText()
    {
        QString id;
        DraftEditor *editor = openAsDraft(&id);
        QVERIFY(editor);
        auto *body = editor->findChild<QTextEdit *>("bodyEdit");
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        QTRY_VERIFY(!body->toPlainText().isEmpty());
        const QString typedBody = body->toPlainText();
        const QString typedSubject = subject->text();

        // No: nothing changes.
        QString asked;
        pickTemplateWhenAsked("follow");
        answerNextBox(QMessageBox::No, &asked);
        editor->findChild<QAction *>("applyTemplateAction")->trigger();
        QVERIFY2(asked.contains("Follow-up after call"), qPrintable(asked));
        QCOMPARE(body->toPlainText(), typedBody);

        pickTemplateWhenAsked("follow");
        answerNextBox(QMessageBox::Yes, &asked);
        editor->findChild<QAction *>("applyTemplateAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(subject->text(), QStringLiteral("Following up on our call"), 10000);
        QVERIFY(body->toPlainText().contains("Thanks for your time today"));
        QVERIFY2(!body->toPlainText().contains("{{"), qPrintable(body->toPlainText())); // rendered by Close
        QVERIFY(body->toPlainText().startsWith("Hi "));

        RequestLog *log = session->client()->requestLog();
        const int before = log->size();
        QSignalSpy saved(editor->session(), &DraftSession::saved);
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(10000));
        QJsonObject put;
        for (int i = before; i < log->size(); ++i)
            if (log->at(i).method == "PUT")
                put = QJsonDocument::fromJson(log->at(i).requestBody).object();
        QCOMPARE(put.value("template_id").toString(),
                 QStringLiteral("tmpl_demoFollow0000000000000000000000000000002"));
        QCOMPARE(put.value("subject").toString(), QStringLiteral("Following up on our call"));
        QVERIFY(put.value("body_html").toString().contains("pricing sheet"));
        QCOMPARE(store->email(id)->value("template_id").toString(), put.value("template_id").toString());

        // One undo in the text brings the typed text back; one in the subject, the typed subject.
        body->undo();
        QCOMPARE(body->toPlainText(), typedBody);
        subject->undo();
        QCOMPARE(subject->text(), typedSubject);
        MessageBox::setNextAnswer(QMessageBox::Discard); // the undone text is an unsaved change
        editor->close();
    }

    // Changing the sender swaps the signature while nobody has touched it; an edited one stays.
    void theSignatureFollowsTheSenderWhileUntouched()
    {
        Signatures::setForSender("anna@northwind.example", "Anna\nNorthwind Outfitters");
        Signatures::setForSender("ben@northwind.example", "Ben Okafor\nSales");
        QString id;
        DraftEditor *editor = openAsDraft(&id, [](QJsonObject &draft) {
            draft.insert("sender", "anna@northwind.example");
            const QString html = QStringLiteral("<p>Hello Jane,</p><p>see you soon.</p>")
                + Signatures::htmlBlock("Anna\nNorthwind Outfitters");
            draft.insert("body_html", html);
            draft.insert("body_text", "Hello Jane,\nsee you soon.\n-- \nAnna\nNorthwind Outfitters");
        });
        QVERIFY(editor);
        auto *body = editor->findChild<QTextEdit *>("bodyEdit");
        auto *sender = editor->findChild<QComboBox *>("senderField");
        QTRY_VERIFY(body->toPlainText().endsWith("Anna\nNorthwind Outfitters"));

        sender->setEditText("ben@northwind.example");
        QVERIFY2(body->toPlainText().endsWith("-- \nBen Okafor\nSales"), qPrintable(body->toPlainText()));
        QVERIFY(body->toPlainText().startsWith("Hello Jane,\nsee you soon."));
        QVERIFY(!body->toPlainText().contains("Anna"));

        // Edited: the next change of sender leaves it alone.
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, " (mobile: 0151 000)");
        sender->setEditText("anna@northwind.example");
        QVERIFY(body->toPlainText().endsWith("Sales (mobile: 0151 000)"));
        QVERIFY(!body->toPlainText().contains("Northwind Outfitters"));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        editor->close();
    }

    // A misspelt word is marked; its context menu offers the dictionary's suggestions first, and
    // choosing one fixes the word. In English and in German, per draft.
    // A large body is prepared on workers while the window shows "Preparing the body…"; the
    // dictionary is read once the body itself has been painted, and its marks then come.
    void aLargeBodyGetsItsSpellingMarksOnceShown()
    {
        QString html = "<p>Helo there</p>";
        while (html.size() < 150000)
            html += "<p>The quick brown fox jumps over the lazy dog.</p>";
        QString id;
        DraftEditor *editor = openAsDraft(&id, [&](QJsonObject &draft) {
            draft.insert("body_html", html);
            draft.insert("body_text", QString());
        });
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isBodyReady(), 10000);
        auto *body = editor->findChild<QTextEdit *>("bodyEdit");
        QCOMPARE(body->document()->firstBlock().text(), QStringLiteral("Helo there"));
        const auto marks = [&] {
            QList<QPair<int, int>> found;
            for (const QTextLayout::FormatRange &range : body->document()->firstBlock().layout()->formats())
                if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                    found.append({range.start, range.length});
            return found;
        };
        QTRY_COMPARE_WITH_TIMEOUT(marks(), (QList<QPair<int, int>> {{0, 4}}), 10000);
    }

    void spellingSuggestionsInEnglishAndGerman_data()
    {
        QTest::addColumn<QString>("dictionary");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("wrong");
        QTest::addColumn<QString>("right");
        QTest::newRow("en_US") << "en_US"
                               << "We recieve the order"
                               << "recieve"
                               << "receive";
        QTest::newRow("de_DE") << "de_DE"
                               << "Unser Angebott gilt"
                               << "Angebott"
                               << "Angebot";
    }

    void spellingSuggestionsInEnglishAndGerman()
    {
        QFETCH(QString, dictionary);
        QFETCH(QString, typed);
        QFETCH(QString, wrong);
        QFETCH(QString, right);
        QTemporaryDir words;
        SpellChecker::setPersonalListPath(words.filePath("words.txt"));
        QString id;
        DraftEditor *editor = openAsDraft(&id, [&](QJsonObject &draft) {
            draft.insert("body_html", QString("<p>" + typed + "</p>"));
            draft.insert("body_text", typed);
            draft.insert("subject", QString("Our " + wrong));
        });
        QVERIFY(editor);
        auto *body = editor->findChild<QTextEdit *>("bodyEdit");
        QTRY_COMPARE(body->toPlainText(), typed);
        auto *language = editor->findChild<QComboBox *>("spellLanguageCombo");
        QTRY_VERIFY(language->findData(dictionary) >= 0);
        language->setCurrentIndex(language->findData(dictionary));
        emit language->activated(language->currentIndex());

        // The wavy underline sits on the wrong word only (the highlighter marks on its next turn).
        const QTextBlock block = body->document()->firstBlock();
        const int at = int(typed.indexOf(wrong));
        const auto marks = [&] {
            QList<QPair<int, int>> found;
            for (const QTextLayout::FormatRange &range : block.layout()->formats())
                if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                    found.append({range.start, range.length});
            return found;
        };
        QTRY_VERIFY(!marks().isEmpty());
        QCOMPARE(marks(), (QList<QPair<int, int>> {{at, int(wrong.size())}}));

        QTextCursor cursor(block);
        cursor.setPosition(block.position() + at + 2);
        const QPoint point = body->cursorRect(cursor).center();
        std::unique_ptr<QMenu> menu(editor->bodyContextMenu(point));
        const QList<QAction *> actions = menu->actions();
        QVERIFY(!actions.isEmpty());
        QCOMPARE(actions.constFirst()->objectName(), QStringLiteral("spellSuggestion"));
        QAction *fix = nullptr;
        for (QAction *action : actions)
            if (action->objectName() == "spellSuggestion" && action->text() == right)
                fix = action;
        QVERIFY2(fix, qPrintable(wrong));
        QVERIFY(menu->findChild<QAction *>("spellAddToDictionary"));
        QVERIFY(menu->findChild<QAction *>("spellIgnore"));
        fix->trigger();
        QCOMPARE(body->toPlainText(), QString(typed).replace(wrong, right));

        // The subject: the same menu, the same fix.
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        // A point inside the wrong word, as a right click would give.
        const int inWord = int(subject->text().indexOf(wrong)) + 2;
        int x = 0;
        while (x < subject->width() && subject->cursorPositionAt(QPoint(x, subject->height() / 2)) < inWord)
            ++x;
        std::unique_ptr<QMenu> subjectMenu(editor->subjectContextMenu(QPoint(x, subject->height() / 2)));
        QAction *subjectFix = nullptr;
        for (QAction *action : subjectMenu->actions())
            if (action->objectName() == "spellSuggestion" && action->text() == right)
                subjectFix = action;
        QVERIFY(subjectFix);
        subjectFix->trigger();
        QCOMPARE(subject->text(), "Our " + right);
        QCOMPARE(AppSettings().spellLanguageFor(id, QString()), dictionary); // this draft's language is kept
        MessageBox::setNextAnswer(QMessageBox::Discard);
        editor->close();
        SpellChecker::setPersonalListPath(QString());
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
