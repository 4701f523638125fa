#pragma once

#include "core/api/Exchange.h"

#include <QString>

// An exchange as text for people: headers one per line, JSON bodies pretty-printed, anything else as
// it came (bounded). The inspector's details pane shows this; the ui never parses JSON itself.
class ExchangeText final
{
public:
    static QString requestText(const Exchange &exchange);
    static QString responseText(const Exchange &exchange);
    static QString prettyBody(const QByteArray &body);
    // For an email answer (one record, or a list page): how it differs from the schema Draftdesk
    // knows (unexpected types, missing fields, new fields), one line each; empty when it matches.
    static QStringList schemaNotes(const Exchange &exchange);
};
