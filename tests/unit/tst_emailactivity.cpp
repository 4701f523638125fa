#include "EmailActivity.h"
#include "EmailField.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {
QJsonObject sample()
{
    QFile file(QStringLiteral(DRAFTDESK_TEST_DATA "/email_update_sample.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open sample");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList errorFields(const EmailActivity::ParseResult &result)
{
    QStringList fields;
    for (const auto &error : result.errors)
        fields.append(error.field);
    return fields;
}
} // namespace

class TestEmailActivity final : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheDocsSample()
    {
        const auto result = EmailActivity::fromJson(sample());
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        const EmailActivity &email = result.activity;
        QCOMPARE(email.id(), QStringLiteral("acti_xm8cDf9Nl0ZNWNFfVs6WNmvNWVK9BXYbJUbgmD8wXM1"));
        QCOMPARE(email.status(), EmailStatus::Draft);
        QCOMPARE(email.subject(), QStringLiteral("Sample subject"));
        QCOMPARE(email.sender(), QStringLiteral("\"John Smith\" <john@example.com>"));
        QCOMPARE(email.to(), QStringList {QStringLiteral("\"Jane Doe\" <jane@example.com>")});
        QVERIFY(email.cc().isEmpty());
        QCOMPARE(email.dateCreated(), QDateTime(QDate(2013, 2, 1), QTime(0, 54, 51, 331), QTimeZone::utc()));
        QVERIFY(!email.dateScheduled().isValid());
        QVERIFY(email.isNull(u"date_scheduled"));
        QCOMPARE(email.followupSequenceDelay(), std::nullopt);
        QCOMPARE(email.envelope().value(u"subject").toString(), QStringLiteral("Sample subject"));
        QCOMPARE(email.direction(), QStringLiteral("outgoing"));
    }

    void roundTripIsLossless()
    {
        QJsonObject json = sample();
        json.insert(QStringLiteral("a_field_from_2027"), QJsonObject {{QStringLiteral("nested"), 1}});
        json.insert(QStringLiteral("another_null"), QJsonValue::Null);
        const auto result = EmailActivity::fromJson(json);
        QVERIFY(result.ok());
        QCOMPARE(result.activity.toJson(), json);
        const QByteArray bytes = QJsonDocument(result.activity.toJson()).toJson();
        QCOMPARE(EmailActivity::fromJson(bytes).activity.toJson(), json);
    }

    void nullsEverywhereAreTolerated()
    {
        QJsonObject json = sample();
        for (const EmailField &field : EmailField::all()) {
            if (field.nullable && field.inResponse)
                json.insert(field.name, QJsonValue::Null);
        }
        const auto result = EmailActivity::fromJson(json);
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QVERIFY(result.activity.to().isEmpty());
        QCOMPARE(result.activity.subject(), QString());
        QVERIFY(!result.activity.hasReply());
        QVERIFY(result.activity.attachments().isEmpty());
        QCOMPARE(result.activity.toJson(), json); // nulls stay null
    }

    void wrongTypesNameTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("subject-number") << "subject" << QJsonValue(42);
        QTest::newRow("to-string") << "to" << QJsonValue(QStringLiteral("jane@example.com"));
        QTest::newRow("to-mixed-array") << "to" << QJsonValue(QJsonArray {QStringLiteral("a@b.co"), 3});
        QTest::newRow("status-unknown") << "status" << QJsonValue(QStringLiteral("archived"));
        QTest::newRow("status-null") << "status" << QJsonValue(QJsonValue::Null);
        QTest::newRow("date-garbage") << "date_scheduled" << QJsonValue(QStringLiteral("next tuesday"));
        QTest::newRow("date-number") << "date_sent" << QJsonValue(1700000000);
        QTest::newRow("bool-as-string") << "has_reply" << QJsonValue(QStringLiteral("false"));
        QTest::newRow("delay-fraction") << "followup_sequence_delay" << QJsonValue(86400.5);
        QTest::newRow("envelope-array") << "envelope" << QJsonValue(QJsonArray {});
        QTest::newRow("attachments-strings") << "attachments" << QJsonValue(QJsonArray {QStringLiteral("x")});
        QTest::newRow("direction-sideways") << "direction" << QJsonValue(QStringLiteral("sideways"));
        QTest::newRow("id-null") << "id" << QJsonValue(QJsonValue::Null);
    }
    void wrongTypesNameTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = sample();
        json.insert(field, value);
        const auto result = EmailActivity::fromJson(json);
        QVERIFY(!result.ok());
        QCOMPARE(errorFields(result), QStringList {field});
        QVERIFY(result.summary().startsWith(field + QStringLiteral(": ")));
        // The raw record is still there for QA to look at; accessors do not crash on it.
        QCOMPARE(result.activity.toJson().value(field), value);
        (void)result.activity.to();
        (void)result.activity.dateScheduled();
        (void)result.activity.status();
        (void)result.activity.attachments();
    }

    void missingRequiredFields()
    {
        QJsonObject json = sample();
        json.remove(QStringLiteral("id"));
        json.remove(QStringLiteral("status"));
        const auto complete = EmailActivity::fromJson(json);
        QCOMPARE(errorFields(complete), (QStringList {QStringLiteral("id"), QStringLiteral("status")}));
        // A projection (_fields=subject,to) is fine without them.
        const auto partial = EmailActivity::fromJson(json, EmailActivity::ParseMode::Partial);
        QVERIFY(partial.ok());
    }

    void malformedDocuments_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"id\": \"acti_1\", \"subject\": \"Hel");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("html-error-page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    }
    void malformedDocuments()
    {
        QFETCH(QByteArray, bytes);
        const auto result = EmailActivity::fromJson(bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.errors.constFirst().field.isEmpty());
        QVERIFY(!result.errors.constFirst().message.isEmpty());
    }

    void unicodeAndHugeStringsSurvive()
    {
        QJsonObject json = sample();
        const QString subject = QString::fromUtf8("Grüße 👋 שלום e\u0301 — 你好");
        const QString body(1048576, QLatin1Char('x'));
        json.insert(QStringLiteral("subject"), subject);
        json.insert(QStringLiteral("body_text"), body);
        const auto result = EmailActivity::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
        QVERIFY(result.ok());
        QCOMPARE(result.activity.subject(), subject);
        QCOMPARE(result.activity.bodyText().size(), body.size());
    }

    void settersWriteApiShapes()
    {
        EmailActivity email = EmailActivity::fromJson(sample()).activity;
        email.setSender(QString());
        QVERIFY(email.value(u"sender").isNull());
        email.setSubject(QString());
        QCOMPARE(email.value(u"subject"), QJsonValue(QString()));
        email.setStatus(EmailStatus::Scheduled);
        QCOMPARE(email.value(u"status").toString(), QStringLiteral("scheduled"));
        const QDateTime when(QDate(2026, 12, 1), QTime(8, 0), QTimeZone("Europe/Berlin"));
        email.setDateScheduled(when);
        QCOMPARE(email.value(u"date_scheduled").toString(),
                 QStringLiteral("2026-12-01T07:00:00.000000+00:00"));
        QCOMPARE(email.dateScheduled(), when);
        email.setTo({QStringLiteral("a@b.co")});
        QCOMPARE(email.value(u"to").toArray(), QJsonArray {QStringLiteral("a@b.co")});
    }

    void attachmentsAreTyped()
    {
        QJsonObject json = sample();
        json.insert(QStringLiteral("attachments"),
                    QJsonArray {QJsonObject {
                        {QStringLiteral("url"), QStringLiteral("https://app.close.com/go/file/x")},
                        {QStringLiteral("filename"), QStringLiteral("quote.pdf")},
                        {QStringLiteral("content_type"), QStringLiteral("application/pdf")},
                        {QStringLiteral("size"), 12345}}});
        const auto attachments = EmailActivity::fromJson(json).activity.attachments();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.constFirst().filename, QStringLiteral("quote.pdf"));
        QCOMPARE(attachments.constFirst().size, 12345);
    }
};

QTEST_GUILESS_MAIN(TestEmailActivity)
#include "tst_emailactivity.moc"
