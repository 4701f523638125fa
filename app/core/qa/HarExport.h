#pragma once

#include "core/api/Exchange.h"

#include <QByteArray>
#include <QList>

// The request log as HAR 1.2 (the format browser developer tools import), secrets already redacted:
// an Authorization header appears as "Basic [redacted]" / "Bearer [redacted]", never with the key.
class HarExport final
{
public:
    static QByteArray toHar(const QList<Exchange> &exchanges, const QString &creatorVersion);
};
