#pragma once

#include "core/api/Exchange.h"

#include <QString>

// "Copy as curl": a command that repeats a logged request by hand. The key is never in it: an API key
// becomes `-u "$CLOSE_API_KEY:"` and a token `Authorization: Bearer $CLOSE_API_TOKEN`, read from the
// environment of whoever runs it.
class CurlCommand final
{
public:
    static QString fromExchange(const Exchange &exchange);
    // Wraps text in single quotes for a POSIX shell.
    static QString shellQuote(const QString &text);
};
