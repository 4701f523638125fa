// The email list reads its pages straight from their bytes (simdjson) and falls back to Qt's parser
// for whatever simdjson refuses. Both readers must give the same rows: each page here is loaded
// twice over a scripted transport, once as it is (the fast reader) and once with one harmless field
// nested deeper than the fast reader goes (so Qt's parser reads it), and every cell, role by role,
// must be the same. Hostile shapes are the point: duplicate keys, wrong types, escapes, bad dates.
#include "core/api/CloseClient.h"
#include "core/list/EmailListModel.h"
#include "fakes/ScriptedNetwork.h"
#include "http/QtHttpEngine.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace {
// JSON written with single quotes, to keep the pages readable here.
QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

struct Loaded
{
    QList<QList<QVariant>> cells;
    int rows = 0;
    int unreadable = 0;
    bool hasMore = false;
    ApiError error;
};

Loaded load(const QByteArray &body)
{
    ScriptedNetwork network;
    QtHttpEngine http {&network};
    CloseClient client(&http);
    client.setBaseUrl(QUrl("https://api.example.test/api/v1"));
    client.setApiKey("key");
    client.retryPolicy().maxAttempts = 1;
    ScriptedAnswer answer;
    answer.body = body;
    network.enqueue(answer);
    EmailListModel model(&client);
    QSignalSpy loaded(&model, &EmailListModel::pageLoaded);
    QSignalSpy failed(&model, &EmailListModel::errorOccurred);
    model.setQuery({});
    Loaded result;
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 5000))
        return result;
    result.rows = model.rowCount();
    result.unreadable = model.unreadableRows();
    result.hasMore = model.hasMore();
    result.error = model.lastError();
    const QList<int> roles {Qt::DisplayRole,
                            Qt::ToolTipRole,
                            EmailListModel::IdRole,
                            EmailListModel::StatusRole,
                            EmailListModel::StatusNameRole,
                            EmailListModel::LeadIdRole};
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            QList<QVariant> cell;
            for (int role : roles)
                cell.append(model.index(row, column).data(role));
            result.cells.append(cell);
        }
    }
    return result;
}

// The page with `"zz": [[[…]]]` added at its top: valid JSON that Qt reads (1,024 levels) and the
// fast reader hands over (it stops at 128).
QByteArray forQt(const QByteArray &page)
{
    QByteArray copy = page;
    return copy.insert(page.indexOf('{') + 1, "\"zz\": " + nested(200) + ", ");
}
} // namespace

