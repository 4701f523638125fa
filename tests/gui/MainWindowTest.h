#pragma once

// What every test of the main window shares: a window on a session against the in-process sandbox
// (WindowFixture), started afresh for each test, and the steps tests take through it.
#include "WindowFixture.h"
#include "core/api/ApiCall.h"
#include "core/api/RequestLog.h"
#include "core/base/IsoDateTime.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "core/drafts/Signatures.h"
#include "core/drafts/SpellChecker.h"
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
class MainWindowTest : public QObject
{
protected:
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

    // The ids of the logged requests of this method whose path ends so, oldest first. Lead names
    // and pages may still be on their way while a test acts, so tests count the requests they mean.
    QList<quint64> loggedRequests(const QByteArray &method, const QString &pathEnd) const
    {
        QList<quint64> ids;
        const RequestLog *log = session->client()->requestLog();
        for (qsizetype row = 0; row < log->size(); ++row) {
            const Exchange &exchange = log->at(row);
            if (exchange.method == method && exchange.url.path().endsWith(pathEnd))
                ids.append(exchange.id);
        }
        return ids;
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

    // A click on the list's first row (its window comes forward), then a key (F5, Return, …).
    void backToTheListAndPress(Qt::Key key)
    {
        window->activateWindow();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(table()->model()->index(0, 1)).center());
        QTRY_COMPARE(QApplication::focusWidget(), table());
        QTest::keyClick(table(), key);
    }

    // Ctrl+N in the list's window: the New Draft dialog, searching at once, its search field focused
    // (null on a timeout).
    NewDraftDialog *pressNewDraft()
    {
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        NewDraftDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = window->findChild<NewDraftDialog *>()) != nullptr; }))
            return nullptr;
        dialog->setSearchDelay(0);
        auto *search = dialog->findChild<QLineEdit *>("leadSearchField");
        if (!QTest::qWaitFor([&] { return QApplication::focusWidget() == search; }))
            return nullptr;
        return dialog;
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

    QModelIndex firstRowWithStatus(const QString &status) const
    {
        for (int r = 0; r < table()->model()->rowCount(); ++r) {
            if (table()->model()->index(r, 0).data().toString() == status)
                return table()->model()->index(r, 1);
        }
        return {};
    }

    void initCase(const char *name)
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("DraftdeskTests");
        QApplication::setApplicationName(QLatin1String(name));
        QApplication::setApplicationVersion("9.8.7");
        QApplication::setApplicationDisplayName("Draftdesk");
        QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=false");
        qRegisterMetaType<EmailActivity>();
        // English plural forms ("1 step", "16 steps"), as the app loads them at start.
        static QTranslator english;
        if (english.load(":/i18n/draftdesk_en.qm"))
            QCoreApplication::installTranslator(&english);
    }

    void initTest()
    {
        QSettings().clear(); // every test starts like a first run (no saved columns, URL or geometry)
        QVERIFY(app.start(250));
    }

    void cleanupTest()
    {
        app.stop();
        QVERIFY2(!MessageBox::takeUnusedAnswer(), "a question the test answered was never asked");
    }
};
