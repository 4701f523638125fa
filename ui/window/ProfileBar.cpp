#include "ui/window/ProfileBar.h"

#include "core/session/Session.h"
#include "core/settings/ConnectionProfile.h"
#include "ui/window/OpenDrafts.h"

#include <QComboBox>
#include <QLabel>

ProfileBar::ProfileBar(Session *session, QWidget *parent)
    : QToolBar(tr("Connection"), parent), m_session(session), m_profiles(new QComboBox(this))
{
    setObjectName(QStringLiteral("profileToolbar"));
    setMovable(false);
    m_profiles->setObjectName(QStringLiteral("profileSwitcher"));
    m_profiles->setAccessibleName(tr("Connection profile"));
    m_profiles->setMinimumContentsLength(16);
    addWidget(new QLabel(tr(" Profile: "), this));
    addWidget(m_profiles);
    QAction *manage = addAction(tr("Manage…"), this, &ProfileBar::manageRequested);
    manage->setObjectName(QStringLiteral("manageProfilesAction"));
    refill();
    connect(m_session, &Session::profilesChanged, this, &ProfileBar::refill);
    connect(m_session, &Session::stateChanged, this, &ProfileBar::refill);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profiles->itemData(index).toString();
        if (!OpenDrafts::maySwitch(window(), *m_session, name, QUrl())) {
            refill(); // the switch did not happen: the bar shows the connection in use again
            return;
        }
        if (name.isEmpty())
            emit demoRequested();
        else
            m_session->connectProfile(name);
    });
}

void ProfileBar::refill()
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    for (const ConnectionProfile &profile : m_session->profiles().all())
        m_profiles->addItem(profile.confirmSends ? tr("%1 (asks before sending)").arg(profile.name)
                                                 : profile.name,
                            profile.name);
    const bool demo = m_session->origin() == Session::Origin::Demo;
    if (demo)
        m_profiles->addItem(tr("Demo sandbox"), QString());
    m_profiles->setCurrentIndex(demo ? m_profiles->count() - 1
                                     : m_profiles->findData(m_session->currentProfile().name));
    m_profiles->setEnabled(m_profiles->count() > 1 || !m_session->profiles().all().isEmpty());
}
