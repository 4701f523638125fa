#include "core/api/RequestLog.h"
#include "core/qa/CurlCommand.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
Exchange exchange(const QByteArray &method, const QString &url)
{
    Exchange e;
    e.method = method;
    e.url = QUrl(url);
    e.started = QDateTime::currentDateTimeUtc();
    e.auth = AuthMethod::ApiKey;
    return e;
}
} // namespace

class TestRequestLog final : public QObject
{
    Q_OBJECT

private slots:
    void modelIsWellBehaved()
    {
        RequestLog log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setCapacity(3);
        QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&log, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&log, &QAbstractItemModel::dataChanged);
        QList<quint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(log.begin(exchange("GET", QString("https://x.test/api/v1/me/?n=%1").arg(i))));
        QCOMPARE(inserted.count(), 5);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.data(log.index(0, RequestLog::StatusColumn)).toString(), QStringLiteral("pending"));
        log.finish(ids.at(4), 200, {{"Content-Type", "application/json"}}, "{}", 12, 1, {});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(log.data(log.index(2, RequestLog::StatusColumn)).toInt(), 200);
        QCOMPARE(log.data(log.index(2, RequestLog::StatusColumn), RequestLog::StatusClassRole).toInt(), 2);
        QCOMPARE(log.data(log.index(2, RequestLog::RetriesColumn)).toInt(), 1);
        QCOMPARE(log.data(log.index(2, RequestLog::PathColumn)).toString(), QStringLiteral("/api/v1/me/"));
        log.finish(ids.at(0), 200, {}, {}, 1, 0, {}); // already dropped: ignored
        QCOMPARE(changed.count(), 1);
        log.setCapacity(1);
        QCOMPARE(log.rowCount(), 1);
        log.clear();
        QCOMPARE(log.rowCount(), 0);
    }

    void bodiesAreCapped()
    {
        RequestLog log;
        const quint64 id = log.begin(exchange("GET", "https://x.test/a/"));
        log.finish(id, 200, {}, QByteArray(RequestLog::maxBodyBytes + 10, 'x'), 5, 0, {});
        const Exchange *e = log.find(id);
        QVERIFY(e->responseTruncated);
        QCOMPARE(e->responseBody.size(), RequestLog::maxBodyBytes);
        QCOMPARE(e->responseSize, RequestLog::maxBodyBytes + 10);
    }

    // A megabyte of response headers (20,000 lines): the first 64 KB are kept, the rest counted.
    void headersAreCapped()
    {
        RequestLog log;
        const quint64 id = log.begin(exchange("GET", "https://x.test/a/"));
        Exchange::Headers headers;
        for (int i = 0; i < 20'000; ++i)
            headers.append({"X-Padding-" + QByteArray::number(i), QByteArray(40, 'v')});
        log.finish(id, 200, headers, "{}", 5, 0, {});
        const Exchange *e = log.find(id);
        qsizetype bytes = 0;
        for (const auto &[name, value] : e->responseHeaders)
            bytes += name.size() + value.size();
        QVERIFY(bytes <= RequestLog::maxHeaderBytes + 200);
        QCOMPARE(e->responseHeaders.constLast().first, QByteArray("X-Draftdesk-Not-Kept"));
        QVERIFY(e->responseHeaders.constLast().second.contains("more headers"));
        QCOMPARE(e->responseHeaders.constFirst(), headers.constFirst());
    }

    void curlQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "abc"
                               << "'abc'";
        QTest::newRow("single-quote") << "it's"
                                      << "'it'\\''s'";
        QTest::newRow("dollar-and-backtick") << "$HOME `id`"
                                             << "'$HOME `id`'";
        QTest::newRow("newline") << "a\nb"
                                 << "'a\nb'";
    }
    void curlQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(CurlCommand::shellQuote(text), quoted);
    }

    void curlForBearer()
    {
        Exchange e = exchange("GET", "https://x.test/api/v1/me/");
        e.auth = AuthMethod::OAuthToken;
        e.requestHeaders = {{"Authorization", "Bearer [redacted]"}, {"Accept", "application/json"}};
        QCOMPARE(CurlCommand::fromExchange(e),
                 QStringLiteral(
                     "curl --silent --show-error 'https://x.test/api/v1/me/' -H \"Authorization: Bearer "
                     "$CLOSE_API_TOKEN\" -H 'Accept: application/json' -w '\\n%{http_code}\\n'"));
    }

    // The log keeps large bodies compressed and gives back exactly what it was given.
    void largeBodiesAreKeptPackedAndReadBackExactly()
    {
        RequestLog log;
        QByteArray page = "{\"data\": [";
        for (int i = 0; i < 400; ++i)
            page += "{\"id\": \"acti_" + QByteArray::number(i) + "\", \"subject\": \"Quote for Jane\"},";
        page.chop(1);
        page += "], \"has_more\": false}";
        const quint64 id = log.begin(Exchange {});
        log.finish(id, 200, {}, page, 5, 0, {});
        const Exchange &entry = log.at(0);
        QCOMPARE(entry.responseBody.size(), page.size());
        QVERIFY(!entry.responseBody.isPacked()); // not on the way of the request
        QCOMPARE(entry.responseBody.bytes(), page);
        QVERIFY(log.isPacking());
        QSignalSpy packed(&log, &RequestLog::bodiesPacked);
        QVERIFY(packed.wait(5000)); // once the network is quiet
        QVERIFY(!log.isPacking());
        QVERIFY(entry.responseBody.isPacked());
        QVERIFY(log.bodyBytes() < page.size() / 4);
        QVERIFY2(entry.responseBody.storedSize() < page.size() / 4,
                 qPrintable(QString::number(entry.responseBody.storedSize())));
        QCOMPARE(entry.responseBody.bytes(), page);
        QCOMPARE(QByteArray(entry.responseBody), page);
        // A small body is kept as it is: packing it would save nothing.
        const quint64 small = log.begin(Exchange {});
        log.finish(small, 200, {}, "{\"ok\": true}", 1, 0, {});
        QVERIFY(!log.at(1).responseBody.needsPacking());
        QVERIFY(!log.at(1).responseBody.isPacked());
        QCOMPARE(log.at(1).responseBody.bytes(), QByteArray("{\"ok\": true}"));
        // Bytes that do not compress are kept as they are, too.
        QByteArray noise(8192, Qt::Uninitialized);
        quint32 state = 12345;
        for (char &c : noise) {
            state = state * 1664525u + 1013904223u;
            c = char(state >> 24);
        }
        const quint64 random = log.begin(Exchange {});
        log.finish(random, 200, {}, noise, 1, 0, {});
        QVERIFY(packed.wait(5000));
        QVERIFY(!log.at(2).responseBody.isPacked());
        QVERIFY(!log.at(2).responseBody.needsPacking()); // tried once, not again
        QCOMPARE(log.at(2).responseBody.bytes(), noise);
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
