#include "core/email/EmailActivity.h"
#include "core/email/EmailField.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {
QJsonObject sample()
{
    QFile file(QStringLiteral(DRAFTDESK_TEST_DATA "/close-sample-email.json"));
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
    // The bodies are kept once read (a 50 MB body cost 30 ms a read): every way of writing one drops
    // the kept copy, and a copy of the email keeps its own.
    void keptBodiesFollowEveryWrite()
    {
        EmailActivity email
            = EmailActivity::unchecked({{"id", "acti_1"}, {"body_html", "<p>one</p>"}, {"body_text", "one"}});
        QCOMPARE(email.bodyHtml(), QStringLiteral("<p>one</p>"));
        QCOMPARE(email.bodyText(), QStringLiteral("one"));
        const EmailActivity before = email;
        email.setValue("body_html", QStringLiteral("<p>two</p>"));
        QCOMPARE(email.bodyHtml(), QStringLiteral("<p>two</p>"));
        email.setBodyText(QStringLiteral("two"));
        QCOMPARE(email.bodyText(), QStringLiteral("two"));
        email.setBodyHtml(QStringLiteral("<p>three</p>"));
        QCOMPARE(email.bodyHtml(), QStringLiteral("<p>three</p>"));
        QCOMPARE(before.bodyHtml(), QStringLiteral("<p>one</p>"));
        QCOMPARE(before.bodyText(), QStringLiteral("one"));
        QCOMPARE(email.toJson().value("body_html").toString(), QStringLiteral("<p>three</p>"));
    }

    // The record Close's "Update an Email activity" page prints, byte for byte.
    void parsesTheDocsSample()
    {
        const auto result = EmailActivity::fromJson(sample());
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QVERIFY(result.activity.unusableFields().isEmpty());
        QStringList notes;
        for (const auto &note : result.notes)
            notes.append(note.text());
        QVERIFY2(result.notes.isEmpty(), qPrintable(notes.join("; ")));
        const EmailActivity &email = result.activity;
        QCOMPARE(email.id(), QStringLiteral("acti_EdpqkmtlQHIDWE2CixJo606BapX34SpYV3fzHryGPc3"));
        QCOMPARE(email.status(), EmailStatus::Draft);
        QCOMPARE(email.subject(), QStringLiteral("Updated subject!"));
        QCOMPARE(email.sender(), QStringLiteral("karan@close.com"));
        QCOMPARE(email.to(), QStringList {QStringLiteral("phil+sample@gclose.com")});
        QVERIFY(email.cc().isEmpty());
        // A naive time is UTC, read to the microsecond.
        QCOMPARE(email.dateCreated(), QDateTime(QDate(2015, 6, 26), QTime(2, 1, 43, 59), Qt::UTC));
        QVERIFY(!email.dateScheduled().isValid());
        QVERIFY(email.isNull(u"date_scheduled"));
        QCOMPARE(email.followupSequenceDelay(), std::nullopt);
        QVERIFY(email.envelope().isEmpty());
        QCOMPARE(email.direction(), QStringLiteral("outgoing"));
        // body_html_quoted is an object in the docs' record: it is the quoted part, expanded.
        const QList<EmailActivity::QuotedPart> quoted = email.quotedHtml();
        QCOMPARE(quoted.size(), 1);
        QVERIFY(quoted.constFirst().expand);
        QVERIFY(quoted.constFirst().content.startsWith(QStringLiteral("Hi! My name is Karan")));
        QVERIFY(email.quotedText().isEmpty());
    }

    void quotedPartsInEveryShape_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("parts");
        QTest::addColumn<bool>("expand");
        QTest::newRow("docs-object") << QJsonValue(QJsonObject {{"expand", false}, {"text", "> earlier"}})
                                     << 1 << false;
        QTest::newRow("list-of-parts")
            << QJsonValue(QJsonArray {QJsonObject {{"text", "> one"}, {"expand", true}},
                                      QJsonObject {{"text", "> two"}, {"expand", false}}})
            << 2 << true;
        QTest::newRow("plain-string") << QJsonValue("> quoted") << 1 << false;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 0 << false;
        QTest::newRow("empty-list") << QJsonValue(QJsonArray {}) << 0 << false;
        QTest::newRow("part-without-text")
            << QJsonValue(QJsonArray {QJsonObject {{"expand", true}}}) << 0 << false;
    }
    void quotedPartsInEveryShape()
    {
        QFETCH(QJsonValue, value);
        QFETCH(int, parts);
        QFETCH(bool, expand);
        QJsonObject json = sample();
        json.insert("body_text_quoted", value);
        const auto result = EmailActivity::fromJson(json);
        QVERIFY(result.ok());
        QVERIFY(result.activity.isUsable("body_text_quoted"));
        const auto quoted = result.activity.quotedText();
        QCOMPARE(quoted.size(), parts);
        if (parts > 0)
            QCOMPARE(quoted.constFirst().expand, expand);
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
        // New fields are schema notes for QA, never a reason to refuse the email.
        QStringList newFields;
        for (const auto &note : result.notes) {
            QCOMPARE(note.kind, EmailActivity::SchemaNote::Kind::NewField);
            newFields.append(note.field);
        }
        newFields.sort();
        QCOMPARE(newFields, (QStringList {"a_field_from_2027", "another_null"}));
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

    // A field Draftdesk uses, in the wrong shape: that field is unusable, with a reason; the email opens.
    void wrongTypeInAUsedFieldDisablesThatField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("subject-number") << "subject" << QJsonValue(42);
        QTest::newRow("to-string") << "to" << QJsonValue(QStringLiteral("jane@example.com"));
        QTest::newRow("to-mixed-array") << "to" << QJsonValue(QJsonArray {QStringLiteral("a@b.co"), 3});
        QTest::newRow("date-garbage") << "date_scheduled" << QJsonValue(QStringLiteral("next tuesday"));
        QTest::newRow("date-number") << "date_sent" << QJsonValue(1700000000);
        QTest::newRow("attachments-strings") << "attachments" << QJsonValue(QJsonArray {QStringLiteral("x")});
        QTest::newRow("body-html-object") << "body_html" << QJsonValue(QJsonObject {{"html", "<p>x</p>"}});
        QTest::newRow("sender-list") << "sender" << QJsonValue(QJsonArray {"a@b.co"});
        QTest::newRow("lead-id-number") << "lead_id" << QJsonValue(7);
    }
    void wrongTypeInAUsedFieldDisablesThatField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = sample();
        json.insert(field, value);
        const auto result = EmailActivity::fromJson(json);
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QVERIFY(!result.activity.isUsable(field));
        QVERIFY(result.activity.whyUnusable(field).startsWith("Expected "));
        QCOMPARE(result.notes.size(), 1);
        QCOMPARE(result.notes.constFirst().kind, EmailActivity::SchemaNote::Kind::UnexpectedType);
        QCOMPARE(result.notes.constFirst().field, field);
        // The raw record is still there; accessors do not crash on it.
        QCOMPARE(result.activity.toJson().value(field), value);
        (void)result.activity.to();
        (void)result.activity.dateScheduled();
        (void)result.activity.attachments();
    }

    // Read-only fields Draftdesk does not use: any type is carried through, with a note for QA.
    void readOnlyFieldsAnyType_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        for (const char *field :
             {"envelope", "opens_summary", "users", "send_attempts", "has_reply", "direction", "thread_id",
              "message_ids", "updated_by", "organization_id", "_type", "need_smtp_credentials"}) {
            QTest::newRow(QByteArray(field).append("-object").constData())
                << QString::fromLatin1(field) << QJsonValue(QJsonObject {{"surprise", QJsonArray {1, 2}}});
            QTest::newRow(QByteArray(field).append("-array").constData())
                << QString::fromLatin1(field) << QJsonValue(QJsonArray {QJsonObject {}, "x", 3});
            QTest::newRow(QByteArray(field).append("-number").constData())
                << QString::fromLatin1(field) << QJsonValue(3.5);
        }
    }
    void readOnlyFieldsAnyType()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = sample();
        json.insert(field, value);
        const auto result = EmailActivity::fromJson(json);
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QVERIFY(result.activity.unusableFields().isEmpty());
        QCOMPARE(result.activity.toJson(), json);
        // A value of the documented type is no news; anything else is one note naming the field.
        const bool expected = EmailField::find(field)->accepts(value);
        QCOMPARE(result.notes.size(), expected ? 0 : 1);
        if (!expected)
            QCOMPARE(result.notes.constFirst().field, field);
    }

    // Only an unusable id or status refuses the email.
    void essentialFieldsRefuse_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("status-unknown") << "status" << QJsonValue(QStringLiteral("archived"));
        QTest::newRow("status-null") << "status" << QJsonValue(QJsonValue::Null);
        QTest::newRow("status-object") << "status" << QJsonValue(QJsonObject {});
        QTest::newRow("id-null") << "id" << QJsonValue(QJsonValue::Null);
        QTest::newRow("id-number") << "id" << QJsonValue(12);
    }
    void essentialFieldsRefuse()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = sample();
        json.insert(field, value);
        const auto result = EmailActivity::fromJson(json);
        QVERIFY(!result.ok());
        QCOMPARE(errorFields(result), QStringList {field});
        QVERIFY(result.summary().startsWith(field + QStringLiteral(": ")));
    }

    void missingFields()
    {
        QJsonObject json = sample();
        json.remove(QStringLiteral("id"));
        json.remove(QStringLiteral("status"));
        json.remove(QStringLiteral("thread_id"));
        const auto complete = EmailActivity::fromJson(json);
        QCOMPARE(errorFields(complete), (QStringList {QStringLiteral("id"), QStringLiteral("status")}));
        QStringList missing;
        for (const auto &note : complete.notes) {
            QCOMPARE(note.kind, EmailActivity::SchemaNote::Kind::Missing);
            missing.append(note.field);
        }
        missing.sort();
        QCOMPARE(missing, (QStringList {"id", "status", "thread_id"}));
        // A projection (_fields=subject,to) is fine without them, and notes nothing.
        const auto partial = EmailActivity::fromJson(json, EmailActivity::ParseMode::Partial);
        QVERIFY(partial.ok());
        QVERIFY(partial.notes.isEmpty());
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
