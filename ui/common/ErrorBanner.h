#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above the list that says what went wrong in words, and offers the next step: Retry (only
// when the same request can succeed), or Settings when the key was refused. Hidden while all is well.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    // Retry is offered only where asking again can succeed; otherwise the message says what to do.
    void showError(const QString &message, bool offerSettings, bool offerRetry = true);
    // A problem found on the side (a check on a worker): said below the one shown, whose buttons
    // stay, or alone when none is shown.
    void showAlso(const QString &message);
    QString message() const;

signals:
    void retryClicked();
    void settingsClicked();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_settings = nullptr;
};
