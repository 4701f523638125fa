#include "ui/editor/SendStatePart.h"

#include "core/drafts/DraftSession.h"
#include "core/drafts/SchedulePlanner.h"
#include "ui/common/Tone.h"
#include "ui/editor/EditorState.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

SendStatePart::SendStatePart(QLabel *label, QPushButton *undo, EditorState *state)
    : QObject(state), m_label(label), m_undo(undo), m_state(state), m_countdown(new QTimer(this))
{
    m_label->hide();
    m_undo->hide();
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &SendStatePart::tick);
    DraftSession *session = state->session();
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_undo->setEnabled(false);
        m_state->session()->unschedule();
    });
    connect(session, &DraftSession::sent, this, &SendStatePart::show);
    connect(session, &DraftSession::sendFailed, this,
            [this](const ApiError &, const std::optional<EmailActivity> &copy) {
                if (copy && copy->status() != EmailStatus::Draft)
                    show(*copy);
            });
    connect(session, &DraftSession::unscheduled, this, [this] {
        settle(tr("Back to draft: nothing was sent."), true);
        m_state->clearProblem();
        m_state->setReadOnly(false);
    });
    connect(session, &DraftSession::tooLateToUnschedule, this, [this](const EmailActivity &result) {
        settle(tr("Too late: Close had already sent it (%1).")
                   .arg(EmailStatuses::displayName(result.status().value_or(EmailStatus::Sent)).toLower()),
               false);
    });
}

void SendStatePart::showServerState()
{
    const EmailActivity &server = m_state->session()->original();
    if (server.status() == EmailStatus::Scheduled || server.status() == EmailStatus::Outbox)
        show(server);
}

void SendStatePart::follow()
{
    const EmailActivity &server = m_state->session()->original();
    if (server.status() != EmailStatus::Draft) {
        show(server); // "Sent.", with no Undo left to offer
    } else if (m_countdown->isActive() || m_undo->isVisible()) {
        // Back to draft by another path: nothing waits to go out any more.
        m_countdown->stop();
        m_undo->hide();
        m_label->hide();
    }
}

void SendStatePart::settle(const QString &message, bool success)
{
    m_countdown->stop();
    m_undo->hide();
    m_label->setText(message);
    m_label->setStyleSheet(Tone::textStyle(success ? Tone::Kind::Success : Tone::Kind::Error));
}

void SendStatePart::show(const EmailActivity &email)
{
    m_state->setReadOnly(true);
    m_state->clearProblem();
    m_label->setStyleSheet(QString());
    m_label->show();
    m_undo->setEnabled(true);
    if (email.status() == EmailStatus::Scheduled) {
        m_label->setText(tr("Scheduled for %1.")
                             .arg(SchedulePlanner::scheduledText(email.dateScheduled(),
                                                                 m_state->session()->scheduleZone())));
        m_undo->setText(tr("&Unschedule"));
        m_undo->show();
    } else if (email.status() == EmailStatus::Outbox) {
        const QDateTime deadline = m_state->session()->undoDeadline();
        m_sendsAt = deadline.isValid() ? deadline : QDateTime::currentDateTimeUtc();
        m_undo->setText(tr("&Undo"));
        m_undo->show();
        tick();
        m_countdown->start();
    } else {
        m_label->setText(
            tr("%1.").arg(EmailStatuses::displayName(email.status().value_or(EmailStatus::Sent))));
        m_undo->hide();
    }
}

void SendStatePart::tick()
{
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_sendsAt);
    if (left > 0) {
        m_label->setText(tr("Sending in %n second(s)…", nullptr, int(left)));
        return;
    }
    m_countdown->stop();
    // Past the delay Undo may still win (Close sends when it gets to it); the answer will say.
    m_label->setText(tr("In the outbox: Close sends it now. Undo may be too late."));
}
