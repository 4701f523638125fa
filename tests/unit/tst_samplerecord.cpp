// The record Close's documentation prints, and variants of it whose read-only fields come in other
// shapes, through DraftSession over a scripted transport: it opens, a body edit saves as a PUT of
// body_html and body_text alone, a send carries no read-only field, and every field the save did not
// touch comes back byte for byte.
#include "core/api/CloseClient.h"
#include "core/drafts/DraftSession.h"
#include "core/qa/ExchangeText.h"
#include "fakes/ScriptedNetwork.h"
#include "http/QtHttpEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {
QJsonObject sample()
{
    QFile file(QStringLiteral(DRAFTDESK_TEST_DATA "/close-sample-email.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the sample record");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ScriptedAnswer ok(const QByteArray &body)
{
    ScriptedAnswer answer;
    answer.body = body;
    return answer;
}

QJsonObject projection(const QJsonObject &record, const QStringList &fields)
{
    QJsonObject result;
    for (const QString &field : fields)
        result.insert(field, record.value(field));
    return result;
}
} // namespace

class TestSampleRecord final : public QObject
{
    Q_OBJECT

private slots:
    void readOnlyFieldsInOtherShapesRoundTrip_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("as-printed") << QString() << QJsonValue();
        const QList<QPair<const char *, QJsonValue>> shapes {
            {"object", QJsonObject {{"unexpected", true}, {"nested", QJsonArray {1, QJsonObject {}}}}},
            {"array", QJsonArray {"x", 2, QJsonValue::Null}},
            {"number", 12345.5},
            {"null", QJsonValue::Null},
        };
        for (const char *field :
             {"envelope", "opens", "send_attempts", "users", "opens_summary", "message_ids", "body_preview",
              "thread_id", "created_by_name", "has_reply", "direction", "organization_id", "sequence_name",
              "body_html_quoted", "body_text_quoted"}) {
            for (const auto &[shape, value] : shapes)
                QTest::newRow(QByteArray(field).append('-').append(shape).constData())
                    << QString::fromLatin1(field) << value;
        }
    }
    void readOnlyFieldsInOtherShapesRoundTrip()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject record = sample();
        if (!field.isEmpty())
            record.insert(field, value);

        ScriptedNetwork network;

        QtHttpEngine http {&network};
        CloseClient client(&http);
        client.setBaseUrl(QUrl("https://api.example.test/api/v1"));
        client.setApiKey("key");
        const auto parsed = EmailActivity::fromJson(bytes(record));
        QVERIFY2(parsed.ok(), qPrintable(parsed.summary())); // it opens
        DraftSession session(&client, parsed.activity);
        QVERIFY(session.isEditable());

        session.setBody("<p>Hi Phil,</p><p>Talk soon.</p>", "Hi Phil,\n\nTalk soon.");
        QJsonObject answer = record;
        answer.insert("body_html", "<p>Hi Phil,</p><p>Talk soon.</p>");
        answer.insert("body_text", "Hi Phil,\n\nTalk soon.");
        answer.insert("date_updated", "2015-06-26T02:05:00.000000");
        network.enqueue(ok(bytes(projection(record, {"id", "status", "date_updated"})))); // the check
        network.enqueue(ok(bytes(answer))); // the PUT's answer
        QSignalSpy saved(&session, &DraftSession::saved);
        session.save();
        QVERIFY(saved.wait(5000));
        QCOMPARE(network.requests.size(), 2);
        const RecordedRequest &put = network.requests.at(1);
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.url.path(), "/api/v1/activity/email/" + record.value("id").toString() + "/");
        const QJsonObject putBody = QJsonDocument::fromJson(put.body).object();
        QCOMPARE(putBody.keys(), (QStringList {"body_html", "body_text"}));
        // What the save did not touch is exactly as the server sent it.
        const QJsonObject after = session.original().toJson();
        for (const QString &key : record.keys()) {
            if (!QStringList {"body_html", "body_text", "date_updated"}.contains(key))
                QCOMPARE(after.value(key), record.value(key));
        }
        QVERIFY(!session.isDirty());

        // Send now: the PUT names the status, never a read-only field.
        network.enqueue(ok(bytes(projection(answer, {"id", "status", "date_updated"})))); // the check
        answer.insert("status", "outbox");
        network.enqueue(ok(bytes(answer)));
        QSignalSpy sent(&session, &DraftSession::sent);
        session.sendNow(QString(), 5);
        QVERIFY(sent.wait(5000));
        const QJsonObject sendBody = QJsonDocument::fromJson(network.requests.constLast().body).object();
        QCOMPARE(network.requests.constLast().method, QByteArray("PUT"));
        QCOMPARE(sendBody.value("status").toString(), QStringLiteral("outbox"));
        for (const QString &key : sendBody.keys())
            QVERIFY2(QStringList({"status", "send_in"}).contains(key), qPrintable(key));
    }

    // A field Draftdesk edits, in a shape it cannot read: the email still opens; that field is locked
    // and its value survives a save of another field.
    void anUnreadableEditableFieldIsLeftAlone()
    {
        QJsonObject record = sample();
        record.insert("subject", QJsonObject {{"text", "Updated subject!"}});
        ScriptedNetwork network;
        QtHttpEngine http {&network};
        CloseClient client(&http);
        client.setBaseUrl(QUrl("https://api.example.test/api/v1"));
        client.setApiKey("key");
        const auto parsed = EmailActivity::fromJson(record);
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.activity.isUsable("subject"));
        DraftSession session(&client, parsed.activity);
        session.setSubject("typed over it");
        session.setTo({"phil@example.com"});
        QCOMPARE(session.changes().body().keys(), QStringList {"to"});
    }

    // The inspector's details list API drift for QA.
    void inspectorSchemaNotes()
    {
        QJsonObject record = sample();
        Exchange one;
        one.method = "GET";
        one.url
            = QUrl("https://api.example.test/api/v1/activity/email/" + record.value("id").toString() + "/");
        one.status = 200;
        one.durationMs = 5;
        one.responseBody = bytes(record);
        QVERIFY(ExchangeText::schemaNotes(one).isEmpty()); // the docs' record matches
        record.insert("envelope", QJsonArray {});
        record.insert("brand_new", "x");
        record.remove("thread_id");
        one.responseBody = bytes(record);
        const QStringList notes = ExchangeText::schemaNotes(one);
        QCOMPARE(notes.size(), 3);
        QVERIFY(ExchangeText::responseText(one).contains("Schema notes:\n- "));

        Exchange page;
        page.method = "GET";
        page.url = QUrl("https://api.example.test/api/v1/activity/email/?_fields=id,subject");
        page.status = 200;
        page.durationMs = 5;
        page.responseBody = bytes(QJsonObject {{"data",
                                                QJsonArray {QJsonObject {{"id", "acti_1"}, {"subject", 5}},
                                                            QJsonObject {{"id", "acti_2"}, {"subject", 6}}}},
                                               {"has_more", false}});
        QCOMPARE(ExchangeText::schemaNotes(page),
                 QStringList {"subject: unexpected type. Expected a string, got a number. (2 record(s))"});
    }
};

QTEST_GUILESS_MAIN(TestSampleRecord)
#include "tst_samplerecord.moc"
