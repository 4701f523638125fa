#pragma once

#include <QDateTime>
#include <QObject>

class EditorState;
class EmailActivity;
class QLabel;
class QPushButton;
class QTimer;

// Where a sent or scheduled email stands, under its body: "Scheduled for …" with Unschedule, the
// outbox countdown with Undo (the countdown is the session's, so a window opened later shows what is
// left), and what Close answered to either. A sent email's fields turn read-only.
class SendStatePart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendStatePart)

public:
    SendStatePart(QLabel *label, QPushButton *undo, EditorState *state);

    void show(const EmailActivity &email);
    // A scheduled or outbox email as Close has it: where it stands, with Unschedule or Undo. Called once
    // the email is loaded, so this line, not the read-only note, is what the window says.
    void showServerState();
    // Close's copy changed by another path: say where it stands now (sent: no Undo any more; back to
    // draft: nothing waits).
    void follow();

private:
    void tick();
    void settle(const QString &message, bool success);

    QLabel *m_label;
    QPushButton *m_undo;
    EditorState *m_state;
    QTimer *m_countdown;
    QDateTime m_sendsAt;
};
