#pragma once

#include "core/email/EmailActivity.h"

#include <QWidget>

class QToolButton;
class SafeTextBrowser;

// The quoted part of a reply (body_html_quoted / body_text_quoted) below a message: read-only,
// collapsed or expanded as Close's `expand` says, and hidden when there is none. The preview and
// the editor both show it; neither can change it, so a save never touches it.
class QuotedTextView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotedTextView)

public:
    explicit QuotedTextView(QWidget *parent = nullptr);
    // HTML parts are shown when there are any; otherwise the text parts.
    void setEmail(const EmailActivity &email);
    bool isExpanded() const;
    void setExpanded(bool expanded);
    bool hasQuote() const { return m_hasQuote; }
    QString shownText() const;

private:
    QToolButton *m_toggle = nullptr;
    SafeTextBrowser *m_body = nullptr;
    bool m_hasQuote = false;
};
