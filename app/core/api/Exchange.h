#pragma once

#include "core/api/AuthMethod.h"
#include "core/api/PackedBody.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

// One request and its answer as the request log keeps it. Authorization is already redacted here:
// a secret never reaches this struct.
struct Exchange
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    quint64 id = 0;
    QDateTime started;
    QByteArray method;
    QUrl url;
    Headers requestHeaders;
    QByteArray requestBody;
    std::optional<AuthMethod> auth; // how the request signed in, if at all (never the secret)
    int status = 0; // 0 while pending or when no HTTP answer came
    Headers responseHeaders;
    PackedBody responseBody; // capped; kept compressed
    bool responseTruncated = false;
    qint64 responseSize = 0; // bytes received, before the cap
    qint64 durationMs = -1; // -1 while pending
    int retries = 0;
    QString error; // network-level failure, if any

    bool isPending() const { return durationMs < 0; }
};
