#pragma once

#include <QToolBar>

class QComboBox;
class Session;

// The main window's Connection toolbar: the profile in use, a switch to another one (or to the demo
// sandbox) and Manage…, kept in step with the session's profiles and state.
class ProfileBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileBar)

public:
    ProfileBar(Session *session, QWidget *parent);

    QComboBox *switcher() const { return m_profiles; }

signals:
    void demoRequested();
    void manageRequested();

private:
    void refill();

    Session *m_session;
    QComboBox *m_profiles;
};
