#include "ui/dialogs/SendDialog.h"

#include "core/base/ShownText.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/SchedulePlanner.h"
#include "core/settings/AppSettings.h"
#include "ui/common/Accessible.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Tone.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
void fillZones(QComboBox *box, bool withNone)
{
    if (withNone)
        box->addItem(QCoreApplication::translate("SendDialog", "(none)"), QByteArray());
    const QByteArray system = QTimeZone::systemTimeZoneId();
    box->addItem(QString::fromLatin1(system), system);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id != system && id.contains('/'))
            box->addItem(QString::fromLatin1(id), id);
    }
}
} // namespace

SendDialog::SendDialog(DraftSession *session, const QStringList &identities, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("sendDialog"));
    const EmailActivity &email = session->current();
    setWindowTitle(
        tr("Send “%1”")
            .arg(email.subject().isEmpty() ? tr("(no subject)") : ShownText::line(email.subject())));

    m_sender = new QComboBox(this);
    m_sender->setObjectName(QStringLiteral("sendSender"));
    m_sender->setEditable(true);
    m_sender->setInsertPolicy(QComboBox::NoInsert);
    m_sender->addItems(identities);
    m_sender->setCurrentText(email.sender());
    m_sender->lineEdit()->setPlaceholderText(tr("\"Your Name\" <you@example.com>"));
    m_senderProblem = new QLabel(this);
    m_senderProblem->setTextFormat(Qt::PlainText); // may carry text from the server
    m_senderProblem->setObjectName(QStringLiteral("senderProblem"));
    m_senderProblem->setWordWrap(true);
    m_senderProblem->setStyleSheet(Tone::textStyle(Tone::Kind::Error));

    m_now = new QRadioButton(tr("Send &now"), this);
    m_now->setObjectName(QStringLiteral("sendNowRadio"));
    m_later = new QRadioButton(tr("Sc&hedule"), this);
    m_later->setObjectName(QStringLiteral("scheduleRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_now);
    group->addButton(m_later);
    m_now->setChecked(true);

    m_options = new QStackedWidget(this);
    m_options->addWidget(buildNowPage());
    m_options->addWidget(buildLaterPage());
    buildLayout();
    setScheduledLocal(SchedulePlanner::tomorrowAt8(QDateTime::currentDateTimeUtc(), zone()));
    m_followupDate->setDate(m_when->date().addDays(3));
    watchInputs();
    watchSession();
    validate();
    // Without a sender, the cursor waits where the answer goes.
    if (email.sender().isEmpty())
        m_sender->setFocus(Qt::OtherFocusReason);
    else
        m_go->setFocus(Qt::OtherFocusReason);
}

// Send now: an undo delay (send_in), remembered.
QWidget *SendDialog::buildNowPage()
{
    m_sendIn = new QSpinBox(this);
    m_sendIn->setObjectName(QStringLiteral("sendInSpin"));
    m_sendIn->setRange(0, 59);
    m_sendIn->setSuffix(tr(" s"));
    m_sendIn->setValue(AppSettings().undoDelay());
    auto *nowPage = new QWidget(this);
    auto *nowForm = new QFormLayout(nowPage);
    nowForm->addRow(tr("&Undo possible for:"), m_sendIn);

    return nowPage;
}

// Schedule: a time in a named zone, the recipient's zone beside it, the exact UTC value.
QWidget *SendDialog::buildLaterPage()
{
    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("scheduleWhen"));
    m_when->setAccessibleName(tr("Send at"));
    m_when->setCalendarPopup(true);
    m_when->setTimeSpec(Qt::LocalTime);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("scheduleZone"));
    m_zone->setAccessibleName(tr("Time zone"));
    fillZones(m_zone, false);
    m_otherZone = new QComboBox(this);
    m_otherZone->setObjectName(QStringLiteral("recipientZone"));
    fillZones(m_otherZone, true);
    m_otherTime = new QLabel(this);
    m_otherTime->setTextFormat(Qt::PlainText); // may carry text from the server
    m_otherTime->setObjectName(QStringLiteral("recipientTime"));
    m_utc = new QLabel(this);
    m_utc->setTextFormat(Qt::PlainText); // may carry text from the server
    m_utc->setObjectName(QStringLiteral("utcLabel"));
    m_utc->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_followup = new QCheckBox(tr("Fo&llow up if nobody replies by"), this);
    m_followup->setObjectName(QStringLiteral("followupCheck"));
    m_followupDate = new QDateEdit(this);
    m_followupDate->setObjectName(QStringLiteral("followupDate"));
    m_followupDate->setCalendarPopup(true);
    m_followupDate->setAccessibleName(
        Accessible::fromLabel(m_followup->text())); // the check box is its label
    m_followupDate->setEnabled(false);
    auto *picks = new QHBoxLayout;
    const auto pick = [this, picks](const QString &label, const char *name, auto when) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this,
                [this, when] { setScheduledLocal(when(QDateTime::currentDateTimeUtc(), zone())); });
        picks->addWidget(button);
    };
    pick(tr("In 1 hour"), "pickHour",
         [](const QDateTime &now, const QTimeZone &) { return SchedulePlanner::inOneHour(now); });
    pick(tr("Tomorrow 8:00"), "pickTomorrow", &SchedulePlanner::tomorrowAt8);
    pick(tr("Next Monday 8:00"), "pickMonday", &SchedulePlanner::nextMondayAt8);
    picks->addStretch();
    auto *laterPage = new QWidget(this);
    auto *laterForm = new QFormLayout(laterPage);
    laterForm->addRow(tr("Send &at:"), m_when);
    laterForm->addRow(tr("&Time zone:"), m_zone);
    laterForm->addRow(QString(), picks);
    laterForm->addRow(tr("&Recipient's zone:"), m_otherZone);
    laterForm->addRow(QString(), m_otherTime);
    laterForm->addRow(tr("Goes out as:"), m_utc);
    auto *followRow = new QHBoxLayout;
    followRow->addWidget(m_followup);
    followRow->addWidget(m_followupDate);
    followRow->addStretch();
    laterForm->addRow(followRow);

    return laterPage;
}

