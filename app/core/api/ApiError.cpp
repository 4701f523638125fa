#include "core/api/ApiError.h"

#include "core/api/RateLimitState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

bool ApiError::isAmbiguousForWrites() const
{
    return kind == Kind::Timeout || kind == Kind::Network || kind == Kind::Server
        || kind == Kind::BadResponse;
}

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = status;
    error.rawBody = body;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonValue errorValue = json.value(u"error");
    if (errorValue.isString()) {
        error.serverMessage = errorValue.toString();
    } else if (errorValue.isObject()) {
        const QJsonObject legacy = errorValue.toObject(); // the pre-2024 429 body
        error.serverMessage = legacy.value(u"message").toString();
        if (legacy.value(u"rate_reset").isDouble())
            error.retryAfterSeconds = RateLimitState::clampSeconds(legacy.value(u"rate_reset").toDouble());
    }
    for (const QJsonValue &item : json.value(u"errors").toArray())
        error.errors.append(
            item.isString()
                ? item.toString()
                : QString::fromUtf8(QJsonDocument(QJsonArray {item}).toJson(QJsonDocument::Compact)));
    const QJsonObject fields = json.value(u"field-errors").toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isArray() && !v.toArray().isEmpty())
            text = v.toArray().first().toString();
        else
            text = QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact));
        error.fieldErrors.insert(it.key(), text);
    }

    if (status == 400) {
        error.kind = Kind::Validation;
        error.message = tr("The server refused the request.");
    } else if (status == 401) {
        error.kind = Kind::Unauthorized;
        error.message = tr("The API key or token was not accepted. Check it in Settings.");
    } else if (status == 402 || status == 403) {
        error.kind = Kind::Forbidden;
        error.message = status == 402 ? tr("Your Close plan does not allow this.")
                                      : tr("You are not allowed to do this in Close.");
    } else if (status == 404) {
        error.kind = Kind::NotFound;
        error.message = tr("Not found: it may have been deleted.");
    } else if (status == 429) {
        error.kind = Kind::RateLimited;
        error.message = rateLimitMessage(error.retryAfterSeconds);
    } else if (status >= 500) {
        error.kind = Kind::Server;
        error.message = tr("Close had a problem (HTTP %1). Try again in a moment.").arg(status);
    } else {
        error.kind = Kind::BadRequest;
        error.message = tr("The request was not accepted (HTTP %1).").arg(status);
    }
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::NotConnected:
        return QStringLiteral("not-connected");
    }
    return {};
}

QString ApiError::rateLimitMessage(double retryAfterSeconds)
{
    const QString slowDown = tr("Close asks us to slow down (rate limit).");
    if (!(retryAfterSeconds > 0))
        return slowDown;
    return slowDown + u' ' + waitText(retryAfterSeconds);
}

QString ApiError::waitText(double seconds)
{
    // Whole units, rounded up: "wait 1 minute" must not turn out to be 61 seconds.
    const double clamped = qBound(0.0, seconds, RateLimitState::maxWaitSeconds);
    if (clamped < 90)
        return tr("Close asks to wait %n second(s).", nullptr, qMax(1, int(std::ceil(clamped))));
    if (clamped <= 2 * 3600)
        return tr("Close asks to wait %n minute(s).", nullptr, int(std::ceil(clamped / 60)));
    return tr("Close asks to wait %n hour(s).", nullptr, int(std::ceil(clamped / 3600)));
}

QString ApiError::fullText() const
{
    QStringList parts {message};
    if (!serverMessage.isEmpty() && !message.contains(serverMessage))
        parts.append(serverMessage);
    parts.append(errors);
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
        parts.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
    return parts.join(QLatin1Char(' '));
}
