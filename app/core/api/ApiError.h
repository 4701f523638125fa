#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

// Why an API call failed, in a form people and code can both use: a kind to branch on, the HTTP
// status, a translated sentence, the server's own errors (non-field and per field, to show beside
// the widget), and the raw body for QA.
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network, // unreachable, refused, reset, DNS
        Timeout, // no byte for the transfer timeout
        Tls, // certificate or handshake trouble (never ignored)
        Unauthorized, // 401
        Forbidden, // 403 (and 402, a plan limit)
        NotFound, // 404
        Validation, // 400 with errors / field-errors
        RateLimited, // 429
        Server, // 5xx
        BadRequest, // other 4xx (405, 413, 415, …)
        BadResponse, // not JSON, not the expected shape, too large
        Cancelled, // cancel() was called
        NotConnected, // no connection is made yet (no key): nothing was sent
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // for people, translated; never contains a secret
    QString serverMessage; // "error" (string or error.message) as the server said it
    QStringList errors; // "errors": [...]
    QMap<QString, QString> fieldErrors; // "field-errors": {...}
    QByteArray rawBody;
    double retryAfterSeconds = -1; // from Retry-After / RateLimit reset / legacy rate_reset; -1 unknown

    bool isError() const { return kind != Kind::None; }
    // Timeouts, dropped connections and 5xx after the body went out: the server may have acted.
    bool isAmbiguousForWrites() const;
    // Close could not be asked at all, as opposed to an answer from Close: not reached (refused, DNS,
    // dropped, timed out: offline), or no connection made yet. A save then waits for Close.
    bool isUnreachable() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::NotConnected;
    }

    // Builds the error for an HTTP answer with status >= 400 (reads the body's documented shapes).
    static ApiError fromHttp(int status, const QByteArray &body);
    static ApiError make(Kind kind, const QString &message);
    static QString kindName(Kind kind);
    // "The server refused the change: This field is required. (sender)" — everything in one line.
    QString fullText() const;
    // "Close asks us to slow down (rate limit)." and, when known, how long it asks to wait.
    static QString rateLimitMessage(double retryAfterSeconds);
    // "Close asks to wait 3 minutes." (seconds below 90 s), rounded up.
    static QString waitText(double seconds);
};