void SendDialog::buildLayout()
{

    m_warning = new QLabel(this);
    m_warning->setTextFormat(Qt::PlainText); // may carry text from the server
    m_warning->setObjectName(QStringLiteral("sendWarning"));
    m_warning->setWordWrap(true);
    m_carries = new QLabel(this);
    m_carries->setTextFormat(Qt::PlainText); // may carry text from the server
    m_carries->setObjectName(QStringLiteral("carriedFields"));
    m_carries->setWordWrap(true);
    m_reason = new QLabel(this);
    m_reason->setTextFormat(Qt::PlainText); // may carry text from the server
    m_reason->setObjectName(QStringLiteral("sendReason"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(Tone::textStyle(Tone::Kind::Error));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_go = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_go->setObjectName(QStringLiteral("sendButton"));
    m_go->setDefault(true);
    connect(m_go, &QPushButton::clicked, this, &SendDialog::go);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_sender);
    Accessible::nameEditablePart(m_sender, Accessible::fromLabel(tr("&From:")));
    form->addRow(QString(), m_senderProblem);
    auto *modes = new QHBoxLayout;
    modes->addWidget(m_now);
    modes->addWidget(m_later);
    modes->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(modes);
    layout->addWidget(m_options);
    layout->addWidget(m_warning);
    layout->addWidget(m_carries);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
}

void SendDialog::watchInputs()
{
    connect(m_sender, &QComboBox::currentTextChanged, this, &SendDialog::validate);
    // The dialog is as tall as the chosen mode needs, not as the larger one.
    const auto fitPage = [this] {
        for (int i = 0; i < m_options->count(); ++i)
            m_options->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                                i == m_options->currentIndex() ? QSizePolicy::Preferred
                                                                               : QSizePolicy::Ignored);
        adjustSize();
    };
    fitPage();
    connect(m_now, &QRadioButton::toggled, this, [this, fitPage](bool now) {
        m_options->setCurrentIndex(now ? 0 : 1);
        fitPage();
        m_go->setText(now ? tr("&Send") : tr("S&chedule"));
        validate();
    });
    connect(m_sendIn, &QSpinBox::valueChanged, this, &SendDialog::validate);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &SendDialog::validate);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &SendDialog::validate);
    connect(m_otherZone, &QComboBox::currentIndexChanged, this, &SendDialog::validate);
    connect(m_followup, &QCheckBox::toggled, m_followupDate, &QWidget::setEnabled);
    connect(m_followup, &QCheckBox::toggled, this, &SendDialog::validate);
}

