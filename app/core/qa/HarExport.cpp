#include "core/qa/HarExport.h"

#include "core/qa/ServerChanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {
QJsonArray headers(const Exchange::Headers &list)
{
    QJsonArray array;
    for (const auto &[name, value] : list) {
        const bool secret = name.compare("Authorization", Qt::CaseInsensitive) == 0;
        // Redaction happens when the log is written; this is the second lock on the same door.
        const QString shown = secret
            ? QString::fromLatin1(value.split(' ').value(0)) + QStringLiteral(" [redacted]")
            : QString::fromLatin1(value);
        array.append(QJsonObject {{QStringLiteral("name"), QString::fromLatin1(name)},
                                  {QStringLiteral("value"), shown}});
    }
    return array;
}

QString headerValue(const Exchange::Headers &list, const QByteArray &name)
{
    for (const auto &[key, value] : list) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(value);
    }
    return {};
}
} // namespace

QByteArray HarExport::toHar(const QList<Exchange> &exchanges, const QString &creatorVersion)
{
    QJsonArray entries;
    for (qsizetype index = 0; index < exchanges.size(); ++index) {
        const Exchange &e = exchanges.at(index);
        QJsonArray query;
        for (const auto &[name, value] : QUrlQuery(e.url).queryItems(QUrl::FullyDecoded))
            query.append(QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
        QJsonObject request {
            {QStringLiteral("method"), QString::fromLatin1(e.method)},
            {QStringLiteral("url"), e.url.toString(QUrl::FullyEncoded)},
            {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
            {QStringLiteral("cookies"), QJsonArray {}},
            {QStringLiteral("headers"), headers(e.requestHeaders)},
            {QStringLiteral("queryString"), query},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"), e.requestBody.size()},
        };
        if (!e.requestBody.isEmpty())
            request.insert(QStringLiteral("postData"),
                           QJsonObject {{QStringLiteral("mimeType"), QStringLiteral("application/json")},
                                        {QStringLiteral("text"), QString::fromUtf8(e.requestBody)}});
        const QString mime = headerValue(e.responseHeaders, "Content-Type");
        const QJsonObject response {
            {QStringLiteral("status"), e.status},
            {QStringLiteral("statusText"), e.error},
            {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
            {QStringLiteral("cookies"), QJsonArray {}},
            {QStringLiteral("headers"), headers(e.responseHeaders)},
            {QStringLiteral("content"),
             QJsonObject {{QStringLiteral("size"), e.responseSize},
                          {QStringLiteral("mimeType"),
                           mime.isEmpty() ? QStringLiteral("application/octet-stream") : mime},
                          {QStringLiteral("text"), QString::fromUtf8(e.responseBody.bytes())}}},
            {QStringLiteral("redirectURL"), headerValue(e.responseHeaders, "Location")},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"), e.responseSize},
        };
        const double duration = qMax<qint64>(0, e.durationMs);
        QJsonObject entry {
            {QStringLiteral("startedDateTime"), e.started.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("time"), duration},
            {QStringLiteral("request"), request},
            {QStringLiteral("response"), response},
            {QStringLiteral("cache"), QJsonObject {}},
            {QStringLiteral("timings"),
             QJsonObject {{QStringLiteral("send"), 0},
                          {QStringLiteral("wait"), duration},
                          {QStringLiteral("receive"), 0}}},
            {QStringLiteral("comment"),
             e.retries > 0 ? QStringLiteral("retry %1").arg(e.retries) : QString()},
        };
        // HAR allows custom fields with a leading underscore: what the server did with a write.
        const Exchange *previous = nullptr;
        for (qsizetype earlier = index - 1; earlier >= 0 && !previous; --earlier) {
            if (ServerChanges::isBefore(exchanges.at(earlier), e))
                previous = &exchanges.at(earlier);
        }
        const QList<ServerChanges::Field> changes = ServerChanges::forExchange(e, previous);
        if (!changes.isEmpty())
            entry.insert(QStringLiteral("_draftdesk"),
                         QJsonObject {{QStringLiteral("serverChanges"), ServerChanges::toJson(changes)}});
        entries.append(entry);
    }
    const QJsonObject log {
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("Draftdesk")},
                      {QStringLiteral("version"), creatorVersion}}},
        {QStringLiteral("pages"), QJsonArray {}},
        {QStringLiteral("entries"), entries},
    };
    return QJsonDocument(QJsonObject {{QStringLiteral("log"), log}}).toJson(QJsonDocument::Indented);
}
