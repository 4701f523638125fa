#pragma once

#include "richtext/HtmlSanitizer.h"

#include <QTextBrowser>

class BodyPreparer;

// Shows email HTML without fetching or reading anything: the HTML goes through HtmlSanitizer first
// (off the UI thread when it is large), and resources other than embedded data never load
// (Trojitá's rule). Links open in the system browser only when clicked, and only http(s)/mailto.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextBrowser)

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
    // Shows the body: its HTML sanitized, or `text` when there is no HTML. bodyShown() follows, at
    // once for small bodies.
    void showBody(const QString &html, const QString &text = {});
    void showText(const QString &text);
    bool isPreparing() const;
    // What the sanitizer did to the body shown (blocked images, plain-text fallback and why).
    const SanitizedHtml &shownBody() const { return m_shown; }
    int blockedCount() const { return m_shown.blockedImages; }
    // One line for the reader about what was left out, or empty.
    static QString noteFor(const SanitizedHtml &body);

signals:
    void bodyShown();

private:
    static SanitizeLimits shownLimits();
    void apply(const SanitizedHtml &body);

    BodyPreparer *m_preparer;
    SanitizedHtml m_shown;
};