void SendDialog::watchSession()
{
    connect(m_session, &DraftSession::sent, this, [this](const EmailActivity &result) {
        m_inFlight = false;
        AppSettings().setUndoDelay(m_sendIn->value());
        emit done(result);
        accept();
    });
    connect(m_session, &DraftSession::sendFailed, this, &SendDialog::onFailed);
    // The check before the send found Close's copy changed: nothing went out; the editor shows both.
    connect(m_session, &DraftSession::conflict, this, [this](const EmailActivity &, const QString &reason) {
        if (!m_inFlight)
            return;
        m_inFlight = false;
        validate();
        m_reason->setText(
            tr("%1 Nothing was sent. Compare your copy with Close's, then send again.").arg(reason));
        m_reason->show();
    });
}

void SendDialog::setMode(Mode mode)
{
    (mode == Mode::Now ? m_now : m_later)->setChecked(true);
}

SendDialog::Mode SendDialog::mode() const
{
    return m_now->isChecked() ? Mode::Now : Mode::Schedule;
}

QString SendDialog::sender() const
{
    return m_sender->currentText().trimmed();
}

QTimeZone SendDialog::zone() const
{
    const QTimeZone tz(m_zone->currentData().toByteArray());
    return tz.isValid() ? tz : QTimeZone::systemTimeZone();
}

QDateTime SendDialog::scheduledUtc() const
{
    const QDateTime wall = m_when->dateTime();
    return SchedulePlanner::toUtc(wall.date(), wall.time(), zone());
}

void SendDialog::setScheduledLocal(const QDateTime &utc)
{
    const QDateTime local = utc.toTimeZone(zone());
    m_when->setDateTime(QDateTime(local.date(), local.time(), Qt::LocalTime));
}

SendPlan SendDialog::plan() const
{
    SendPlan plan;
    plan.mode = mode();
    plan.sender = sender();
    plan.sendInSeconds = m_sendIn->value();
    plan.whenUtc = scheduledUtc();
    plan.followup = m_followup->isChecked() ? m_followupDate->date() : QDate();
    plan.zoneId = zone().id();
    return plan;
}

QStringList SendDialog::carriedFields() const
{
    return m_session->fieldsFor(plan());
}

