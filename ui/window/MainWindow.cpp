#include "ui/window/MainWindow.h"

#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "core/qa/InspectorServices.h"
#include "core/session/Session.h"
#include "core/settings/AppSettings.h"
#include "core/settings/Translations.h"
#include "ui/common/AltKeyGuard.h"
#include "ui/common/ClearTextConsent.h"
#include "ui/common/ElidedLabel.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WaitBanner.h"
#include "ui/dialogs/DraftDeletion.h"
#include "ui/dialogs/NewDraftDialog.h"
#include "ui/dialogs/RecoveryDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SignaturesDialog.h"
#include "ui/editor/DraftEditor.h"
#include "ui/inspector/NetworkInspector.h"
#include "ui/list/EmailListPanel.h"
#include "ui/list/EmailViewer.h"
#include "ui/list/PreviewPane.h"
#include "ui/window/DiskProblems.h"
#include "ui/window/LanguageMenu.h"
#include "ui/window/ListStatusText.h"
#include "ui/window/OpenDrafts.h"
#include "ui/window/ProfileBar.h"
#include "ui/window/SetupPrompt.h"
#include "ui/window/StoredEmailsActions.h"
#include "ui/window/WaitingChangesDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Session *session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    AltKeyGuard::install();
    setWindowTitle(QApplication::applicationDisplayName());
    setWindowIcon(Icons::fromSvg(QStringLiteral(":/icons/draftdesk.svg")));
    resize(1200, 760);

    m_banner = new ErrorBanner(this);
    m_panel = new EmailListPanel(this);
    m_panel->setModel(session->emails());
    m_listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(6, 6, 6, 0);
    listLayout->addWidget(m_banner);
    m_waitBanner = new WaitBanner(this);
    listLayout->addWidget(m_waitBanner);
    listLayout->addWidget(m_panel, 1);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_listPage);
    setCentralWidget(m_pages);

    m_connectionLabel = new ElidedLabel(this); // plain text: it may carry text from the server
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setAccessibleDescription(tr("Connection")); // the text is the name
    m_pagingLabel = new ElidedLabel(this);
    m_pagingLabel->setObjectName(QStringLiteral("pagingLabel"));
    m_pagingLabel->setAccessibleDescription(tr("Loaded emails")); // the text is the name
    m_rateLabel = new QLabel(this);
    m_rateLabel->setTextFormat(Qt::PlainText); // may carry text from the server
    m_rateLabel->setObjectName(QStringLiteral("rateLimitLabel"));
    m_rateLabel->setAccessibleDescription(tr("Rate limit")); // the text is the name
    m_qaLabel = new QLabel(tr("QA MODE: rules do not block"), this);
    m_qaLabel->setObjectName(QStringLiteral("qaModeLabel"));
    // A palette, not a style sheet: a style sheet puts a style-sheet style on the widget (start-up time).
    QPalette qaPalette = m_qaLabel->palette();
    qaPalette.setColor(QPalette::Window, QColor(0xb0, 0x10, 0x10));
    qaPalette.setColor(QPalette::WindowText, Qt::white);
    m_qaLabel->setPalette(qaPalette);
    m_qaLabel->setAutoFillBackground(true);
    m_qaLabel->setContentsMargins(6, 1, 6, 1);
    QFont qaFont = m_qaLabel->font();
    qaFont.setBold(true);
    m_qaLabel->setFont(qaFont);
    m_qaLabel->setVisible(m_session->preferences()->qaMode());
    statusBar()->addWidget(m_qaLabel);
    statusBar()->addWidget(m_pagingLabel, 1);
    statusBar()->addPermanentWidget(m_rateLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    m_inspector = new NetworkInspector(session, this);
    connect(m_inspector, &NetworkInspector::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    addDockWidget(Qt::BottomDockWidgetArea, m_inspector);
    m_inspector->hide();
    // The first time it opens (without a saved layout), the inspector takes a third of the window,
    // so that the list keeps at least half of it instead of shrinking to a row.
    connect(m_inspector, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_inspectorSized)
            return;
        m_inspectorSized = true;
        // Once the dock is laid out: sized before, the main window's layout gives it its own hint.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_inspector}, {qMax(height() / 3, m_inspector->minimumSizeHint().height())},
                        Qt::Vertical);
        });
    });

    createMenus();
    createProfileBar();
    bindSession();

    AppSettings settings;
    restoreGeometry(settings.windowGeometry());
    // A saved layout with the inspector open has its size already (isHidden: the window is not shown yet).
    m_inspectorSized = restoreState(settings.windowState()) && !m_inspector->isHidden();
    m_panel->restoreHeaderState(settings.listHeaderState());
    m_panel->restoreSplitterState(settings.splitterState());
    updateStatus();
    m_panel->focusTable();
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newDraft = file->addAction(tr("&New Draft…"), this, [this] { startNewDraft(); });
    newDraft->setObjectName(QStringLiteral("newDraftAction"));
    newDraft->setIcon(Icons::named(QStringLiteral("mail-message-new")));
    newDraft->setShortcut(QKeySequence::New);
    QAction *newForLead = file->addAction(tr("New Draft for This &Lead…"), this, [this] {
        const int row = m_session->emails()->rowForId(m_panel->currentId());
        if (row >= 0)
            startNewDraft(m_session->emails()->summaryAt(row).leadId());
    });
    newForLead->setObjectName(QStringLiteral("newDraftForLeadAction"));
    const auto updateNew = [this, newDraft, newForLead] {
        // Offline too: the draft is written here and made in Close when it is back.
        const bool connected = m_session->state() == Session::State::Connected || m_session->isOffline();
        const int row = m_session->emails()->rowForId(m_panel->currentId());
        newDraft->setEnabled(connected);
        newForLead->setEnabled(connected && row >= 0
                               && !m_session->emails()->summaryAt(row).leadId().isEmpty());
    };
    connect(m_session, &Session::stateChanged, newDraft, updateNew);
    connect(m_session, &Session::offlineChanged, newDraft, updateNew);
    connect(m_panel, &EmailListPanel::currentEmailChanged, newDraft, updateNew);
    updateNew();
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open Email"), this, [this] {
        if (!m_panel->currentId().isEmpty())
            openEmail(m_panel->currentId());
    });
    open->setObjectName(QStringLiteral("openAction"));
    open->setIcon(Icons::named(QStringLiteral("document-open")));
    open->setShortcut(Qt::CTRL | Qt::Key_O);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setIcon(Icons::named(QStringLiteral("application-exit")));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *find = edit->addAction(tr("&Find…"), m_panel, &EmailListPanel::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setIcon(Icons::named(QStringLiteral("edit-find")));
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    // Del in the list (not in the search field, where it deletes text).
    QAction *deleteDraft = edit->addAction(tr("&Delete Draft…"), this, [this] {
        const int row = m_session->emails()->rowForId(m_panel->currentId());
        if (row >= 0)
            DraftDeletion::confirmAndDelete(this, m_session->drafts(), m_session->emails()->summaryAt(row));
    });
    deleteDraft->setObjectName(QStringLiteral("deleteDraftAction"));
    deleteDraft->setIcon(Icons::named(QStringLiteral("edit-delete")));
    deleteDraft->setShortcut(QKeySequence::Delete);
    deleteDraft->setShortcutContext(Qt::WidgetShortcut);
    m_panel->table()->addAction(deleteDraft);
    const auto updateDelete = [this, deleteDraft] {
        const int row = m_session->emails()->rowForId(m_panel->currentId());
        deleteDraft->setEnabled(row >= 0 && m_session->emails()->summaryAt(row).status() == EmailStatus::Draft
                                && !m_session->drafts()->isDeleting(m_panel->currentId()));
    };
    connect(m_panel, &EmailListPanel::currentEmailChanged, deleteDraft, updateDelete);
    connect(m_session->emails(), &QAbstractItemModel::dataChanged, deleteDraft, updateDelete);
    connect(m_session->drafts(), &Drafts::emailDeleted, deleteDraft, updateDelete);
    updateDelete();
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("Connection &Settings…"), this, [this] { openSettings(); });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setIcon(Icons::named(QStringLiteral("preferences-system")));
    settings->setShortcut(Qt::CTRL | Qt::Key_Comma);
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *signatures = edit->addAction(tr("Si&gnatures…"), this, [this] {
        SignaturesDialog dialog(m_session->identities(), this);
        dialog.exec();
    });
    signatures->setObjectName(QStringLiteral("signaturesAction"));
    edit->addMenu(new LanguageMenu(this));
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *refresh = view->addAction(tr("&Refresh"), m_session->emails(), &EmailListModel::refresh);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setIcon(Icons::named(QStringLiteral("view-refresh")));
    refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(refresh, &QAction::triggered, m_session, &Session::syncNow); // colleagues' changes too
    QAction *loadAll = view->addAction(tr("&Load All Emails"), m_session->emails(), &EmailListModel::loadAll);
    loadAll->setObjectName(QStringLiteral("loadAllAction"));
    WaitingChangesDialog::addTo(view, m_session, this);
    view->addSeparator();
    QAction *inspector = m_inspector->toggleViewAction();
    inspector->setObjectName(QStringLiteral("inspectorAction"));
    inspector->setIcon(Icons::named(QStringLiteral("network-workgroup")));
    inspector->setText(tr("&Network Inspector"));
    inspector->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    view->addAction(inspector);
    QAction *qaMode = view->addAction(tr("&QA Mode"));
    qaMode->setObjectName(QStringLiteral("qaModeAction"));
    qaMode->setCheckable(true);
    qaMode->setChecked(m_session->preferences()->qaMode());
    qaMode->setToolTip(tr("Client-side rules warn but no longer block, so you can see what Close answers"));
    connect(qaMode, &QAction::toggled, m_session->preferences(), &Preferences::setQaMode);
    connect(m_session->preferences(), &Preferences::qaModeChanged, qaMode, &QAction::setChecked);
    connect(m_session->preferences(), &Preferences::qaModeChanged, m_qaLabel, &QWidget::setVisible);
    QAction *statusBarAction = view->addAction(tr("&Status Bar"));
    statusBarAction->setObjectName(QStringLiteral("statusBarAction"));
    statusBarAction->setCheckable(true);
    statusBarAction->setChecked(true);
    connect(statusBarAction, &QAction::toggled, statusBar(), &QStatusBar::setVisible);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Draftdesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setIcon(Icons::named(QStringLiteral("help-about")));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createProfileBar()
{
    auto *bar = new ProfileBar(m_session, this);
    addToolBar(bar);
    // The bar is made after the panel, but sits above it: Tab reaches it first.
    QWidget::setTabOrder(bar->switcher(), m_panel->firstInTabOrder());
    connect(bar, &ProfileBar::manageRequested, this, [this] { openSettings(); });
    connect(bar, &ProfileBar::demoRequested, this, &MainWindow::demoRequested);
}

