#include "ui/common/QuotedTextView.h"

#include "ui/common/SafeTextBrowser.h"

#include <QToolButton>
#include <QVBoxLayout>

QuotedTextView::QuotedTextView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("quotedText"));
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("quotedTextToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setText(tr("&Quoted text"));
    m_toggle->setAccessibleName(tr("Quoted text"));
    m_toggle->setToolTip(tr("Show or hide the earlier messages this email quotes (read-only)"));
    m_body = new SafeTextBrowser(this);
    m_body->setObjectName(QStringLiteral("quotedTextBody"));
    m_body->setAccessibleName(tr("Quoted text"));
    m_body->setAccessibleDescription(tr("The earlier messages this email quotes; it cannot be edited here."));
    m_body->setMaximumHeight(m_body->fontMetrics().lineSpacing() * 12);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);
    connect(m_toggle, &QToolButton::toggled, this, &QuotedTextView::setExpanded);
    setExpanded(false);
    hide();
}

void QuotedTextView::setEmail(const EmailActivity &email)
{
    const QList<EmailActivity::QuotedPart> html = email.quotedHtml();
    const QList<EmailActivity::QuotedPart> text = email.quotedText();
    const QList<EmailActivity::QuotedPart> &parts = html.isEmpty() ? text : html;
    m_hasQuote = !parts.isEmpty();
    bool expand = false;
    if (!html.isEmpty()) {
        QString joined;
        for (const EmailActivity::QuotedPart &part : html) {
            joined += part.content;
            expand = expand || part.expand;
        }
        m_body->showBody(joined);
    } else {
        QStringList joined;
        for (const EmailActivity::QuotedPart &part : text) {
            joined.append(part.content);
            expand = expand || part.expand;
        }
        m_body->showText(joined.join(QLatin1String("\n\n")));
    }
    setVisible(m_hasQuote);
    setExpanded(expand);
}

bool QuotedTextView::isExpanded() const
{
    return m_toggle->isChecked();
}

void QuotedTextView::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

QString QuotedTextView::shownText() const
{
    return m_body->toPlainText();
}