void SendDialog::validate()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool later = mode() == Mode::Schedule;
    const QDateTime when = scheduledUtc();
    const EmailValidation::Result result = m_session->check(plan());
    QStringList reasons;
    const QString senderProblem = result.fieldErrors.value(QStringLiteral("sender"));
    m_senderProblem->setText(senderProblem.isEmpty()
                                 ? QString()
                                 : tr("A sender is required to send: pick one of yours or type an "
                                      "address. (%1)")
                                       .arg(senderProblem));
    m_senderProblem->setVisible(!senderProblem.isEmpty());
    m_sender->setStyleSheet(senderProblem.isEmpty() ? QString() : Tone::errorBorder("QComboBox"));
    for (auto it = result.fieldErrors.cbegin(); it != result.fieldErrors.cend(); ++it)
        reasons.append(it.key() == QLatin1String("sender")
                           ? tr("The email needs a sender.")
                           : QStringLiteral("%1: %2").arg(it.key(), it.value()));
    reasons.append(result.errors);
    if (later) {
        const QString timeProblem = SchedulePlanner::problemWith(when, now);
        if (!timeProblem.isEmpty())
            reasons.append(timeProblem);
        m_utc->setText(tr("%1 UTC — %2")
                           .arg(SchedulePlanner::wallClock(when, QTimeZone::utc()),
                                SchedulePlanner::zoneLabel(zone(), when)));
        const QByteArray otherId = m_otherZone->currentData().toByteArray();
        const QTimeZone other = otherId.isEmpty() ? QTimeZone() : QTimeZone(otherId);
        m_otherTime->setVisible(!otherId.isEmpty() && other.isValid());
        if (m_otherTime->isVisibleTo(this))
            m_otherTime->setText(
                tr("%1 there (%2)")
                    .arg(SchedulePlanner::wallClock(when, other), SchedulePlanner::zoneLabel(other, when)));
    }
    m_warning->setText(m_session->current().subject().trimmed().isEmpty() ? tr("The subject is empty.")
                                                                          : QString());
    m_warning->setVisible(!m_warning->text().isEmpty());
    m_carries->setText(tr("The request will carry: %1").arg(carriedFields().join(QLatin1String(", "))));
    m_reason->setText(reasons.join(QLatin1Char('\n')));
    m_reason->setVisible(!reasons.isEmpty());
    // In QA mode the rules warn but do not hold the request (except a time that needs a value).
    const bool qa = !m_session->enforcesRules();
    if (qa && !reasons.isEmpty())
        m_reason->setText(tr("QA mode: sent anyway.") + QLatin1Char('\n') + reasons.join(QLatin1Char('\n')));
    m_go->setEnabled((reasons.isEmpty() || qa) && !m_inFlight && when.isValid());
}

void SendDialog::go()
{
    if (m_inFlight || !m_go->isEnabled())
        return; // one click, one request
    if (!m_confirmProfile.isEmpty()) {
        const bool yes
            = MessageBox::question(
                  this, tr("Confirm Send"),
                  tr("This is the \"%1\" connection. Really send this email?").arg(m_confirmProfile))
            == QMessageBox::Yes;
        if (!yes)
            return;
    }
    m_inFlight = true;
    m_go->setEnabled(false);
    m_reason->hide();
    m_session->send(plan()); // the plan carries the zone, so the time is shown back as chosen
}

void SendDialog::onFailed(const ApiError &error, const std::optional<EmailActivity> &serverCopy)
{
    m_inFlight = false;
    QString message = error.fullText();
    if (serverCopy) {
        const EmailStatus status = serverCopy->status().value_or(EmailStatus::Draft);
        message = status == EmailStatus::Draft
            ? tr("%1 Close still has it as a draft: nothing was sent. You can try again.").arg(error.message)
            : tr("%1 Close has it as %2 now: it went out. It was not sent a second time.")
                  .arg(error.message, EmailStatuses::displayName(status).toLower());
        if (status != EmailStatus::Draft) {
            emit done(*serverCopy);
            m_go->setEnabled(false);
        }
    }
    if (!serverCopy && error.isUnreachable())
        message = tr("%1 Sending needs Close, and it cannot be reached now. The draft is kept as it is; "
                     "nothing is sent or sent again on its own. When Close is back, the list shows "
                     "whether it went out.")
                      .arg(error.message);
    if (!serverCopy || serverCopy->status() == EmailStatus::Draft)
        validate(); // the button comes back when a retry makes sense
    // The server's words go beside the field they are about.
    if (error.fieldErrors.contains(QStringLiteral("sender"))) {
        m_senderProblem->setText(error.fieldErrors.value(QStringLiteral("sender")));
        m_senderProblem->show();
        m_sender->setFocus();
    }
    m_reason->setText(message);
    m_reason->show();
}
