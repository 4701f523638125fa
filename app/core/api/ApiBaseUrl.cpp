#include "core/api/ApiBaseUrl.h"

QString ApiBaseUrl::problem(const QUrl &url)
{
    const bool httpScheme = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (url.isValid() && httpScheme && !url.host().isEmpty())
        return {};
    return tr("An http or https URL is needed, such as %1.").arg(defaultUrl().toString());
}
