#include "core/InspectorServices.h"

#include "core/ApiCall.h"
#include "core/CloseClient.h"
#include "core/HarExport.h"
#include "core/RequestLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrlQuery>

bool InspectorServices::replayCouldSend(quint64 exchangeId) const
{
    const Exchange *exchange = m_client->requestLog()->find(exchangeId);
    if (!exchange || exchange->method == "GET")
        return false;
    const QString status
        = QJsonDocument::fromJson(exchange->requestBody).object().value(u"status").toString();
    return status == QLatin1String("outbox") || status == QLatin1String("scheduled");
}

ApiCall *InspectorServices::replay(quint64 exchangeId)
{
    const Exchange *exchange = m_client->requestLog()->find(exchangeId);
    if (!exchange)
        return nullptr;
    ApiRequest request;
    request.method = exchange->method;
    QString path = exchange->url.path();
    const QString base = m_client->baseUrl().path();
    if (path.startsWith(base))
        path = path.mid(base.size());
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    request.path = path;
    request.query = QUrlQuery(exchange->url);
    const QJsonObject body = QJsonDocument::fromJson(exchange->requestBody).object();
    if (exchange->requestHeaders.contains({"X-HTTP-Method-Override", "GET"})) {
        // A long list query: replay it as one again (a bare POST here would try to create an email).
        request.method = "GET";
        request.methodOverrideGet = true;
        const QJsonObject params = body.value(u"_params").toObject();
        for (auto it = params.constBegin(); it != params.constEnd(); ++it)
            request.query.addQueryItem(it.key(), it.value().toString());
    } else if (!exchange->requestBody.isEmpty()) {
        request.body = body;
    }
    return m_client->send(request); // the answer shows in the log like any other
}

bool InspectorServices::exportHar(const QString &path, QString *error) const
{
    QList<Exchange> exchanges;
    const RequestLog *log = m_client->requestLog();
    for (int row = 0; row < log->size(); ++row)
        exchanges.append(log->at(row));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(HarExport::toHar(exchanges, QCoreApplication::applicationVersion())) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