void MainWindow::bindSession()
{
    bindConnection();
    bindList();
    bindWaits();
    bindOpening();
}

// Connecting, failing to connect, and where the key was kept.
void MainWindow::bindConnection()
{
    connect(m_session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::Connecting || state == Session::State::Connected)
            showList();
        if (state == Session::State::Connected) {
            m_banner->clearError(); // a problem of the disk stays
            offerRecovery();
            // A preview that could not be read before (offline, or the key still being read) is
            // read now.
            if (!m_panel->currentId().isEmpty() && m_panel->preview()->shownId().isEmpty())
                m_session->loadEmail(m_panel->currentId(), Session::Purpose::Preview);
        }
        updateStatus();
    });
    m_setup = new SetupPrompt(m_session, m_pages, m_listPage, m_banner);
    connect(m_setup, &SetupPrompt::demoRequested, this, &MainWindow::demoRequested);
    connect(m_setup, &SetupPrompt::connectRequested, this, [this] { openSettings(); });
    connect(m_session, &Session::needsSetup, this, [this](const QString &note) {
        m_setup->ask(note);
        updateStatus();
    });
    connect(m_session, &Session::clearTextConsentNeeded, this, [this](const QUrl &baseUrl) {
        m_session->answerClearText(ClearTextConsent::ask(this, baseUrl));
    });
    // A connection asked for before the window existed (CLOSE_API_KEY at start): asked once it shows.
    if (const std::optional<QUrl> waiting = m_session->waitingForClearText()) {
        QTimer::singleShot(0, this, [this, url = *waiting] {
            m_session->answerClearText(ClearTextConsent::ask(this, url));
        });
    }
    connect(m_session, &Session::connectionFailed, this, [this](const ApiError &error) {
        showError(error);
        if (error.kind == ApiError::Kind::Unauthorized)
            openSettings(error.fullText());
    });
    connect(m_session, &Session::credentialsStored, this, [this](bool persistent, const QString &message) {
        statusBar()->showMessage(message, persistent ? 5000 : 15000);
    });
}

