#include "ui/common/ErrorBanner.h"

#include "ui/common/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText); // may carry text from the server
    m_label->setObjectName(QStringLiteral("errorMessage"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_settings = new QPushButton(tr("Se&ttings…"), this);
    m_settings->setObjectName(QStringLiteral("bannerSettingsButton"));
    auto *close = new QToolButton(this);
    // An icon, not a "✕" character: a screen reader would read the character ("multiplication x"),
    // and the name would differ from what is shown.
    close->setIcon(Icons::named(QStringLiteral("window-close")));
    close->setAccessibleName(tr("Dismiss"));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_settings);
    layout->addWidget(close);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        clearError(); // asked again
        emit retryClicked();
    });
    connect(m_settings, &QPushButton::clicked, this, &ErrorBanner::settingsClicked);
    connect(close, &QToolButton::clicked, this, [this] {
        m_error.clear();
        m_standing.clear(); // read
        hide();
    });
    hide();
}

void ErrorBanner::showError(const QString &message, bool offerSettings, bool offerRetry)
{
    m_error = message;
    m_settings->setVisible(offerSettings);
    m_retry->setVisible(offerRetry);
    showWhatIsLeft();
}

void ErrorBanner::clearError()
{
    m_error.clear();
    m_settings->hide();
    m_retry->hide();
    showWhatIsLeft();
}

void ErrorBanner::showAlso(const QString &standingProblem)
{
    if (!m_standing.contains(standingProblem))
        m_standing.append(standingProblem);
    showWhatIsLeft();
}

void ErrorBanner::showWhatIsLeft()
{
    QStringList lines = m_standing;
    if (!m_error.isEmpty())
        lines.prepend(m_error);
    if (lines.isEmpty()) {
        hide();
        return;
    }
    // Styled when first needed: a style sheet restyles every child, which costs start-up time.
    if (styleSheet().isEmpty())
        setStyleSheet(QStringLiteral(
            "#errorBanner { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; }"
            "#errorBanner QLabel { color: #611a15; }"));
    m_label->setText(lines.join(QLatin1Char('\n')));
    show();
}

QString ErrorBanner::message() const
{
    return m_label->text();
}
