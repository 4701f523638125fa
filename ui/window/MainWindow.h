#pragma once

#include "core/drafts/DraftJournal.h"
#include "core/session/Session.h"

#include <QMainWindow>
#include <QPointer>

class ApiError;
class EmailActivity;
class EmailListPanel;
class NetworkInspector;
class ErrorBanner;
class WaitBanner;
class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;
class SettingsDialog;
class SetupPrompt;

// The top-level window: menus and shortcuts, the welcome page or the email list, the error banner and
// the status bar (connection, paging, rate limit). Binds widgets to a Session; panels and dialogs live
// in classes of their own so that this one stays small.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);

    EmailListPanel *listPanel() const { return m_panel; }
    NetworkInspector *inspector() const { return m_inspector; }
    // Opens this email once it is loaded (--open, Enter, double-click): drafts in the editor,
    // everything else read-only.
    void openEmail(const QString &id);
    // Opens a loaded draft in the editor, with journal edits on top when given.
    void openEditor(const EmailActivity &email,
                    const std::optional<DraftJournal::Entry> &restored = std::nullopt);
    // Offers unsaved drafts left by an earlier run (a crash, a kill, a failed save).
    void offerRecovery();

public slots:
    void showAbout();
    void openSettings(const QString &problem = QString());
    // Asks who the draft is for (starting on this lead, if any), creates it in Close, opens it.
    void startNewDraft(const QString &leadId = QString());

signals:
    void demoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createHelpMenu();
    void bindSession();
    void bindConnection();
    void bindList();
    void bindWaits();
    void bindOpening();
    void onEmailLoaded(const EmailActivity &email, Session::Purpose purpose);
    void createProfileBar();
    void showList();
    void showError(const ApiError &error);
    void updateStatus();

    Session *m_session;
    QStackedWidget *m_pages = nullptr;
    SetupPrompt *m_setup = nullptr; // the welcome page, or the stored list and a banner
    QWidget *m_listPage = nullptr;
    ErrorBanner *m_banner = nullptr;
    WaitBanner *m_waitBanner = nullptr; // Close asked for a long wait: countdown and Cancel
    EmailListPanel *m_panel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_pagingLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_qaLabel = nullptr;
    QPointer<SettingsDialog> m_settings;
    NetworkInspector *m_inspector = nullptr;
    bool m_inspectorSized = false; // a saved layout, or the first showing, has sized it
};
