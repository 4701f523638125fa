// The main window offscreen, driven with keys and clicks against the in-process sandbox: menus,
// connecting, the status bar, profiles, errors and their banners, About and the language.
#include "MainWindowTest.h"
#include "core/settings/AppSettings.h"
#include "ui/common/ElidedLabel.h"
#include "ui/list/PreviewPane.h"

#include <QAccessible>
#include <QHeaderView>
#include <QHelpEvent>
#include <QSplitter>
#include <QTextDocument>
#include <QToolTip>

class TestMainWindow final : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("tst_mainwindow"); }
    void init() { initTest(); }
    void cleanup() { cleanupTest(); }

    void menusAndShortcuts()
    {
        QStringList titles;
        for (QAction *action : window->menuBar()->actions())
            titles.append(action->text());
        QCOMPARE(titles, (QStringList {"&File", "&Edit", "&View", "&Help"}));
        QCOMPARE(window->findChild<QAction *>("quitAction")->shortcut(), QKeySequence(QKeySequence::Quit));
        QCOMPARE(window->findChild<QAction *>("refreshAction")->shortcuts(),
                 (QList<QKeySequence> {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)}));
        QCOMPARE(window->findChild<QAction *>("findAction")->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(window->findChild<QAction *>("settingsAction")->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }

    void welcomeWithoutCredentials()
    {
        session->connectFromSettings();
        auto *pages = window->findChild<QStackedWidget *>();
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QSignalSpy demo(window.get(), &MainWindow::demoRequested);
        QTest::mouseClick(window->findChild<QPushButton *>("tryDemoButton"), Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
        QTest::mouseClick(window->findChild<QPushButton *>("connectButton"), Qt::LeftButton);
        QTRY_VERIFY(window->findChild<SettingsDialog *>() != nullptr);
    }

    void storedKeyConnectsStraightAway()
    {
        AppSettings settings;
        settings.setBaseUrl(server->baseUrl());
        settings.setAuthMethod(AuthMethod::ApiKey);
        credentials->write(settings.credentialAccount(), "k");
        session->connectFromSettings();
        waitForRows();
        QCOMPARE(session->origin(), Session::Origin::Keychain);
    }

    void listLoadsWithStatusBar()
    {
        connectToSandbox();
        waitForRows();
        QCOMPARE(table()->model()->rowCount(), 100);
        QTRY_VERIFY(label("connectionLabel").startsWith("Anna Krause"));
        QTRY_COMPARE(
            label("pagingLabel"),
            QStringLiteral("100 emails loaded; more in Close (scroll down, or View → Load All Emails)"));
        QVERIFY(!table()->model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        // Lead names replace ids as they arrive.
        QTRY_COMPARE(table()->model()->index(0, 4).data().toString(), QStringLiteral("Acme Logistics"));
    }

    // A first run (no saved split) gives the list four parts of the height and the preview three, the
    // same before the preview has an email and after: the preview's placeholder line asked for one
    // line's height, and the split made from the size hints left the preview a strip at the bottom.
    void aFirstRunSharesTheHeightBetweenListAndPreview()
    {
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *splitter = window->findChild<QSplitter *>("listSplitter");
        QVERIFY(splitter);
        const auto share = [splitter] {
            const QList<int> sizes = splitter->sizes();
            return double(sizes.value(1)) / double(sizes.value(0) + sizes.value(1));
        };
        QTRY_VERIFY(splitter->height() > 200);
        const double before = share();
        QVERIFY2(before > 0.38 && before < 0.48, qPrintable(QString::number(before)));

        connectToSandbox();
        waitForRows();
        QTRY_VERIFY(!window->listPanel()->preview()->shownId().isEmpty());
        const double after = share();
        QVERIFY2(after > 0.38 && after < 0.48, qPrintable(QString::number(after)));
        // The rows the list shows are the rows the split leaves it: most of the first screen of 100.
        const int rowsShown = table()->viewport()->height() / table()->verticalHeader()->defaultSectionSize();
        QVERIFY2(rowsShown >= 8, qPrintable(QString::number(rowsShown)));
    }

    // In a narrow window the status bar's sentence is cut with an ellipsis where its room ends (it was
    // cut off mid-letter, flush against the connection beside it); the whole sentence is its tooltip
    // and what a screen reader reads; in a wide window it is whole and has no tooltip.
    void aLongStatusIsCutWithItsWholeTextInItsTooltip()
    {
        connectToSandbox();
        waitForRows();
        const QString sentence
            = QStringLiteral("100 emails loaded; more in Close (scroll down, or View → Load All Emails)");
        QTRY_COMPARE(label("pagingLabel"), sentence);
        auto *paging = window->findChild<ElidedLabel *>("pagingLabel");
        auto *connection = window->findChild<ElidedLabel *>("connectionLabel");
        QVERIFY(paging && connection);

        window->resize(1200, 700);
        QTRY_COMPARE(window->width(), 1200);
        QVERIFY(!paging->isElided());
        const auto tooltipOf = [](QWidget *widget) {
            QToolTip::hideText();
            QHelpEvent help(QEvent::ToolTip, QPoint(2, 2), widget->mapToGlobal(QPoint(2, 2)));
            QCoreApplication::sendEvent(widget, &help);
            return QToolTip::isVisible() ? QToolTip::text() : QString();
        };
        QCOMPARE(tooltipOf(paging), QString());

        window->resize(520, 700);
        QTRY_COMPARE(window->width(), 520);
        QTRY_VERIFY(paging->isElided());
        QVERIFY(paging->geometry().right() < connection->geometry().left()); // side by side
        QCOMPARE(paging->text(), sentence);
        QCOMPARE(QAccessible::queryAccessibleInterface(paging)->text(QAccessible::Name), sentence);
        QCOMPARE(tooltipOf(paging), Qt::convertFromPlainText(sentence, Qt::WhiteSpaceNormal));
        // Drawn: the sentence's start and an ellipsis, as a label holding just those would be drawn.
        const QString start
            = paging->fontMetrics().elidedText(sentence, Qt::ElideRight, paging->contentsRect().width());
        QVERIFY(start.endsWith(QChar(0x2026)) && start.size() > 10);
        QLabel reference(start);
        reference.setFont(paging->font());
        reference.setPalette(paging->palette());
        reference.setAlignment(paging->alignment());
        reference.setContentsMargins(paging->contentsMargins());
        reference.resize(paging->size());
        QCOMPARE(paging->grab().toImage().convertToFormat(QImage::Format_RGB32),
                 reference.grab().toImage().convertToFormat(QImage::Format_RGB32));
        // A name from the server that looks like HTML is shown as the text it is (a label of its own:
        // the window's connection label follows the session).
        const QString name
            = QStringLiteral("<img src='file:///etc/hostname'><b>Mallory</b> of a very long company");
        ElidedLabel hostile;
        hostile.setText(name);
        hostile.resize(80, hostile.sizeHint().height());
        hostile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&hostile));
        QVERIFY(hostile.isElided());
        QCOMPARE(tooltipOf(&hostile), Qt::convertFromPlainText(name, Qt::WhiteSpaceNormal));
        QVERIFY(tooltipOf(&hostile).contains(QStringLiteral("&lt;b&gt;Mallory")));
        QToolTip::hideText();
    }

    void identitiesAndRowsThatTurnSent()
    {
        connectToSandbox();
        waitForRows();
        QVERIFY(session->identities().contains("\"Northwind Sales\" <sales@northwind.example>"));
        const QString id = session->emails()->idAt(0);
        // Scheduled a moment ago, due now: the row turns "Sent" without a manual refresh.
        QCOMPARE(
            sandbox.changeInClose(id,
                                  {{"status", "scheduled"},
                                   {"sender", "anna.krause@northwind.example"},
                                   {"date_scheduled", IsoDateTime::format(sandbox.clock->now().addSecs(1))}}),
            200);
        sandbox.clock->advance(5000);
        EmailActivity scheduled = EmailActivity::fromJson(*store->email(id)).activity;
        scheduled.setDateScheduled(QDateTime::currentDateTimeUtc());
        session->emails()->updateEmail(scheduled);
        QCOMPARE(session->emails()->index(0, 0).data().toString(), QStringLiteral("Scheduled"));
        session->drafts()->watchUntilSent(scheduled);
        QTRY_COMPARE_WITH_TIMEOUT(session->emails()->index(0, 0).data().toString(), QStringLiteral("Sent"),
                                  10000);
    }

    void profilesSwitchServerAndCredentials()
    {
        SandboxFixture other;
        QVERIFY(other.start(30, "k2"));
        ConnectionProfile a {"Staging org", server->baseUrl(), AuthMethod::ApiKey, false, true};
        ConnectionProfile b {"Production", other.server->baseUrl(), AuthMethod::ApiKey, true, false};
        session->saveProfileAndConnect(a, "k");
        waitForRows();
        session->saveProfileAndConnect(b, "k2");
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::Connected, 10000);
        QCOMPARE(session->baseUrl(), other.server->baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(session->emails()->rowCount(), 30, 10000);
        auto *switcher = window->findChild<QComboBox *>("profileSwitcher");
        QCOMPARE(switcher->count(), 2);
        QVERIFY(switcher->itemText(1).contains("asks before sending"));
        // Back to the first: its key comes from the keychain entry of that profile.
        switcher->setCurrentIndex(0);
        emit switcher->activated(0);
        QTRY_COMPARE_WITH_TIMEOUT(session->baseUrl(), server->baseUrl(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(session->emails()->rowCount(), 100, 10000);
        QCOMPARE(session->currentProfile().name, QStringLiteral("Staging org"));
        // "Staging org" keeps its log: it is on disk without the key, and comes back with the profile.
        session->saveLog();
        QFile file(ProfileStore::logFile(a));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("/api/v1/activity/email/"));
        QVERIFY(!saved.contains(QByteArray("k:").toBase64()));
        Session again(sandbox.http.get(), credentials.get(), journal.get());
        again.connectProfile("Staging org");
        QVERIFY(again.client()->requestLog()->size() > 0); // yesterday's history, before any new request
        file.remove();
        other.stop();
    }

    // A draft open in an editor belongs to the connection in use: its saves go through the session's
    // one client. Switching to another profile with unsaved changes is stopped and said; once saved,
    // the switch closes the editor, and the edit reached the first organisation, not the second.
    void aSwitchWaitsForTheOpenDraftsOfTheConnectionInUse()
    {
        SandboxFixture other;
        QVERIFY(other.start(30, "k2"));
        ConnectionProfile b {"Production", other.server->baseUrl(), AuthMethod::ApiKey, false, false};
        ConnectionProfile a {"Staging org", server->baseUrl(), AuthMethod::ApiKey, false, false};
        session->saveProfileAndConnect(b, "k2");
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::Connected, 10000);
        session->saveProfileAndConnect(a, "k");
        QTRY_COMPARE_WITH_TIMEOUT(session->baseUrl(), server->baseUrl(), 10000);
        waitForRows();
        const QString id = sandbox.firstEmail("draft", true).id();
        window->openEmail(id);
        DraftEditor *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = window->findChild<DraftEditor *>()) != nullptr, 10000);
        QTRY_VERIFY(editor->isBodyReady());
        const QString before = store->email(id)->value("subject").toString();
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        subject->setFocus();
        QTest::keyClick(subject, Qt::Key_End);
        QTest::keyClicks(subject, " (staging)");

        // The switcher, with the keyboard: "Production" is the other entry.
        auto *switcher = window->findChild<QComboBox *>("profileSwitcher");
        const int production = switcher->findData("Production");
        const int staging = switcher->findData("Staging org");
        QCOMPARE(switcher->currentIndex(), staging);
        window->activateWindow();
        switcher->setFocus(Qt::TabFocusReason);
        QString said;
        answerNextBox(QMessageBox::Ok, &said);
        QTest::keyClick(switcher, production > staging ? Qt::Key_Down : Qt::Key_Up);
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY2(said.startsWith("“" + before
                                 + " (staging)” has unsaved changes. Save or close it before "
                                   "switching: it belongs to Staging org"),
                 qPrintable(said));
        QCOMPARE(switcher->currentIndex(), staging);
        QCOMPARE(session->currentProfile().name, QStringLiteral("Staging org"));
        QCOMPARE(session->baseUrl(), server->baseUrl());
        QVERIFY(editor->isVisible());
        // The same through Settings: OK keeps the dialog open, nothing is switched.
        window->findChild<QAction *>("settingsAction")->trigger();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<SettingsDialog *>()) != nullptr);
        auto *name = dialog->findChild<QLineEdit *>("profileName");
        name->selectAll();
        QTest::keyClicks(name, "Production");
        auto *url = dialog->findChild<QLineEdit *>("baseUrlField");
        url->selectAll();
        QTest::keyClicks(url, other.server->baseUrl().toString());
        QTest::keyClicks(dialog->findChild<QLineEdit *>("secretField"), "k2");
        said.clear();
        answerNextBox(QMessageBox::Ok, &said);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(said.contains("has unsaved changes"));
        QVERIFY(dialog->isVisible());
        QCOMPARE(session->baseUrl(), server->baseUrl());
        dialog->reject();

        QTest::mouseClick(editor->findChild<QPushButton *>("saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isWindowModified(), 10000);
        QCOMPARE(store->email(id)->value("subject").toString(), before + " (staging)");
        QPointer<DraftEditor> watched(editor);
        window->activateWindow();
        switcher->setFocus(Qt::TabFocusReason);
        QTest::keyClick(switcher, production > staging ? Qt::Key_Down : Qt::Key_Up);
        QTRY_VERIFY(watched.isNull() || !watched->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(session->baseUrl(), other.server->baseUrl(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::Connected, 10000);
        QCOMPARE(session->currentProfile().name, QStringLiteral("Production"));
        if (other.store->email(id)) // the demo's ids are the same in both sandboxes
            QCOMPARE(other.store->email(id)->value("subject").toString(), before);
        other.stop();
    }

    void unauthorizedShowsBannerAndSettings()
    {
        connectToSandbox("wrong-key");
        auto *banner = window->findChild<ErrorBanner *>();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(banner->message().contains("not accepted"));
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<SettingsDialog *>()) != nullptr);
        QVERIFY(dialog->findChild<QLabel *>("settingsProblem")->text().contains("not accepted"));
        QVERIFY(!dialog->findChild<QLabel *>("settingsProblem")->text().contains("wrong-key"));
        dialog->reject();
        // The list asked together with /me/ is dropped with the connection.
        QCOMPARE(session->emails()->rowCount(), 0);
        QVERIFY(!session->emails()->isLoading());
    }

    // The first page is asked for together with /me/, not after its answer: one round trip less
    // before the window shows emails.
    void theListStartsTogetherWithMe()
    {
        server->faults().setLatency(300);
        connectToSandbox();
        waitForRows();
        const RequestLog *log = session->client()->requestLog();
        const Exchange *me = nullptr;
        const Exchange *list = nullptr;
        for (int i = 0; i < log->size(); ++i) {
            if (!me && log->at(i).url.path().endsWith("/me/"))
                me = &log->at(i);
            if (!list && log->at(i).url.path().endsWith("/activity/email/"))
                list = &log->at(i);
        }
        QVERIFY(me && list);
        QVERIFY2(me->durationMs >= 300, qPrintable(QString::number(me->durationMs)));
        QVERIFY2(list->started < me->started.addMSecs(150), "the list waited for /me/");
    }

    void serverErrorShowsBannerAndRetryRecovers()
    {
        server->faults().add({FaultPlan::Fault::ServerError, 1, "GET", "/activity/email/", 500});
        connectToSandbox();
        auto *banner = window->findChild<ErrorBanner *>();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(banner->message().contains("HTTP 500"));
        QCOMPARE(table()->model()->rowCount(), 0);
        QTest::mouseClick(banner->findChild<QPushButton *>("retryButton"), Qt::LeftButton);
        waitForRows();
        QVERIFY(!banner->isVisible());
    }

    // Close asks for 50 minutes: the wait is on screen with a countdown, and Cancel gives it up.
    void longRateLimitWaitShowsCountdownAndCancel()
    {
        server->faults().setRetryAfterSeconds(3000);
        server->faults().add({FaultPlan::Fault::RateLimited, 1, "GET", "/activity/email/", 0});
        session->client()->retryPolicy().maxAttempts = 2; // the tests' default is to fail at once
        connectToSandbox();
        auto *wait = window->findChild<WaitBanner *>();
        QTRY_VERIFY_WITH_TIMEOUT(wait->isVisible(), 10000);
        QVERIFY2(wait->text().contains("Close asks to wait 50 minute"), qPrintable(wait->text()));
        QVERIFY2(wait->text().contains("tries again in 49:") || wait->text().contains("tries again in 50:"),
                 qPrintable(wait->text()));
        const int requests = server->requestCount();
        QTest::mouseClick(wait->findChild<QPushButton *>("cancelWaitButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wait->isVisible(), 5000);
        auto *banner = window->findChild<ErrorBanner *>();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000); // the list says it was not loaded, with Retry
        QCOMPARE(server->requestCount(), requests);
        QTest::mouseClick(banner->findChild<QPushButton *>("retryButton"), Qt::LeftButton);
        waitForRows();
    }

    void unreachableServerOffersRetry()
    {
        const QUrl url = server->baseUrl();
        const quint16 port = server->port();
        server.reset(); // nobody listens there now
        session->connectWith(url, AuthMethod::ApiKey, "k", Session::Origin::Environment);
        auto *banner = window->findChild<ErrorBanner *>();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->message().contains("refused the connection"), qPrintable(banner->message()));
        QVERIFY(!banner->findChild<QPushButton *>("bannerSettingsButton")->isVisible());
        // The server comes back on the same port; Retry tries the same connection again.
        server = std::make_unique<SandboxServer>(*store, *clock);
        server->api().setApiKey("k");
        QCOMPARE(server->start(port), port);
        QTest::mouseClick(banner->findChild<QPushButton *>("retryButton"), Qt::LeftButton);
        waitForRows();
        QCOMPARE(session->origin(), Session::Origin::Environment);
    }

    void settingsDialogTestsBeforeSaving()
    {
        window->findChild<QAction *>("settingsAction")->trigger();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<SettingsDialog *>()) != nullptr);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *url = dialog->findChild<QLineEdit *>("baseUrlField");
        url->selectAll();
        QTest::keyClicks(url, server->baseUrl().toString());
        QVERIFY(!ok->isEnabled()); // no key yet
        QTest::keyClicks(dialog->findChild<QLineEdit *>("secretField"), "k");
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>("testConnectionButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->findChild<QLabel *>("testResult")->text().contains("Connected as Anna Krause"), 10000);
        QTest::mouseClick(ok, Qt::LeftButton);
        waitForRows();
        QCOMPARE(session->origin(), Session::Origin::Dialog);
        // The key went to the credential store, never to QSettings.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(settings.value(key).toString() != QStringLiteral("k") || key.contains("geometry"));
    }

    // http:// to another machine: the dialog warns beside the field, and Test and Save ask before the
    // key goes; "Keep the Key Here" sends nothing.
    void settingsWarnBeforeTheKeyGoesUnencrypted()
    {
        window->findChild<QAction *>("settingsAction")->trigger();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<SettingsDialog *>()) != nullptr);
        auto *url = dialog->findChild<QLineEdit *>("baseUrlField");
        auto *warning = dialog->findChild<QLabel *>("baseUrlWarning");
        url->selectAll();
        QTest::keyClicks(url, server->baseUrl().toString()); // loopback: no warning
        QVERIFY(warning->isHidden());
        url->selectAll();
        QTest::keyClicks(url, "http://proxy.example.org/api/v1");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains("unencrypted"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>("secretField"), "api_secret_0123456789");
        const qsizetype logged = session->client()->requestLog()->size();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(dialog->findChild<QPushButton *>("testConnectionButton"), Qt::LeftButton);
        QVERIFY(!MessageBox::takeUnusedAnswer()); // it asked
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(!MessageBox::takeUnusedAnswer());
        QVERIFY(dialog->isVisible()); // not saved, not connected
        QCOMPARE(session->client()->requestLog()->size(), logged);
        QVERIFY(!AppSettings().clearTextAllowed("proxy.example.org"));
        dialog->reject();
    }

    void aboutNamesVersionQtAndLicence()
    {
        QString text;
        QTimer::singleShot(0, window.get(), [&text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            text = box->text();
            box->accept();
        });
        window->findChild<QAction *>("aboutAction")->trigger();
        QVERIFY(text.contains("9.8.7"));
        QVERIFY(text.contains(QLatin1String(qVersion())));
        QVERIFY(text.contains("General Public License"));
    }

    // The language is chosen in Edit → Language; it is remembered and applies at the next start,
    // which the app says in so many words. Choosing the one in use says nothing.
    void theLanguageMenuRemembersTheChoiceForTheNextStart()
    {
        auto *menu = window->findChild<QMenu *>("languageMenu");
        QVERIFY(menu);
        QStringList labels;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                labels.append(action->text());
        QCOMPARE(labels, (QStringList {"&System Language", "Deutsch", "English", "Français"}));
        QVERIFY(window->findChild<QAction *>("language_system")->isChecked());

        QString said;
        QTimer::singleShot(0, window.get(), [&said] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            said = box->text();
            box->accept();
        });
        window->findChild<QAction *>("language_fr")->trigger();
        QCOMPARE(AppSettings().language(), QStringLiteral("fr"));
        QCOMPARE(said, QStringLiteral("Draftdesk will use Français the next time it starts."));
        QVERIFY(window->findChild<QAction *>("language_fr")->isChecked());

        said.clear();
        window->findChild<QAction *>("language_fr")->trigger(); // already chosen: no question
        QVERIFY(said.isEmpty());
        {
            MainWindow next(session.get()); // what the next start shows as chosen
            QVERIFY(next.findChild<QAction *>("language_fr")->isChecked());
        }
        AppSettings().setLanguage(QString());
    }

    void frenchMenusWhenTheUserPrefersFrench()
    {
        QCOMPARE(Translations::install(*qApp, QLocale(QLocale::French, QLocale::France)),
                 QStringLiteral("fr"));
        MainWindow french(session.get());
        QCOMPARE(french.menuBar()->actions().constFirst()->text(), QStringLiteral("&Fichier"));
        QCOMPARE(QCoreApplication::translate("ListStatusText", "All %n email(s) loaded", nullptr, 1),
                 QStringLiteral("Le seul e-mail est chargé"));
        QCOMPARE(QCoreApplication::translate("ListStatusText", "All %n email(s) loaded", nullptr, 2),
                 QStringLiteral("Les 2 e-mails sont chargés"));
    }

    void germanMenusWhenTheUserPrefersGerman()
    {
        QCOMPARE(Translations::available(), (QStringList {"de", "en", "fr"}));
        QCOMPARE(Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("de"));
        {
            MainWindow german(session.get());
            QCOMPARE(german.menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
        }
        // English is the fallback for a language we do not ship.
        QCOMPARE(Translations::install(*qApp, QLocale(QLocale::Swahili, QLocale::Kenya)),
                 QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("ListStatusText", "All %n email(s) loaded", nullptr, 2),
                 QStringLiteral("All 2 emails loaded"));
        QCOMPARE(QCoreApplication::translate("ListStatusText", "All %n email(s) loaded", nullptr, 1),
                 QStringLiteral("All 1 email loaded"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