// The list, its errors and the preview beside it; what becomes of open emails.
void MainWindow::bindList()
{
    EmailListModel *emails = m_session->emails();
    connect(emails, &EmailListModel::errorOccurred, this, [this, emails](const ApiError &error) {
        if (emails->canRetry() || error.kind == ApiError::Kind::Unauthorized) {
            showError(error);
            return;
        }
        // Asking the same thing again would fail the same way: say what the user can do instead.
        m_banner->showError(tr("%1 Change the filters (lead, period, Mine only) or refresh the list (F5) to "
                               "try something Close can answer.")
                                .arg(error.fullText()),
                            false, false);
    });
    connect(emails, &EmailListModel::loadingChanged, this, &MainWindow::updateStatus);
    // What becomes of an open email: the preview follows (the list row follows in core), and the
    // status bar says it, even when its window has closed.
    connect(m_session->drafts(), &Drafts::emailChanged, this, [this](const EmailActivity &email) {
        if (email.id() != m_panel->preview()->shownId())
            return;
        // A whole record (a save's or a resend's answer) is shown as it is; a list projection is
        // not enough to show, so the preview reads the email again.
        if (email.contains(u"body_html") && email.contains(u"body_text") && email.contains(u"date_created"))
            m_panel->preview()->showEmail(email);
        else
            m_session->loadEmail(email.id(), Session::Purpose::Preview);
    });
    DiskProblems::showIn(m_banner, m_session);
    connect(m_session->drafts(), &Drafts::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(emails, &EmailListModel::pageLoaded, this, &MainWindow::updateStatus);
    // A big store's rows arrive from its reader a moment after the window shows.
    connect(emails, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_panel, &EmailListPanel::currentEmailChanged, this, [this](const QString &id) {
        if (id.isEmpty())
            m_panel->preview()->showMessage(tr("Select an email to see it here."));
        else
            m_session->loadEmail(id, Session::Purpose::Preview);
    });
    connect(m_panel, &EmailListPanel::filtersChanged, m_session, &Session::setListFilters);
    // Colleagues' changes: often while the window is in use, seldom while it is not.
    connect(qApp, &QGuiApplication::applicationStateChanged, m_session, [this](Qt::ApplicationState state) {
        m_session->setWindowActive(state == Qt::ApplicationActive);
    });
    connect(m_session, &Session::syncNotice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_session, &Session::offlineChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::waitingChangesChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::waitingChangeConflicts, this,
            &MainWindow::openEmail); // choose in its editor
}

// Rate-limit waits and the error banner's buttons.
void MainWindow::bindWaits()
{
    connect(m_session->client(), &CloseClient::rateLimitChanged, this, &MainWindow::updateStatus);
    connect(m_session->client(), &CloseClient::waitingChanged, m_waitBanner, [this](const QDateTime &until) {
        const RequestWait longest = m_session->client()->longestWait();
        m_waitBanner->setWait(until, longest.askedSeconds, longest.pacing);
    });
    connect(m_waitBanner, &WaitBanner::cancelClicked, m_session->client(), &CloseClient::cancelWaiting);
    connect(m_banner, &ErrorBanner::retryClicked, this, [this] {
        if (m_session->state() == Session::State::Connected)
            m_session->emails()->retry();
        else
            m_session->reconnect();
    });
    connect(m_banner, &ErrorBanner::settingsClicked, this, [this] { openSettings(); });
}

// Opening an email: a draft in an editor, anything else in a viewer.
void MainWindow::bindOpening()
{
    connect(m_panel, &EmailListPanel::openRequested, this, &MainWindow::openEmail);
    connect(m_session, &Session::emailLoaded, this, &MainWindow::onEmailLoaded);
    connect(m_session, &Session::emailLoadFailed, this,
            [this](const QString &id, const ApiError &error, Session::Purpose purpose) {
                if (purpose == Session::Purpose::Preview && id == m_panel->currentId())
                    m_panel->preview()->showMessage(error.fullText());
                else if (purpose == Session::Purpose::Open)
                    showError(error);
            });
}

void MainWindow::onEmailLoaded(const EmailActivity &email, Session::Purpose purpose)
{
    if (purpose == Session::Purpose::Preview) {
        if (email.id() == m_panel->currentId())
            m_panel->preview()->showEmail(email);
        return;
    }
    // Drafts open to edit; scheduled and outbox emails in the editor's read-only state,
    // with Unschedule (or the undo countdown); what has gone or came in, in a viewer.
    const std::optional<EmailStatus> status = email.status();
    if (status != EmailStatus::Draft && status != EmailStatus::Scheduled && status != EmailStatus::Outbox) {
        auto *viewer = new EmailViewer(email, this);
        viewer->show();
        return;
    }
    const std::optional<DraftJournal::Entry> leftover
        = purpose == Session::Purpose::Restore ? m_session->journal()->entry(email.id()) : std::nullopt;
    openEditor(email, leftover);
}

void MainWindow::openEditor(const EmailActivity &email, const std::optional<DraftJournal::Entry> &restored)
{
    // One window per email: a second open brings the first one up.
    if (m_session->drafts()->bringForward(email.id()))
        return;
    auto *editor = new DraftEditor(m_session->drafts(), email, m_session->identities(), this);
    if (restored)
        editor->restoreEdits(*restored);
    editor->setQaMode(m_session->preferences()->qaMode());
    connect(m_session->preferences(), &Preferences::qaModeChanged, editor, &DraftEditor::setQaMode);
    const ConnectionProfile profile = m_session->currentProfile();
    if (m_session->origin() != Session::Origin::Demo && profile.isValid() && profile.confirmSends)
        editor->setConfirmationProfile(profile.name);
    editor->show();
}

void MainWindow::offerRecovery()
{
    const QList<DraftJournal::Entry> entries = m_session->drafts()->leftoverEdits();
    if (entries.isEmpty() || findChild<RecoveryDialog *>())
        return;
    auto *dialog = new RecoveryDialog(entries, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::restoreRequested, this,
            [this](const QString &id) { m_session->loadEmail(id, Session::Purpose::Restore); });
    connect(dialog, &RecoveryDialog::discardRequested, this,
            [this](const QString &id) { m_session->journal()->remove(id); });
    dialog->open();
}

void MainWindow::showList()
{
    m_pages->setCurrentWidget(m_listPage);
}

void MainWindow::showError(const ApiError &error)
{
    m_banner->showError(error.fullText(), error.kind == ApiError::Kind::Unauthorized);
}

void MainWindow::startNewDraft(const QString &leadId)
{
    auto *dialog = new NewDraftDialog(m_session->client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStore(m_session->emails()->store(), m_session->isOffline());
    if (!leadId.isEmpty())
        dialog->startWithLead(leadId);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // This creation's answer opens the new draft in the editor (the list shows it already).
        auto *watch = new QObject(this);
        connect(m_session->drafts(), &Drafts::emailCreated, watch, [this, watch](const EmailActivity &email) {
            watch->deleteLater();
            openEmail(email.id());
        });
        connect(m_session->drafts(), &Drafts::createFailed, watch, [this, watch](const ApiError &error) {
            watch->deleteLater();
            MessageBox::warning(this, tr("New Draft"),
                                tr("The new draft was not created: %1").arg(error.fullText()));
        });
        // From the user's own identity, as the web app does; the editor can change it.
        m_session->drafts()->createDraft(dialog->leadId(), dialog->contactId(), dialog->recipients(),
                                         m_session->identities().value(0));
    });
    dialog->open();
}

