#include "core/drafts/DraftChanges.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
EmailActivity sample()
{
    QFile file(QStringLiteral(DRAFTDESK_TEST_DATA "/close-sample-email.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open sample");
    return EmailActivity::fromJson(file.readAll()).activity;
}
} // namespace

class TestDraftChanges final : public QObject
{
    Q_OBJECT

private slots:
    void nothingChangedIsEmpty()
    {
        const EmailActivity email = sample();
        const DraftChanges changes = DraftChanges::between(email, email);
        QVERIFY(changes.isEmpty());
        QCOMPARE(changes.body(), QJsonObject());
    }

    void onlyChangedFields()
    {
        const EmailActivity original = sample();
        EmailActivity edited = original;
        edited.setSubject("New subject");
        edited.setCc({"\"Doe, Jane\" <jane@example.com>"});
        const DraftChanges changes = DraftChanges::between(original, edited);
        QCOMPARE(changes.body(),
                 (QJsonObject {{"subject", "New subject"},
                               {"cc", QJsonArray {"\"Doe, Jane\" <jane@example.com>"}}}));
        QCOMPARE(changes.fields(), (QStringList {"cc", "subject"}));
    }

    void readOnlyFieldsNeverGoOut_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("id") << "id" << QJsonValue("acti_other");
        QTest::newRow("date_updated") << "date_updated" << QJsonValue("2030-01-01T00:00:00+00:00");
        QTest::newRow("thread_id") << "thread_id" << QJsonValue("thread_x");
        QTest::newRow("date_sent") << "date_sent" << QJsonValue("2030-01-01T00:00:00+00:00");
        QTest::newRow("lead_id") << "lead_id" << QJsonValue("lead_other");
        QTest::newRow("opens_summary") << "opens_summary" << QJsonValue("opened");
        QTest::newRow("unknown") << "x_future" << QJsonValue(1);
    }
    void readOnlyFieldsNeverGoOut()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const EmailActivity original = sample();
        EmailActivity edited = original;
        edited.setValue(field, value);
        QVERIFY(DraftChanges::between(original, edited).isEmpty());
    }

    void sameMeaningIsNoChange_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("before");
        QTest::addColumn<QJsonValue>("after");
        QTest::newRow("null-vs-empty-string")
            << "template_id" << QJsonValue(QJsonValue::Null) << QJsonValue("");
        QTest::newRow("null-vs-empty-list")
            << "cc" << QJsonValue(QJsonValue::Null) << QJsonValue(QJsonArray {});
        QTest::newRow("date-spellings") << "activity_at" << QJsonValue("2013-02-01T00:54:51.331000+00:00")
                                        << QJsonValue("2013-02-01T00:54:51.331Z");
    }
    void sameMeaningIsNoChange()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, before);
        QFETCH(QJsonValue, after);
        EmailActivity original = sample();
        original.setValue(field, before);
        EmailActivity edited = original;
        edited.setValue(field, after);
        QVERIFY(DraftChanges::between(original, edited).isEmpty());
    }

    void statusAndSenderTogether()
    {
        EmailActivity original = sample();
        original.setSender(QString());
        EmailActivity edited = original;
        edited.setSender("\"John Smith\" <john@example.com>");
        edited.setStatus(EmailStatus::Outbox);
        edited.setValue("send_in", 10);
        QCOMPARE(DraftChanges::between(original, edited).body(),
                 (QJsonObject {{"sender", "\"John Smith\" <john@example.com>"},
                               {"status", "outbox"},
                               {"send_in", 10}}));
    }

    void clearingAFieldSendsNull()
    {
        const EmailActivity original = sample();
        EmailActivity edited = original;
        edited.setSender(QString());
        QCOMPARE(DraftChanges::between(original, edited).body(),
                 (QJsonObject {{"sender", QJsonValue::Null}}));
    }

    void hugeAndUnicodeBodies()
    {
        const EmailActivity original = sample();
        EmailActivity edited = original;
        const QString body = QString(1048575, 'x') + QString::fromUtf8("😀");
        edited.setBodyText(body);
        const QJsonObject put = DraftChanges::between(original, edited).body();
        QCOMPARE(put.size(), 1);
        QCOMPARE(put.value("body_text").toString(), body);
    }
};

QTEST_GUILESS_MAIN(TestDraftChanges)
#include "tst_draftchanges.moc"
