#pragma once

#include "Exchange.h"

#include <QString>

// An exchange as text for people: headers one per line, JSON bodies pretty-printed, anything else as
// it came (bounded). The inspector's details pane shows this; the ui never parses JSON itself.
class ExchangeText final
{
public:
    static QString requestText(const Exchange &exchange);
    static QString responseText(const Exchange &exchange);
    static QString prettyBody(const QByteArray &body);
};
