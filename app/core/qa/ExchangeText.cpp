#include "core/qa/ExchangeText.h"

#include "core/email/EmailActivity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

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

QStringList ExchangeText::schemaNotes(const Exchange &exchange)
{
    if (exchange.status < 200 || exchange.status >= 300 || exchange.responseTruncated)
        return {};
    static const QRegularExpression emailPath(QStringLiteral("/activity/email/(acti_[^/]+/)?$"));
    const QRegularExpressionMatch match = emailPath.match(exchange.url.path());
    if (!match.hasMatch())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(exchange.responseBody.bytes());
    // A projection leaves fields out on purpose: only types are news then.
    const bool projected = QUrlQuery(exchange.url).hasQueryItem(QStringLiteral("_fields"))
        || exchange.requestBody.contains("\"_fields\"");
    const auto mode = projected ? EmailActivity::ParseMode::Partial : EmailActivity::ParseMode::Complete;
    QList<QJsonObject> records;
    if (document.object().value(u"data").isArray()) {
        for (const QJsonValue &value : document.object().value(u"data").toArray())
            records.append(value.toObject());
    } else if (document.isObject() && document.object().contains(u"id")) {
        records.append(document.object());
    }
    // One line per distinct note, with how many records of a page carry it.
    QMap<QString, int> counts;
    QStringList order;
    for (const QJsonObject &record : std::as_const(records)) {
        for (const EmailActivity::SchemaNote &note : EmailActivity::fromJson(record, mode).notes) {
            const QString text = note.text();
            if (!counts.contains(text))
                order.append(text);
            ++counts[text];
        }
    }
    QStringList lines;
    for (const QString &text : std::as_const(order)) {
        lines.append(records.size() > 1 ? QCoreApplication::translate("ExchangeText", "%1 (%n record(s))",
                                                                      nullptr, counts.value(text))
                                              .arg(text)
                                        : text);
    }
    return lines;
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
        text += QLatin1String("\n\n") + prettyBody(exchange.responseBody.bytes());
    if (exchange.responseTruncated)
        text += QStringLiteral("\n… (%1 bytes in all)").arg(exchange.responseSize);
    const QStringList notes = schemaNotes(exchange);
    if (!notes.isEmpty())
        text += QLatin1String("\n\n") + QCoreApplication::translate("ExchangeText", "Schema notes:")
            + QLatin1String("\n- ") + notes.join(QLatin1String("\n- "));
    return text;
}
