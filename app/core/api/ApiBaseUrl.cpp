#include "core/api/ApiBaseUrl.h"

#include <QHostAddress>

QString ApiBaseUrl::problem(const QUrl &url)
{
    const bool httpScheme = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (url.isValid() && httpScheme && !url.host().isEmpty())
        return {};
    return tr("An http or https URL is needed, such as %1.").arg(defaultUrl().toString());
}

bool ApiBaseUrl::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || QHostAddress(host).isLoopback();
}

bool ApiBaseUrl::sendsKeyInClear(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") && !url.host().isEmpty() && !isLoopback(url);
}

QString ApiBaseUrl::clearTextWarning(const QUrl &url)
{
    if (!sendsKeyInClear(url))
        return {};
    return tr("http:// sends your API key unencrypted to %1: anyone on the network between you can read "
              "it. Use https:// unless %1 is a test server you trust.")
        .arg(url.host());
}
