// The main window offscreen, driven with keys and clicks against the in-process sandbox.
#include "WindowFixture.h"
#include "core/api/ApiCall.h"
#include "core/api/RequestLog.h"
#include "core/base/IsoDateTime.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "core/drafts/Signatures.h"
#include "core/drafts/SpellChecker.h"
#include "core/list/EmailFilterModel.h"
#include "core/qa/Scenario.h"
#include "core/session/Session.h"
#include "core/settings/ConnectionProfile.h"
#include "core/settings/CredentialStore.h"
#include "core/settings/Translations.h"
#include "fakes/SandboxFixture.h"
#include "sandbox/DemoData.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/MessageBox.h"
#include "ui/common/QuotedTextView.h"
#include "ui/common/SafeTextBrowser.h"
#include "ui/common/WaitBanner.h"
#include "ui/dialogs/NewDraftDialog.h"
#include "ui/dialogs/SendDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/TemplatePicker.h"
#include "ui/editor/DraftEditor.h"
#include "ui/inspector/NetworkInspector.h"
#include "ui/inspector/RequestEditorDialog.h"
#include "ui/inspector/ScenarioDialog.h"
#include "ui/list/EmailListPanel.h"
#include "ui/list/EmailViewer.h"
#include "ui/list/PreviewPane.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    WindowFixture app;
    SandboxFixture &sandbox = app.sandbox;
    std::unique_ptr<ManualClock> &clock = sandbox.clock;
    std::unique_ptr<SandboxStore> &store = sandbox.store;
    std::unique_ptr<SandboxServer> &server = sandbox.server;
    std::unique_ptr<MemoryCredentialStore> &credentials = app.credentials;
    std::unique_ptr<DraftJournal> &journal = app.journal;
    std::unique_ptr<Session> &session = app.session;
    std::unique_ptr<MainWindow> &window = app.window;

    QTableView *table() const { return window->listPanel()->table(); }
    QString label(const char *name) const { return window->findChild<QLabel *>(name)->text(); }
    void connectToSandbox(const QString &key = "k")
    {
        session->connectWith(server->baseUrl(), AuthMethod::ApiKey, key, Session::Origin::Demo);
    }
    void waitForRows() { QTRY_VERIFY_WITH_TIMEOUT(table()->model()->rowCount() > 0, 10000); }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("DraftdeskTests");
        QApplication::setApplicationName("tst_mainwindow");
        QApplication::setApplicationVersion("9.8.7");
        QApplication::setApplicationDisplayName("Draftdesk");
        QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=false");
        qRegisterMetaType<EmailActivity>();
    }

    void init()
    {
        QSettings().clear(); // every test starts like a first run (no saved columns, URL or geometry)
        QVERIFY(app.start(250));
    }
    void cleanup()
    {
        app.stop();
        QVERIFY2(!MessageBox::takeUnusedAnswer(), "a question the test answered was never asked");
    }

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
            QStringLiteral("100 email(s) loaded; more in Close (scroll down, or View → Load All Emails)"));
        QVERIFY(!table()->model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        // Lead names replace ids as they arrive.
        QTRY_COMPARE(table()->model()->index(0, 4).data().toString(), QStringLiteral("Acme Logistics"));
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
        QVERIFY(inspector->curlForCurrent().contains("\"$CLOSE_API_KEY:\""));
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
        Session again(sandbox.network.get(), credentials.get(), journal.get());
        again.connectProfile("Staging org");
        QVERIFY(again.client()->requestLog()->size() > 0); // yesterday's history, before any new request
        file.remove();
        other.stop();
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

    void typingAFilter()
    {
        connectToSandbox();
        waitForRows();
        auto *status = window->findChild<QComboBox *>("statusFilter");
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down); // All → Drafts
        QCOMPARE(status->currentText(), QStringLiteral("Drafts"));
        const int drafts = table()->model()->rowCount();
        QVERIFY(drafts > 0 && drafts < 100);
        for (int row = 0; row < drafts; ++row)
            QCOMPARE(table()->model()->index(row, 0).data().toString(), QStringLiteral("Draft"));
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = window->findChild<QLineEdit *>("searchField");
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, "jacket");
        QTRY_VERIFY(table()->model()->rowCount() < drafts);
        QVERIFY(table()->model()->rowCount() > 0);
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            QVERIFY(table()->model()->index(row, 1).data().toString().contains("jacket"));
        QTest::keyClick(search, Qt::Key_Return); // hands the keyboard to the list
        QVERIFY(table()->hasFocus());
    }

    void endLoadsMoreAndEnterOpens()
    {
        connectToSandbox();
        waitForRows();
        table()->setFocus();
        QCOMPARE(table()->currentIndex().row(), 0); // the first row is current from the start
        QTest::keyClick(table(), Qt::Key_End);
        QCOMPARE(table()->currentIndex().row(), 99); // the last email, not the last column
        QTRY_VERIFY_WITH_TIMEOUT(table()->model()->rowCount() > 100, 10000);
        QTest::keyClick(table(), Qt::Key_Home);
        QCOMPARE(table()->currentIndex().row(), 0);
        // A draft opens in the editor…
        table()->setCurrentIndex(table()->model()->index(0, 1));
        QCOMPARE(table()->model()->index(0, 0).data().toString(), QStringLiteral("Draft"));
        const QString subject = table()->model()->index(0, 1).data().toString();
        QTest::keyClick(table(), Qt::Key_Return);
        DraftEditor *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = window->findChild<DraftEditor *>()) != nullptr, 10000);
        QCOMPARE(editor->windowTitle(), subject + "[*]");
        QVERIFY(!editor->isReadOnly());
        editor->close();
        // …anything else read-only.
        int sentRow = 0;
        while (table()->model()->index(sentRow, 0).data().toString() != QStringLiteral("Sent"))
            ++sentRow;
        table()->setCurrentIndex(table()->model()->index(sentRow, 1));
        QTest::keyClick(table(), Qt::Key_Return);
        EmailViewer *viewer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((viewer = window->findChild<EmailViewer *>()) != nullptr, 10000);
        QCOMPARE(viewer->windowTitle(), table()->model()->index(sentRow, 1).data().toString());
        viewer->close();
    }

    void previewFetchesNothingRemote()
    {
        // Changed before the list loads: the preview's first fetch of row 0 already has the images.
        const QString id = store->orderedEmailIds().constFirst();
        QJsonObject email = *store->email(id);
        email.insert("body_html",
                     "<p>Hello</p><img src=\"https://tracker.example/pixel.gif\"><img "
                     "src=\"http://x.example/a.png\">");
        store->putEmail(email);
        connectToSandbox();
        waitForRows();
        QCOMPARE(session->emails()->idAt(0), id);
        table()->setCurrentIndex(table()->model()->index(0, 1));
        PreviewPane *preview = window->listPanel()->preview();
        QTRY_COMPARE_WITH_TIMEOUT(preview->shownId(), id, 10000);
        QCOMPARE(preview->body()->blockedCount(), 2);
        QVERIFY(preview->body()->toPlainText().contains("Hello"));
        QVERIFY(window->findChild<QLabel *>("previewNote")->isVisible());
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

    // Close asks for two hours: the wait is on screen with a countdown, and Cancel gives it up.
    void longRateLimitWaitShowsCountdownAndCancel()
    {
        server->faults().setRetryAfterSeconds(7200);
        server->faults().add({FaultPlan::Fault::RateLimited, 1, "GET", "/activity/email/", 0});
        session->client()->retryPolicy().maxAttempts = 2; // the tests' default is to fail at once
        connectToSandbox();
        auto *wait = window->findChild<WaitBanner *>();
        QTRY_VERIFY_WITH_TIMEOUT(wait->isVisible(), 10000);
        QVERIFY2(wait->text().contains("Close asks to wait 120 minute"), qPrintable(wait->text()));
        QVERIFY2(wait->text().contains("tries again in 1:59:")
                     || wait->text().contains("tries again in 2:00:"),
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

    // At the default 1,200 px the columns fit without a horizontal scroll bar (the subject takes the
    // rest), in English and in the longer French and German.
    void theDefaultColumnsFitA1200PixelWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "";
        QTest::newRow("de") << "de";
        QTest::newRow("fr") << "fr";
    }
    void theDefaultColumnsFitA1200PixelWindow()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/draftdesk_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        window.reset();
        window = std::make_unique<MainWindow>(session.get());
        window->resize(1200, 760);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        connectToSandbox();
        waitForRows();
        QTRY_COMPARE(table()->horizontalScrollBar()->maximum(), 0);
        QVERIFY(table()->columnWidth(EmailListModel::SubjectColumn) >= 250);
        // Every status name fits its column.
        const QFontMetrics metrics(table()->font());
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            const QString status
                = table()->model()->index(row, EmailListModel::StatusColumn).data().toString();
            // The text, the icon and the cell's margins (the style's text and icon padding).
            const int icon = table()->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, table());
            const int margins
                = 3 * table()->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table()) + 8;
            QVERIFY2(metrics.horizontalAdvance(status) + icon + margins
                         <= table()->columnWidth(EmailListModel::StatusColumn),
                     qPrintable(status));
        }
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
        const int before = session->client()->requestLog()->size();
        sandbox.clock->advance(2000); // a later write: Close stamps a new date_updated
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE(store->email(draftId)->value("subject").toString(), "Changed in QA");
        QTRY_COMPARE(session->client()->requestLog()->size(), before + 1);
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

    // Answers the next modal message box, whenever it comes, with this button, and keeps what it said.
    void answerNextBox(QMessageBox::StandardButton button, QString *said)
    {
        auto *poll = new QTimer(window.get());
        poll->setInterval(5);
        connect(poll, &QTimer::timeout, poll, [poll, button, said] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->button(button))
                return;
            poll->deleteLater();
            poll->stop();
            *said = box->text();
            box->button(button)->click();
        });
        poll->start();
    }

    // The first email as a draft (shaped by the test), listed and open in the editor (null on a timeout).
    DraftEditor *openAsDraft(QString *id, const std::function<void(QJsonObject &)> &shape = {})
    {
        *id = store->orderedEmailIds().constFirst();
        QJsonObject draft = *store->email(*id);
        draft.insert("status", "draft");
        if (shape)
            shape(draft);
        store->putEmail(draft);
        connectToSandbox();
        waitForRows();
        window->openEmail(*id);
        DraftEditor *editor = nullptr;
        if (!QTest::qWaitFor([&] { return (editor = window->findChild<DraftEditor *>()) != nullptr; }, 10000))
            return nullptr;
        return editor;
    }

    // Picks a template in the picker, whenever it opens and once its list is loaded.
    void pickTemplateWhenAsked(const QString &namePart)
    {
        auto *poll = new QTimer(window.get());
        poll->setInterval(5);
        connect(poll, &QTimer::timeout, poll, [poll, namePart] {
            auto *picker = qobject_cast<TemplatePicker *>(QApplication::activeModalWidget());
            if (!picker || picker->findChild<QListWidget *>("templateList")->count() == 0)
                return;
            poll->stop();
            poll->deleteLater();
            QTest::keyClicks(picker->findChild<QLineEdit *>("templateFilter"), namePart);
            QTest::mouseClick(picker->findChild<QPushButton *>("applyTemplateButton"), Qt::LeftButton);
        });
        poll->start();
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

    // Del on a draft in the list asks first (naming it, saying Close has no undo); the row goes only
    // when Close confirms. No is no.
    void deleteADraftFromTheList()
    {
        const QString id = store->orderedEmailIds().constFirst();
        QJsonObject draft = *store->email(id);
        draft.insert("status", "draft");
        draft.insert("subject", "Old quote");
        draft.insert("to", QJsonArray {"\"Jane Doe\" <jane.doe@acme.example>"});
        store->putEmail(draft);
        connectToSandbox();
        waitForRows();
        table()->setFocus();
        const int row = session->emails()->rowForId(id);
        QVERIFY(row >= 0);
        table()->setCurrentIndex(window->listPanel()->table()->model()->index(0, 1));
        QTRY_COMPARE(window->listPanel()->currentId(), id);
        QString said;
        answerNextBox(QMessageBox::No, &said);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY2(said.contains("Old quote") && said.contains("Jane Doe") && said.contains("no undo"),
                 qPrintable(said));
        QVERIFY(store->email(id));
        QVERIFY(session->emails()->rowForId(id) >= 0);

        answerNextBox(QMessageBox::Yes, &said);
        QSignalSpy deleted(session->drafts(), &Drafts::emailDeleted);
        window->activateWindow(); // back from the question: shortcuts work in the active window
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(session->emails()->rowForId(id) >= 0); // not before Close said so
        QVERIFY(deleted.wait(10000));
        QVERIFY(!store->email(id));
        QCOMPARE(session->emails()->rowForId(id), -1);
        QVERIFY(window->statusBar()->currentMessage().contains("Deleted “Old quote”"));
    }

    // Only drafts: Del on a sent email does nothing, and the action is off.
    void onlyDraftsCanBeDeleted()
    {
        const QString id = store->orderedEmailIds().constFirst();
        QJsonObject sent = *store->email(id);
        sent.insert("status", "sent");
        store->putEmail(sent);
        connectToSandbox();
        waitForRows();
        table()->setCurrentIndex(table()->model()->index(0, 1));
        QTRY_COMPARE(window->listPanel()->currentId(), id);
        QVERIFY(!window->findChild<QAction *>("deleteDraftAction")->isEnabled());
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(store->email(id));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }

    // Close fails the delete: the row stays, and the user is told why.
    void aFailedDeleteKeepsTheRowAndSaysWhy()
    {
        const QString id = store->orderedEmailIds().constFirst();
        QJsonObject draft = *store->email(id);
        draft.insert("status", "draft");
        store->putEmail(draft);
        connectToSandbox();
        waitForRows();
        table()->setCurrentIndex(table()->model()->index(0, 1));
        QTRY_COMPARE(window->listPanel()->currentId(), id);
        server->faults().add({FaultPlan::Fault::ServerError, 1, "DELETE", "/activity/email/", 500});
        QString asked;
        answerNextBox(QMessageBox::Yes, &asked);
        QSignalSpy failed(session->drafts(), &Drafts::deleteFailed);
        window->findChild<QAction *>("deleteDraftAction")->trigger();
        QString warned;
        answerNextBox(QMessageBox::Ok, &warned);
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY(!warned.isEmpty());
        QVERIFY2(warned.contains("not deleted"), qPrintable(warned));
        QVERIFY(store->email(id));
        QVERIFY(session->emails()->rowForId(id) >= 0);
    }

    // From the editor's Draft menu: the editor closes without asking about its edits, and the row goes.
    void deleteADraftFromItsEditor()
    {
        QString id;
        DraftEditor *editor = openAsDraft(&id);
        QVERIFY(editor);
        QPointer<DraftEditor> alive(editor);
        QTest::keyClicks(editor->findChild<QLineEdit *>("subjectField"), " (changed)");
        QString asked;
        answerNextBox(QMessageBox::Yes, &asked);
        editor->findChild<QAction *>("deleteDraftAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 10000);
        QVERIFY(!store->email(id));
        QCOMPARE(session->emails()->rowForId(id), -1);
    }

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
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        NewDraftDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<NewDraftDialog *>()) != nullptr);
        dialog->setSearchDelay(0);
        auto *search = dialog->findChild<QLineEdit *>("leadSearchField");
        QTRY_COMPARE(QApplication::focusWidget(), search);
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

    void everyFilterControlIsNamed()
    {
        // The status filter is named by its label ("Show:"); tst_accessibility checks every control.
        for (const char *name : {"searchField", "leadFilter", "periodFilter", "emailTable"}) {
            auto *widget = window->findChild<QWidget *>(name);
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
    }

    // The record Close's documentation prints, served verbatim: listed, previewed with its quoted part,
    // opened, saved as a PUT of the body alone, and sent with Ctrl+Return.
    void theDocsRecordThroughEveryPath()
    {
        QFile file(DRAFTDESK_TEST_DATA "/close-sample-email.json");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject sample = QJsonDocument::fromJson(file.readAll()).object();
        const QString id = sample.value("id").toString();
        store->putEmail(sample);
        connectToSandbox();
        waitForRows();
        window->findChild<QAction *>("loadAllAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(session->emails()->rowForId(id) >= 0 && !session->emails()->isLoading(),
                                 10000);
        QTRY_COMPARE(label("pagingLabel"), QStringLiteral("All 251 email(s) loaded"));

        QModelIndex row;
        for (int r = 0; r < table()->model()->rowCount() && !row.isValid(); ++r) {
            if (table()->model()->index(r, 0).data(EmailListModel::IdRole).toString() == id)
                row = table()->model()->index(r, 1);
        }
        QVERIFY(row.isValid());
        QCOMPARE(row.data().toString(), QStringLiteral("Updated subject!"));
        table()->setCurrentIndex(row);
        PreviewPane *preview = window->listPanel()->preview();
        QTRY_COMPARE_WITH_TIMEOUT(preview->shownId(), id, 10000);
        QVERIFY(preview->quoted()->isVisible());
        QVERIFY(preview->quoted()->isExpanded()); // "expand": true
        QVERIFY(preview->quoted()->shownText().startsWith("Hi! My name is Karan"));

        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Return);
        DraftEditor *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = window->findChild<DraftEditor *>()) != nullptr, 10000);
        QVERIFY(!editor->isReadOnly());
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        auto *body = editor->findChild<QTextEdit *>("bodyEdit");
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, " Talk soon.");
        RequestLog *log = session->client()->requestLog();
        const int before = log->size();
        QSignalSpy saved(editor->session(), &DraftSession::saved);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(10000));
        QJsonObject put;
        for (int i = before; i < log->size(); ++i) {
            if (log->at(i).method == "PUT")
                put = QJsonDocument::fromJson(log->at(i).requestBody).object();
        }
        QCOMPARE(put.keys(), (QStringList {"body_html", "body_text"}));
        QVERIFY(put.value("body_text").toString().endsWith("Talk soon."));
        // Everything the save did not touch is as the docs printed it, byte for byte.
        const QJsonObject stored = *store->email(id);
        for (const QString &key : sample.keys()) {
            if (!QStringList {"body_html", "body_text", "body_preview", "date_updated", "updated_by",
                              "updated_by_name"}
                     .contains(key))
                QCOMPARE(stored.value(key), sample.value(key));
        }

        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        SendDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = editor->findChild<SendDialog *>()) != nullptr);
        dialog->findChild<QSpinBox *>("sendInSpin")->setValue(0);
        QTest::mouseClick(dialog->findChild<QPushButton *>("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isReadOnly(), 10000);
        clock->advance(1000);
        QTRY_COMPARE_WITH_TIMEOUT(store->email(id)->value("status").toString(), QStringLiteral("sent"),
                                  10000);
        QCOMPARE(store->email(id)->value("sender").toString(), QStringLiteral("karan@close.com"));
        editor->close();
    }

    // Close caps _skip at 10,000 here; Load All still ends with every email and no error.
    void loadAllPastTheSkipCap()
    {
        SandboxFixture big;
        QVERIFY(big.start(30000));
        session->connectWith(big.server->baseUrl(), AuthMethod::ApiKey, "k", Session::Origin::Demo);
        waitForRows();
        window->findChild<QAction *>("loadAllAction")->trigger();
        while (session->emails()->isLoading()) {
            QSignalSpy page(session->emails(), &EmailListModel::pageLoaded);
            QVERIFY(page.wait(30000));
        }
        QCOMPARE(session->emails()->rowCount(), 30000);
        QVERIFY(!window->findChild<ErrorBanner *>()->isVisible());
        QCOMPARE(label("pagingLabel"), QStringLiteral("All 30000 email(s) loaded"));
        qInfo("30,000 emails in %d list requests", session->emails()->listRequestCount());
    }

    void aRefusedListOffersNoRetry()
    {
        connectToSandbox();
        waitForRows();
        // The preview of row 0 also GETs /activity/email/…: let it arrive first, so the fault meets
        // the next list page and nothing else.
        QTRY_COMPARE_WITH_TIMEOUT(window->listPanel()->preview()->shownId(), session->emails()->idAt(0),
                                  10000);
        server->faults().add({FaultPlan::Fault::ServerError, 1, "GET", "/activity/email/", 400});
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_End);
        auto *banner = window->findChild<ErrorBanner *>();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(!banner->findChild<QPushButton *>("retryButton")->isVisible());
        QVERIFY2(banner->message().contains("Change the filters"), qPrintable(banner->message()));
        QVERIFY(label("pagingLabel").startsWith("100 email(s) loaded; loading stopped"));
    }

    QModelIndex firstRowWithStatus(const QString &status) const
    {
        for (int r = 0; r < table()->model()->rowCount(); ++r) {
            if (table()->model()->index(r, 0).data().toString() == status)
                return table()->model()->index(r, 1);
        }
        return {};
    }

    // From the list: a scheduled email opens read-only with Unschedule, which works; the row and the
    // preview follow.
    void unscheduleFromTheList()
    {
        connectToSandbox();
        waitForRows();
        const QModelIndex row = firstRowWithStatus("Scheduled");
        QVERIFY(row.isValid());
        const QString id = row.data(EmailListModel::IdRole).toString();
        table()->setCurrentIndex(row);
        PreviewPane *preview = window->listPanel()->preview();
        QTRY_COMPARE_WITH_TIMEOUT(preview->shownId(), id, 10000);
        QVERIFY(window->findChild<QLabel *>("previewHeader")->text().contains("Scheduled for"));
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Return);
        DraftEditor *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = window->findChild<DraftEditor *>()) != nullptr, 10000);
        QVERIFY(editor->isReadOnly());
        auto *unschedule = editor->findChild<QPushButton *>("undoSendButton");
        QVERIFY(unschedule->isVisible());
        QCOMPARE(unschedule->text(), QStringLiteral("&Unschedule"));
        QTest::mouseClick(unschedule, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isReadOnly(), 10000);
        QCOMPARE(store->email(id)->value("status").toString(), QStringLiteral("draft"));
        const int listRow = session->emails()->rowForId(id);
        QCOMPARE(session->emails()->index(listRow, 0).data().toString(), QStringLiteral("Draft"));
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLabel *>("previewHeader")->text().contains("Draft"),
                                 10000);
        QVERIFY(window->statusBar()->currentMessage().contains("back to draft"));
        editor->close();
    }

    // Closing the window does not cancel a send in flight, nor the read-back after a lost answer:
    // the list ends with what Close has.
    void anEditorClosedMidSendStillTellsTheTruth()
    {
        connectToSandbox();
        waitForRows();
        QModelIndex row;
        for (int r = 0; r < table()->model()->rowCount() && !row.isValid(); ++r) {
            const QModelIndex candidate = table()->model()->index(r, 1);
            if (table()->model()->index(r, 0).data().toString() == "Draft"
                && store->email(candidate.data(EmailListModel::IdRole).toString())
                       ->value("sender")
                       .isString())
                row = candidate;
        }
        QVERIFY(row.isValid());
        const QString id = row.data(EmailListModel::IdRole).toString();
        table()->setCurrentIndex(row);
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Return);
        QPointer<DraftEditor> editor;
        QTRY_VERIFY_WITH_TIMEOUT((editor = window->findChild<DraftEditor *>()) != nullptr, 10000);
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        SendDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = editor->findChild<SendDialog *>()) != nullptr);
        dialog->findChild<QSpinBox *>("sendInSpin")->setValue(30);
        // The PUT is applied, then the connection drops: only a read-back can tell what happened.
        server->faults().add({FaultPlan::Fault::DropAfterProcessing, 1, "PUT", "/activity/email/", 0});
        server->faults().setLatency(200);
        QSignalSpy handled(server.get(), &SandboxServer::requestHandled);
        QTest::mouseClick(dialog->findChild<QPushButton *>("sendButton"), Qt::LeftButton);
        QCOMPARE(session->drafts()->find(id)->state(), DraftSession::State::Sending);
        editor->close(); // nothing unsaved: no question

        QTRY_VERIFY(editor.isNull());
        // The session is still there, waiting for its answer.
        QVERIFY(session->drafts()->find(id) != nullptr);
        const int listRow = session->emails()->rowForId(id);
        QTRY_COMPARE_WITH_TIMEOUT(session->emails()->index(listRow, 0).data().toString(),
                                  QStringLiteral("Outbox"), 10000);
        QCOMPARE(store->email(id)->value("status").toString(), QStringLiteral("outbox"));
        QVERIFY2(window->statusBar()->currentMessage().contains("Close has it as outbox"),
                 qPrintable(window->statusBar()->currentMessage()));
        int puts = 0;
        for (const QList<QVariant> &request : std::as_const(handled))
            puts += request.at(0).toByteArray() == "PUT" ? 1 : 0;
        QCOMPARE(puts, 1); // one click, one PUT
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
        QCOMPARE(QCoreApplication::translate("MainWindow", "All %n email(s) loaded", nullptr, 1),
                 QStringLiteral("Le seul e-mail est chargé"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "All %n email(s) loaded", nullptr, 2),
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
        QCOMPARE(QCoreApplication::translate("MainWindow", "All %n email(s) loaded", nullptr, 2),
                 QStringLiteral("All 2 emails loaded"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "All %n email(s) loaded", nullptr, 1),
                 QStringLiteral("All 1 email loaded"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
