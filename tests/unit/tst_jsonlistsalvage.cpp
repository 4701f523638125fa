// One hostile record in a list page costs that row only: JsonListSalvage alone, and the email list
// over a scripted transport with pages that mix good rows with deep, wrong-typed and broken ones.
#include "core/api/CloseClient.h"
#include "core/api/JsonListSalvage.h"
#include "core/list/EmailListModel.h"
#include "fakes/ScriptedNetwork.h"
#include "http/QtHttpEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {
QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray record(const char *id, const QByteArray &envelope = "{}", const char *status = "draft")
{
    return QByteArray("{\"id\": \"") + id + "\", \"status\": \"" + status
        + "\", \"subject\": \"S \\\" ]}{[ \", \"date_created\": \"2026-01-01T00:00:00\", \"envelope\": "
        + envelope + "}";
}
} // namespace

class TestJsonListSalvage final : public QObject
{
    Q_OBJECT

private slots:
    void oneDeepRecordCostsOnlyItself()
    {
        const QByteArray page = "{\"has_more\": true, \"data\": [" + record("acti_1") + ",\n "
            + record("acti_2", nested(5000)) + ", " + record("acti_3") + "]}";
        QJsonParseError error;
        QJsonDocument::fromJson(page, &error);
        QCOMPARE(error.error, QJsonParseError::DeepNesting); // what Qt alone does with it
        const auto salvaged = JsonListSalvage::salvage(page);
        QVERIFY(salvaged);
        QCOMPARE(salvaged->unreadable, 1);
        const QJsonArray data = salvaged->document.object().value("data").toArray();
        QCOMPARE(data.size(), 3);
        QCOMPARE(data.at(0).toObject().value("id").toString(), QStringLiteral("acti_1"));
        QVERIFY(data.at(1).isNull());
        QCOMPARE(data.at(2).toObject().value("subject").toString(), QStringLiteral("S \" ]}{[ "));
        QCOMPARE(salvaged->document.object().value("has_more"), QJsonValue(true));
    }

    void brokenOutsideTheRecordsIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("not-an-object") << QByteArray("[1, 2]");
        QTest::newRow("unterminated-data") << QByteArray("{\"data\": [{\"id\": 1}");
        QTest::newRow("unterminated-string") << QByteArray("{\"data\": [\"abc");
        QTest::newRow("missing-colon") << QByteArray("{\"data\" [1]}");
        QTest::newRow("empty") << QByteArray();
    }
    void brokenOutsideTheRecordsIsRefused()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!JsonListSalvage::salvage(text));
    }

    void theListKeepsEveryReadableRow()
    {
        ScriptedNetwork network;
        QtHttpEngine http {&network};
        CloseClient client(&http);
        client.setBaseUrl(QUrl("https://api.example.test/api/v1"));
        client.setApiKey("key");
        client.retryPolicy().maxAttempts = 1;
        ScriptedAnswer answer;
        answer.body = "{\"has_more\": false, \"data\": [" + record("acti_1") + ", "
            + record("acti_2", nested(3000)) + ", " + record("acti_3", "{}", "archived")
            + ", 42, {\"subject\": \"no id\"}, " + record("acti_6") + "]}";
        network.enqueue(answer);
        EmailListModel model(&client);
        QSignalSpy loaded(&model, &EmailListModel::pageLoaded);
        model.setQuery({});
        QVERIFY(loaded.wait(5000));
        QVERIFY(!model.lastError().isError());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.idAt(0), QStringLiteral("acti_1"));
        // Too deep to parse, but its id could be read: a row that says why it cannot be shown.
        QCOMPARE(model.idAt(1), QStringLiteral("acti_2"));
        QCOMPARE(model.index(1, EmailListModel::SubjectColumn).data().toString(),
                 QStringLiteral("(cannot be shown: it is nested deeper than Draftdesk reads)"));
        QCOMPARE(model.idAt(2), QStringLiteral("acti_3"));
        QCOMPARE(model.idAt(3), QStringLiteral("acti_6"));
        // An unknown status fails that row's status, not the row.
        QCOMPARE(model.index(2, EmailListModel::StatusColumn).data().toString(),
                 QStringLiteral("Unreadable"));
        QCOMPARE(
            model.index(2, EmailListModel::SubjectColumn).data().toString(),
            QJsonDocument::fromJson(record("acti_3", "{}", "archived")).object().value("subject").toString());
        QCOMPARE(model.unreadableRows(), 2); // not an object, no id: nothing to show or open
    }
};

QTEST_GUILESS_MAIN(TestJsonListSalvage)
#include "tst_jsonlistsalvage.moc"
