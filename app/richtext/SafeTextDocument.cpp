#include "richtext/SafeTextDocument.h"

#include <QUrl>

bool SafeTextDocument::isAllowedResource(const QUrl &name)
{
    return name.scheme() == QLatin1String("data")
        || (name.scheme() == QLatin1String("qrc") && name.path().startsWith(QLatin1String("/icons/"))
            && !name.path().contains(QLatin1String("..")));
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    if (isAllowedResource(name))
        return QTextDocument::loadResource(type, name);
    ++m_refused;
    return {};
}
