#include "ui/list/PreviewPane.h"

#include "core/base/ShownText.h"
#include "core/drafts/SchedulePlanner.h"
#include "core/email/EmailActivity.h"
#include "richtext/BodyPreparer.h"
#include "ui/common/AttachmentPanel.h"
#include "ui/common/QuotedTextView.h"
#include "ui/common/SafeTextBrowser.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

PreviewPane::PreviewPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("previewPane"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("previewHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAccessibleName(tr("Email header"));
    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText); // may carry text from the server
    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setVisible(false);
    m_note->setForegroundRole(QPalette::PlaceholderText); // quieter than the email itself
    m_body = new SafeTextBrowser(this);
    m_body->setObjectName(QStringLiteral("previewBody"));
    m_body->setAccessibleName(tr("Email body"));
    m_quoted = new QuotedTextView(this);
    connect(m_body, &SafeTextBrowser::bodyShown, this, [this] {
        const QString note = SafeTextBrowser::noteFor(m_body->shownBody());
        m_note->setText(note);
        m_note->setVisible(!note.isEmpty() && !m_id.isEmpty());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_note);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_quoted);
    showMessage(tr("Select an email to see it here."));
}

void PreviewPane::showEmail(const EmailActivity &email)
{
    m_id = email.id();
    const auto line = [](const QString &label, const QString &value) {
        return QStringLiteral("<b>%1</b> %2<br>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QString subject
        = email.subject().isEmpty() ? tr("(no subject)") : ShownText::wrapped(email.subject());
    QString header = QStringLiteral("<span style='font-size:large; font-weight:600'>%1</span><br>")
                         .arg(subject.toHtmlEscaped());
    header += line(tr("From:"),
                   email.sender().isEmpty() ? tr("(no sender yet)") : ShownText::wrapped(email.sender()));
    header += line(tr("To:"), ShownText::wrapped(email.to().join(QLatin1String(", "))));
    if (!email.cc().isEmpty())
        header += line(tr("Cc:"), ShownText::wrapped(email.cc().join(QLatin1String(", "))));
    const std::optional<EmailStatus> status = email.status();
    QString state = status ? EmailStatuses::displayName(*status) : QString();
    if (status == EmailStatus::Scheduled && email.dateScheduled().isValid())
        state = tr("Scheduled for %1")
                    .arg(SchedulePlanner::wallClock(email.dateScheduled(), QTimeZone::systemTimeZone()));
    else if (email.dateSent().isValid())
        state = tr("%1 on %2")
                    .arg(state, SchedulePlanner::wallClock(email.dateSent(), QTimeZone::systemTimeZone()));
    header += line(tr("Status:"), state);
    QStringList files;
    for (const EmailActivity::Attachment &attachment : email.attachments())
        files.append(AttachmentPanel::describe(attachment));
    if (!files.isEmpty())
        header += line(tr("Attachments:"), files.join(QLatin1String("; ")));
    m_header->setText(header);
    m_note->setVisible(false);
    m_body->showBody(email.bodyHtml(), email.bodyText());
    // A draft read here is the one most likely opened next, and the editor's rules for a body differ
    // from the preview's: a large one is readied for the editor too, on a worker, so that opening it
    // waits for no sanitizer.
    if (status == EmailStatus::Draft)
        BodyPreparer::prefetch(email.bodyHtml(), email.bodyText());
    m_quoted->setEmail(email);
}

void PreviewPane::showMessage(const QString &message)
{
    m_id.clear();
    m_header->setText(QString());
    m_note->setVisible(false);
    m_quoted->hide();
    m_body->showBody({}, message);
}
