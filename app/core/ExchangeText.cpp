#include "ExchangeText.h"

#include <QJsonDocument>
#include <QStringList>

namespace {
QString headerLines(const Exchange::Headers &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(QString::fromLatin1(name) + QLatin1String(": ") + QString::fromLatin1(value));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString ExchangeText::prettyBody(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

QString ExchangeText::requestText(const Exchange &exchange)
{
    QString text = QString::fromLatin1(exchange.method) + QLatin1Char(' ') + exchange.url.toString()
        + QLatin1Char('\n') + headerLines(exchange.requestHeaders);
    if (!exchange.requestBody.isEmpty())
        text += QLatin1String("\n\n") + prettyBody(exchange.requestBody);
    return text;
}

QString ExchangeText::responseText(const Exchange &exchange)
{
    if (exchange.isPending())
        return QStringLiteral("…");
    QString text = exchange.status
        ? QStringLiteral("HTTP %1 (%2 ms)").arg(exchange.status).arg(exchange.durationMs)
        : exchange.error;
    text += QLatin1Char('\n') + headerLines(exchange.responseHeaders);
    if (!exchange.responseBody.isEmpty())
        text += QLatin1String("\n\n") + prettyBody(exchange.responseBody);
    if (exchange.responseTruncated)
        text += QStringLiteral("\n… (%1 bytes in all)").arg(exchange.responseSize);
    return text;
}
