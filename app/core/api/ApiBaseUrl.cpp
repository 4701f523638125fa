#include "core/api/ApiBaseUrl.h"

#include <arpa/inet.h>

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
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || isLoopbackAddress(host);
}

bool ApiBaseUrl::isLoopbackAddress(const QString &host)
{
    // QUrl gives an IPv4 host as four numbers and an IPv6 one without brackets.
    const QByteArray latin1 = host.toLatin1();
    in_addr v4 {};
    if (inet_pton(AF_INET, latin1.constData(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6 {};
    if (inet_pton(AF_INET6, latin1.constData(), &v6) != 1)
        return false;
    if (IN6_IS_ADDR_LOOPBACK(&v6))
        return true;
    return IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127; // ::ffff:127.x.x.x
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
