#pragma once

#include "core/api/Exchange.h"

#include <QString>

// "Copy as curl": a command that repeats a logged request by hand and prints the status after the
// body. A real key is never in it: an API key becomes `-u "$CLOSE_API_KEY:"` and a token
// `Authorization: Bearer $CLOSE_API_TOKEN`, read from the environment of whoever runs it. Only a key
// that is no secret (the demo sandbox's, `shareableKey`) is written out, so the line runs as it is.
class CurlCommand final
{
public:
    static QString fromExchange(const Exchange &exchange, const QString &shareableKey = QString());
    // Wraps text in single quotes for a POSIX shell.
    static QString shellQuote(const QString &text);
};
