#pragma once

#include "core/api/Exchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

// What the server did with what was sent: for a PUT or a POST, field by field, between the JSON body
// that went out, the record Close answered with and (when known) the record as it was before. The
// everyday question of API QA; the inspector shows it and the HAR export carries it.
class ServerChanges final
{
    Q_DECLARE_TR_FUNCTIONS(ServerChanges)

public:
    enum class Kind {
        Kept, // the answer holds what was sent
        Normalised, // the same value written differently (spacing, address or date form)
        Changed, // the answer holds something else
        Ignored, // not in the answer, or the answer kept the old value
        SetByServer, // not sent, but the server set or changed it (date_updated, status, …)
    };
    struct Field
    {
        QString name;
        Kind kind = Kind::Kept;
        QJsonValue sent;
        QJsonValue answered;
    };

    static QList<Field> compare(const QJsonObject &sent, const QJsonObject &answer,
                                const std::optional<QJsonObject> &before = std::nullopt);
    // For a logged PUT or POST with a JSON object body and a 2xx JSON answer; `previous` is the
    // latest earlier 2xx answer for the same URL path, if any. Empty for anything else.
    static QList<Field> forExchange(const Exchange &exchange, const Exchange *previous);
    // Whether `candidate` can serve as `exchange`'s record before (same path, an earlier 2xx answer).
    static bool isBefore(const Exchange &candidate, const Exchange &exchange);

    static QString kindName(Kind kind);
    // One line per field that is not simply kept: "subject: normalised ("  Hi " → "Hi")".
    static QStringList describe(const QList<Field> &fields);
    // [{"field", "verdict", "sent", "answered"}] for the HAR's "_draftdesk".
    static QJsonArray toJson(const QList<Field> &fields);
};
