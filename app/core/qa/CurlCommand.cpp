#include "core/qa/CurlCommand.h"

#include <QStringList>

QString CurlCommand::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CurlCommand::fromExchange(const Exchange &exchange, const QString &shareableKey)
{
    QStringList parts {QStringLiteral("curl"), QStringLiteral("--silent"), QStringLiteral("--show-error")};
    if (exchange.method != "GET")
        parts << QStringLiteral("-X") << QString::fromLatin1(exchange.method);
    parts << shellQuote(exchange.url.toString(QUrl::FullyEncoded));
    if (exchange.auth == AuthMethod::ApiKey && !shareableKey.isEmpty())
        parts << QStringLiteral("-u") << shellQuote(shareableKey + QLatin1Char(':'));
    else if (exchange.auth == AuthMethod::ApiKey)
        parts << QStringLiteral("-u") << QStringLiteral("\"$CLOSE_API_KEY:\"");
    else if (exchange.auth == AuthMethod::OAuthToken)
        parts << QStringLiteral("-H") << QStringLiteral("\"Authorization: Bearer $CLOSE_API_TOKEN\"");
    for (const auto &[name, value] : exchange.requestHeaders) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0
            || name.compare("User-Agent", Qt::CaseInsensitive) == 0)
            continue;
        parts << QStringLiteral("-H") << shellQuote(QString::fromLatin1(name + ": " + value));
    }
    if (!exchange.requestBody.isEmpty())
        parts << QStringLiteral("--data-raw") << shellQuote(QString::fromUtf8(exchange.requestBody));
    parts << QStringLiteral("-w") << QStringLiteral("'\\n%{http_code}\\n'"); // the status after the body
    return parts.join(QLatin1Char(' '));
}