void MainWindow::openEmail(const QString &id)
{
    if (!id.isEmpty())
        m_session->loadEmail(id, Session::Purpose::Open);
}

void MainWindow::updateStatus()
{
    m_connectionLabel->setText(ListStatusText::connectionOf(*m_session));
    const QString paging = ListStatusText::of(*m_session);
    m_pagingLabel->setText(paging);
    const RateLimitState rate = m_session->client()->rateLimit();
    m_rateLabel->setVisible(rate.isKnown());
    if (rate.isKnown()) {
        m_rateLabel->setText(tr("Rate limit: %1 of %2 left").arg(rate.remaining).arg(rate.limit));
        // Every endpoint group, as the network inspector's Rate Limits tab shows them.
        m_rateLabel->setToolTip(
            InspectorServices::describe(m_session->inspector()->rateLimits(), QDateTime::currentDateTimeUtc())
                .join(QLatin1Char('\n')));
    }
}

void MainWindow::openSettings(const QString &problem)
{
    if (m_settings) {
        m_settings->setProblem(problem);
        m_settings->raise();
        return;
    }
    auto *dialog = new SettingsDialog(this);
    m_settings = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    AppSettings settings;
    dialog->setBaseUrl(m_session->origin() == Session::Origin::Demo ? settings.baseUrl()
                                                                    : m_session->baseUrl());
    dialog->setMethod(settings.authMethod());
    dialog->setProblem(problem);
    const ConnectionProfile current = m_session->currentProfile();
    if (current.isValid()) {
        dialog->setProfileName(current.name);
        dialog->setBaseUrl(current.baseUrl);
        dialog->setMethod(current.method);
        dialog->setConfirmSends(current.confirmSends);
        dialog->setKeepLog(current.keepLog);
    }
    connect(dialog, &SettingsDialog::testRequested, m_session,
            [this](const QUrl &url, AuthMethod method, const QString &secret) {
                m_session->testConnection(url, method, secret);
            });
    connect(m_session, &Session::testFinished, dialog, &SettingsDialog::setTestResult);
    StoredEmailsActions::bind(dialog, m_session, statusBar());
    dialog->setConnectCheck([this, dialog] {
        return OpenDrafts::maySwitch(this, *m_session, dialog->profileName(), dialog->baseUrl());
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ConnectionProfile profile;
        profile.name = dialog->profileName();
        profile.baseUrl = dialog->baseUrl();
        profile.method = dialog->method();
        profile.confirmSends = dialog->confirmSends();
        profile.keepLog = dialog->keepLog();
        m_session->saveProfileAndConnect(profile, dialog->secret());
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setListHeaderState(m_panel->saveHeaderState());
    settings.setSplitterState(m_panel->saveSplitterState());
    event->accept();
}

void MainWindow::showAbout()
{
    MessageBox::about(this, tr("About Draftdesk"),
                      tr("<h3>Draftdesk %1</h3>"
                         "<p>A desktop editor for Close CRM email drafts.</p>"
                         "<p>Built with Qt %2, running on Qt %3.</p>"
                         "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                          .arg(QApplication::applicationVersion(), QLatin1String(QT_VERSION_STR),
                               QLatin1String(qVersion())));
}
