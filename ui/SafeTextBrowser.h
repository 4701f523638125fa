#pragma once

#include <QSet>
#include <QTextBrowser>
#include <QUrl>

// Shows email HTML without fetching anything: remote images, stylesheets and tracking pixels are
// never requested (Trojitá's rule). Links open in the system browser only when clicked.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextBrowser)

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
    // How many resources were refused since the last setHtml (shown as a note, and tested).
    int blockedCount() const { return int(m_blocked.size()); }
    void setSafeHtml(const QString &html);

private:
    QSet<QUrl> m_blocked;
};
