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

#include <utility>

PreviewPane::PreviewPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("previewPane"));
    // Until there is an email (or a message) to show, a label says how to get one: the browser, its
    // document and the quoted-text view are made then (a start paints its list without them, some
    // 0.6 ms sooner here; the first row's email is shown a moment later).
    m_placeholder = new QLabel(tr("Select an email to see it here."), this);
    m_placeholder->setObjectName(QStringLiteral("previewPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_placeholder->setFrameShape(QFrame::StyledPanel); // where the body will be, as the body looks
    m_placeholder->setBackgroundRole(QPalette::Base);
    m_placeholder->setAutoFillBackground(true);
    m_placeholder->setMargin(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_placeholder, 1);
}

void PreviewPane::makeViews()
{
    if (m_body)
        return;
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
    m_quoted->hide();
    connect(m_body, &SafeTextBrowser::bodyShown, this, [this] {
        const QString note = SafeTextBrowser::noteFor(m_body->shownBody());
        m_note->setText(note);
        m_note->setVisible(!note.isEmpty() && !m_id.isEmpty());
    });
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->removeWidget(m_placeholder);
    delete std::exchange(m_placeholder, nullptr);
    box->addWidget(m_header);
    box->addWidget(m_note);
    box->addWidget(m_body, 1);
    box->addWidget(m_quoted);
    // Now, not at the layout's queued show a turn later: Tab, a screen reader and a paint find them.
    m_header->show();
    m_body->show();
    takeTabPlace();
}

void PreviewPane::takeTabPlace()
{
    // Made after the window's other widgets, the views came last in its Tab order: they go right after
    // the last widget before the pane (the list), where they would be had they been made with it.
    QWidget *after = previousInFocusChain();
    while (after != window() && after->focusPolicy() == Qt::NoFocus)
        after = after->previousInFocusChain();
    QList<QWidget *> views;
    for (QWidget *widget = nextInFocusChain(); widget != this; widget = widget->nextInFocusChain()) {
        if (isAncestorOf(widget) && widget->focusPolicy() != Qt::NoFocus)
            views.append(widget);
        if (widget == window())
            break;
    }
    for (QWidget *view : std::as_const(views)) {
        QWidget::setTabOrder(after, view);
        after = view;
    }
}

SafeTextBrowser *PreviewPane::body()
{
    makeViews();
    return m_body;
}

QuotedTextView *PreviewPane::quoted()
{
    makeViews();
    return m_quoted;
}

void PreviewPane::showEmail(const EmailActivity &email)
{
    makeViews();
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
    makeViews();
    m_id.clear();
    m_header->setText(QString());
    m_note->setVisible(false);
    m_quoted->hide();
    m_body->showBody({}, message);
}
