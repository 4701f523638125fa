#pragma once

#include <QObject>

// The user's preferences that views follow while they are open: one object, read and written in
// one place (AppSettings underneath), that says when something changed. A window binds to
// qaModeChanged instead of reading the settings file again or hunting for its peers.
class Preferences final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preferences)
    Q_PROPERTY(bool qaMode READ qaMode WRITE setQaMode NOTIFY qaModeChanged)
    Q_PROPERTY(int undoDelay READ undoDelay WRITE setUndoDelay NOTIFY undoDelayChanged)

public:
    explicit Preferences(QObject *parent = nullptr);

    // QA mode: client-side rules warn but do not block.
    bool qaMode() const { return m_qaMode; }
    void setQaMode(bool on);
    // Seconds a "send now" waits so it can be undone (send_in, 0–59).
    int undoDelay() const { return m_undoDelay; }
    void setUndoDelay(int seconds);

signals:
    void qaModeChanged(bool on);
    void undoDelayChanged(int seconds);

private:
    bool m_qaMode = false;
    int m_undoDelay = 0;
};
