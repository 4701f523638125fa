#pragma once

#include <QDateTime>
#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

// Shown while Close has asked for a long wait (a 429 whose Retry-After or reset runs for minutes or
// hours): how long it asked for, a countdown to the next try, and Cancel, which gives the waiting
// requests up. Nothing hangs silently: a request held back is always on screen.
class WaitBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaitBanner)

public:
    explicit WaitBanner(QWidget *parent = nullptr);
    // When the requests may go (invalid hides the banner), how long Close asked for, and whether the
    // client holds them itself because the endpoint's budget is nearly spent.
    void setWait(const QDateTime &until, double askedSeconds, bool pacing = false);
    QString text() const;

signals:
    void cancelClicked();

private:
    void tick();

    QLabel *m_label = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer m_timer;
    QDateTime m_until;
    double m_askedSeconds = 0;
    bool m_pacing = false;
};
