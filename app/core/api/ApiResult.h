#pragma once

#include "core/api/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

// How one API call ended: exactly one of data (the parsed JSON) or an error. After an ambiguous
// failure of a request that may have sent an email, `readBack` holds the email as the server has it
// now (or readBackError says why even that failed), so the caller can tell the user what happened.
struct ApiResult
{
    int httpStatus = 0;
    QJsonDocument json;
    QByteArray body; // a 2xx answer's bytes, only when the request asked for them (parseJson false)
    ApiError error;
    int attempts = 0;
    bool ambiguous = false;
    std::optional<QJsonObject> readBack;
    ApiError readBackError;

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return json.object(); }
};