class TestListPageReading final : public QObject
{
    Q_OBJECT

private slots:
    void bothReadersGiveTheSameRows_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<int>("rows");
        const QByteArray good
            = j("{'id': 'acti_1', 'status': 'draft', 'subject': 'Quote', 'to': ['\\\"Ann\\\" "
                "<ann@x.example>', 'bob@x.example'], 'sender': 'me@x.example', 'lead_id': 'lead_1', "
                "'date_created': '2026-03-01T10:00:00.123456+00:00', 'date_updated': "
                "'2026-03-02T10:00:00+00:00', 'date_scheduled': null, 'date_sent': '2026-03-03T10:00:00Z', "
                "'activity_at': '2026-03-03T10:00:00.5+02:00'}");
        QTest::newRow("the documented shape")
            << QByteArray("{\"has_more\": true, \"data\": [" + good + "]}") << 1;
        QTest::newRow("duplicate keys: the last counts")
            << (j("{'data': [{'id': 'acti_a', 'subject': 'first', 'subject': 'second', 'id': 'acti_b', "
                  "'status': 'sent', 'status': 7}], 'has_more': true, 'has_more': 'yes'}"))
            << 1;
        QTest::newRow("wrong types read as nothing") << (j(
            "{'data': [{'id': 'acti_t', 'subject': 42, 'to': 'not a list', 'sender': ['x'], 'lead_id': {}, "
            "'status': null, 'date_created': 1700000000, 'date_updated': true}], 'has_more': false}"))
                                                     << 1;
        QTest::newRow("recipients of mixed types keep the strings")
            << (j("{'data': [{'id': 'acti_m', 'to': [1, '', 'a@x.example', null, 'b@x.example', ['c'], ''], "
                  "'status': 'outbox'}]}"))
            << 1;
        QTest::newRow("escapes, NUL, emoji and right-to-left") << (j(
            "{'data': [{'id': 'acti_e', 'subject': 'caf\\u00e9 \\ud83d\\udc4b \\u0000 \\\"q\\\" \\\\ \\/ "
            "\\u202eevil', 'sender': '\\u05e9\\u05dc\\u05d5\\u05dd <s@x.example>', 'status': 'inbox'}]}"))
                                                               << 1;
        QTest::newRow("dates Close never writes")
            << (j("{'data': [{'id': 'acti_d', 'date_created': '2026-02-30T25:61:00', 'date_updated': '', "
                  "'date_sent': 'yesterday', 'activity_at': '2026-01-01'}]}"))
            << 1;
        QTest::newRow("records without an id or not objects")
            << (j("{'data': [42, null, 'acti_x', [], {'id': ''}, {'id': 5}, {'subject': 'no id'}, {'id': "
                  "'acti_ok'}], 'has_more': false}"))
            << 1;
        QTest::newRow("the same id twice is one row")
            << (j("{'data': [{'id': 'acti_same', 'subject': 'one'}, {'id': 'acti_same', 'subject': 'two'}]}"))
            << 1;
        QTest::newRow("an empty page") << (j("{'data': [], 'has_more': false}")) << 0;
        QTest::newRow("unknown fields and the sample record's extras")
            << (j("{'data': [{'id': 'acti_u', 'attachments': [{'url': 'x'}], 'envelope': {'from': [{'email': "
                  "'a@b'}]}, 'body_html': '<p>x</p>', 'status': 'error'}], 'cursor': null}"))
            << 1;
    }
    void bothReadersGiveTheSameRows()
    {
        QFETCH(QByteArray, page);
        QFETCH(int, rows);
        const Loaded fast = load(page);
        const Loaded qt = load(forQt(page));
        QVERIFY2(!fast.error.isError(), qPrintable(fast.error.fullText()));
        QVERIFY2(!qt.error.isError(), qPrintable(qt.error.fullText()));
        QCOMPARE(fast.rows, rows);
        QCOMPARE(qt.rows, rows);
        QCOMPARE(fast.unreadable, qt.unreadable);
        QCOMPARE(fast.hasMore, qt.hasMore);
        QCOMPARE(fast.cells.size(), qt.cells.size());
        for (qsizetype i = 0; i < fast.cells.size(); ++i)
            QCOMPARE(fast.cells.at(i), qt.cells.at(i));
    }

    // Close's own printed record (every field, in its documented shapes) reads the same both ways.
    void closesSampleRecordReadsTheSameBothWays()
    {
        QFile file(DRAFTDESK_TEST_DATA "/close-sample-email.json");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray page = "{\"has_more\": false, \"data\": [" + file.readAll() + "]}";
        const Loaded fast = load(page);
        const Loaded qt = load(forQt(page));
        QVERIFY2(!fast.error.isError(), qPrintable(fast.error.fullText()));
        QCOMPARE(fast.rows, 1);
        QCOMPARE(fast.unreadable, 0);
        QCOMPARE(fast.cells, qt.cells);
        QVERIFY(!fast.cells.at(EmailListModel::SubjectColumn).first().toString().isEmpty());
    }

    // What the fast reader refuses goes to Qt's parser, whose words the user sees.
    void brokenPagesAreReportedAsBefore_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QString>("words");
        QTest::newRow("truncated") << (j("{'data': [{'id': 'acti_1'}")) << QString("broken JSON");
        QTest::newRow("garbage after the page") << (j("{'data': []} trailing")) << QString("broken JSON");
        QTest::newRow("not a page") << (j("[{'id': 'acti_1'}]")) << QString("unexpected shape");
        QTest::newRow("empty body") << QByteArray() << QString("unexpected shape");
        QTest::newRow("white space") << QByteArray(" \n ") << QString("unexpected shape");
        QTest::newRow("data is not a list")
            << (j("{'data': {'id': 'acti_1'}}")) << QString("unexpected shape");
    }
    void brokenPagesAreReportedAsBefore()
    {
        QFETCH(QByteArray, page);
        QFETCH(QString, words);
        const Loaded loaded = load(page);
        QCOMPARE(loaded.rows, 0);
        QCOMPARE(loaded.error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(loaded.error.message.contains(words), qPrintable(loaded.error.message));
    }

    // Invalid UTF-8 in one record: both readers refuse the page, so its records are read one by one;
    // that record becomes a row that says why it cannot be shown, its neighbours are whole.
    void invalidUtf8CostsItsRecordOnly()
    {
        const Loaded loaded = load("{\"data\": [{\"id\": \"acti_a\", \"subject\": \"fine\"}, {\"id\": "
                                   "\"acti_b\", \"subject\": \"bad \xff\xfe byte\"}]}");
        QVERIFY2(!loaded.error.isError(), qPrintable(loaded.error.fullText()));
        QCOMPARE(loaded.rows, 2);
        QCOMPARE(loaded.unreadable, 0);
        const qsizetype columns = loaded.cells.size() / loaded.rows;
        const auto shown = [&](int row, int column) {
            return loaded.cells.at(row * columns + column).first();
        };
        QCOMPARE(shown(0, EmailListModel::SubjectColumn).toString(), QStringLiteral("fine"));
        QCOMPARE(shown(1, EmailListModel::SubjectColumn).toString(),
                 QStringLiteral("(cannot be shown: it holds text that is not valid UTF-8)"));
        QCOMPARE(shown(1, EmailListModel::StatusColumn).toString(), QStringLiteral("Unreadable"));
    }
};

QTEST_GUILESS_MAIN(TestListPageReading)
#include "tst_listpagereading.moc"
