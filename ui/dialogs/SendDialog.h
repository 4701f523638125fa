#pragma once

#include "core/drafts/SendPlan.h"

#include <QDateTime>
#include <QDialog>

class DraftSession;
class EmailActivity;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class ApiError;

// Send now or schedule one draft. Enforces the sender rule before anything is sent: without a sender
// the cursor waits in the sender field and the button stays disabled, saying why. Shows the zone by
// name, the recipient's time beside it and the exact UTC value, and exactly which fields the one PUT
// will carry. A 400 lands beside its field; an ambiguous failure says what Close now has.
class SendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendDialog)

public:
    using Mode = SendPlan::Mode;

    SendDialog(DraftSession *session, const QStringList &identities, QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const;
    // The instant a schedule would use, in UTC.
    QDateTime scheduledUtc() const;
    void setScheduledLocal(const QDateTime &utc);
    QStringList carriedFields() const;
    // The connection profile asks before every send: name it in the question.
    void setConfirmationProfile(const QString &profileName) { m_confirmProfile = profileName; }
    // Tests answer the confirmation through this seam instead of a modal box.

signals:
    void done(const EmailActivity &email);

private:
    QWidget *buildNowPage();
    QWidget *buildLaterPage();
    void buildLayout();
    void watchInputs();
    void watchSession();
    void validate();
    void go();
    void onFailed(const ApiError &error, const std::optional<EmailActivity> &serverCopy);
    QString sender() const;
    SendPlan plan() const;
    QTimeZone zone() const;

    DraftSession *m_session;
    QComboBox *m_sender = nullptr;
    QLabel *m_senderProblem = nullptr;
    QRadioButton *m_now = nullptr;
    QRadioButton *m_later = nullptr;
    QStackedWidget *m_options = nullptr;
    QSpinBox *m_sendIn = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_otherZone = nullptr;
    QLabel *m_otherTime = nullptr;
    QLabel *m_utc = nullptr;
    QCheckBox *m_followup = nullptr;
    QDateEdit *m_followupDate = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_carries = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_go = nullptr;
    bool m_inFlight = false;
    QString m_confirmProfile;
};
