#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above the list that says what went wrong in words, and offers the next step: Retry (only
// when the same request can succeed), or Settings when the key was refused. Hidden while all is well.
//
// It holds two kinds of news. An error (showError) is about what was asked last, and goes when it is
// put right (clearError, e.g. once connected) or asked again (Retry). A standing problem (showAlso:
// a data folder that takes no journal, a store that cannot be used) is about this session and stays,
// below whatever error comes and goes, until the user dismisses the banner.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    // Retry is offered only where asking again can succeed; otherwise the message says what to do.
    void showError(const QString &message, bool offerSettings, bool offerRetry = true);
    void clearError();
    void showAlso(const QString &standingProblem);
    QString message() const;

signals:
    void retryClicked();
    void settingsClicked();

private:
    void showWhatIsLeft();

    QLabel *m_label = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_settings = nullptr;
    QString m_error;
    QStringList m_standing;
};
