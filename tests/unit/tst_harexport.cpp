#include "core/qa/ExchangeText.h"
#include "core/qa/HarExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestHarExport final : public QObject
{
    Q_OBJECT

private slots:
    void harHasTheRequiredFieldsAndNoSecret()
    {
        Exchange get;
        get.started = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        get.method = "GET";
        get.url = QUrl("https://api.close.com/api/v1/activity/email/?_limit=1&_fields=id");
        get.requestHeaders = {{"Accept", "application/json"}, {"Authorization", "Basic c2VjcmV0LWtleTo="}};
        get.status = 200;
        get.responseHeaders = {{"Content-Type", "application/json"}};
        get.responseBody = "{\"data\": [], \"has_more\": false}";
        get.responseSize = get.responseBody.size();
        get.durationMs = 42;
        Exchange put = get;
        put.method = "PUT";
        put.requestBody = "{\"subject\": \"x\"}";
        put.retries = 1;
        const QByteArray har = HarExport::toHar({get, put}, "1.0");
        QVERIFY(!har.contains("c2VjcmV0LWtleTo")); // even a key that slipped into a header is redacted
        QJsonParseError error;
        const QJsonObject log = QJsonDocument::fromJson(har, &error).object().value("log").toObject();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(log.value("version").toString(), QStringLiteral("1.2"));
        QCOMPARE(log.value("creator").toObject().value("name").toString(), QStringLiteral("Draftdesk"));
        const QJsonArray entries = log.value("entries").toArray();
        QCOMPARE(entries.size(), 2);
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            for (const char *key : {"startedDateTime", "time", "request", "response", "cache", "timings"})
                QVERIFY2(entry.contains(QLatin1String(key)), key);
            const QJsonObject request = entry.value("request").toObject();
            for (const char *key : {"method", "url", "httpVersion", "cookies", "headers", "queryString",
                                    "headersSize", "bodySize"})
                QVERIFY2(request.contains(QLatin1String(key)), key);
            const QJsonObject response = entry.value("response").toObject();
            for (const char *key : {"status", "statusText", "httpVersion", "cookies", "headers", "content",
                                    "redirectURL", "headersSize", "bodySize"})
                QVERIFY2(response.contains(QLatin1String(key)), key);
            QVERIFY(response.value("content").toObject().contains("mimeType"));
        }
        QCOMPARE(entries.at(0).toObject().value("request").toObject().value("queryString").toArray().size(),
                 2);
        QCOMPARE(entries.at(1)
                     .toObject()
                     .value("request")
                     .toObject()
                     .value("postData")
                     .toObject()
                     .value("text")
                     .toString(),
                 QStringLiteral("{\"subject\": \"x\"}"));
    }

    void bodiesArePrettyPrinted()
    {
        QCOMPARE(ExchangeText::prettyBody("{\"a\":1}"), QStringLiteral("{\n    \"a\": 1\n}\n"));
        QCOMPARE(ExchangeText::prettyBody("<html>502</html>"), QStringLiteral("<html>502</html>"));
    }
};

QTEST_GUILESS_MAIN(TestHarExport)
#include "tst_harexport.moc"
