#pragma once

#include <QWidget>

class EmailActivity;
class QLabel;
class QuotedTextView;
class SafeTextBrowser;

// A read-only view of one email: who, to whom, when, the subject, and the HTML body rendered
// without fetching anything remote.
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    explicit PreviewPane(QWidget *parent = nullptr);
    void showEmail(const EmailActivity &email);
    void showMessage(const QString &message);
    QString shownId() const { return m_id; }
    // Made at the first email or message shown (or asked for here).
    SafeTextBrowser *body();
    QuotedTextView *quoted();

private:
    void makeViews();
    void takeTabPlace();

    QLabel *m_placeholder = nullptr; // until then
    QLabel *m_header = nullptr;
    QLabel *m_note = nullptr;
    SafeTextBrowser *m_body = nullptr;
    QuotedTextView *m_quoted = nullptr;
    QString m_id;
};
