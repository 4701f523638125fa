#include "ui/window/SetupPrompt.h"

#include "core/session/Session.h"
#include "ui/common/ErrorBanner.h"
#include "ui/window/WelcomePage.h"

#include <QStackedWidget>

SetupPrompt::SetupPrompt(Session *session, QStackedWidget *pages, QWidget *listPage, ErrorBanner *banner)
    : QObject(pages), m_session(session), m_pages(pages), m_listPage(listPage), m_banner(banner)
{ }

void SetupPrompt::ask(const QString &note)
{
    if (!m_session->showsStoredListOnly()) {
        showWelcome(note);
        return;
    }
    const QString why = note.isEmpty() ? tr("The key for this connection is not in the keychain.") : note;
    m_banner->showError(why + QLatin1Char(' ')
                            + tr("Enter the key in Settings to connect; until then the list shows the "
                                 "emails stored on this computer."),
                        true, m_session->keychainFailed()); // Retry asks the keychain again
    m_pages->setCurrentWidget(m_listPage);
}

void SetupPrompt::showWelcome(const QString &note)
{
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_pages);
        m_pages->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::demoRequested, this, &SetupPrompt::demoRequested);
        connect(m_welcome, &WelcomePage::connectRequested, this, &SetupPrompt::connectRequested);
    }
    m_welcome->setNote(note);
    m_pages->setCurrentWidget(m_welcome);
}
