#include "ui/SafeTextBrowser.h"

#include <QDesktopServices>

SafeTextBrowser::SafeTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("https") || scheme == QLatin1String("http")
            || scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
}

void SafeTextBrowser::setSafeHtml(const QString &html)
{
    m_blocked.clear();
    setHtml(html);
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    // Embedded data and our own resources only; everything else would be a request to a third party.
    if (name.scheme() == QLatin1String("data") || name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    m_blocked.insert(name);
    return {};
}
