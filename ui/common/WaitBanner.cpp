#include "ui/common/WaitBanner.h"

#include "core/api/ApiError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace {
// 1:29:59 or 4:05: the countdown a user reads at a glance.
QString countdown(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    const QString mmss
        = QStringLiteral("%1:%2").arg(m, h > 0 ? 2 : 1, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return h > 0 ? QString::number(h) + u':' + mmss : mmss;
}
} // namespace

WaitBanner::WaitBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("waitBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText); // may carry text from the server
    m_label->setObjectName(QStringLiteral("waitBannerText"));
    m_label->setWordWrap(true);
    m_cancel = new QPushButton(tr("&Cancel Waiting"), this);
    m_cancel->setObjectName(QStringLiteral("cancelWaitButton"));
    m_cancel->setToolTip(tr("Give up the requests that wait; Close has done nothing with them."));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &WaitBanner::tick);
    connect(m_cancel, &QPushButton::clicked, this, &WaitBanner::cancelClicked);
    hide();
}

void WaitBanner::setWait(const QDateTime &until, double askedSeconds, bool pacing)
{
    m_until = until;
    if (!until.isValid()) {
        m_timer.stop();
        hide();
        return;
    }
    m_askedSeconds = askedSeconds;
    m_pacing = pacing;
    tick();
    m_timer.start();
    show();
}

QString WaitBanner::text() const
{
    return m_label->text();
}

void WaitBanner::tick()
{
    const qint64 left = (QDateTime::currentDateTimeUtc().msecsTo(m_until) + 999) / 1000;
    if (m_pacing)
        m_label->setText(tr("Close's rate limit for these requests is nearly used up, so Draftdesk spaces "
                            "them: the next goes in %1.")
                             .arg(countdown(left)));
    else
        m_label->setText(ApiError::waitText(m_askedSeconds) + u' '
                         + tr("Draftdesk tries again in %1.").arg(countdown(left)));
}
