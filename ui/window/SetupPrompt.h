#pragma once

#include <QObject>

class ErrorBanner;
class QStackedWidget;
class QWidget;
class Session;
class WelcomePage;

// What the window shows when the session needs a key it could not read (none saved, no keychain, a
// keychain that failed): the welcome page (try the demo, or connect) when nothing of the connection is
// stored here, and otherwise the stored list with a banner asking for the key, so that a user without
// a working keychain reads the stored emails while deciding.
class SetupPrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupPrompt)

public:
    SetupPrompt(Session *session, QStackedWidget *pages, QWidget *listPage, ErrorBanner *banner);
    // The note says why no key could be read; empty: none is saved for this connection.
    void ask(const QString &note);

signals:
    void demoRequested();
    void connectRequested();

private:
    void showWelcome(const QString &note);

    Session *m_session;
    QStackedWidget *m_pages;
    QWidget *m_listPage;
    ErrorBanner *m_banner;
    WelcomePage *m_welcome = nullptr; // built when first needed: a session that connects never shows it
};
