#include "core/email/EmailValidation.h"

#include <QJsonArray>
#include <QTest>

namespace {
EmailActivity email(const QString &status, const QJsonValue &sender = QJsonValue::Null,
                    const QJsonValue &dateScheduled = QJsonValue::Null)
{
    QJsonObject json {{"_type", "Email"},
                      {"id", "acti_1"},
                      {"status", status},
                      {"date_created", "2026-01-01T00:00:00+00:00"},
                      {"date_updated", "2026-01-01T00:00:00+00:00"},
                      {"sender", sender},
                      {"date_scheduled", dateScheduled},
                      {"to", QJsonArray {"a@example.com"}}};
    return EmailActivity::fromJson(json).activity;
}

QString repeated(const QString &unit, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

QJsonArray addresses(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("user%1@example.com").arg(i));
    return list;
}
} // namespace

class TestEmailValidation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // Each row: the email's status and sender, the PUT body, and which field-errors (or non-field errors)
    // come back. An empty expectation means the PUT is valid.
    void update_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QJsonValue>("sender");
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QStringList>("fieldErrors");
        QTest::addColumn<bool>("nonFieldError");

        const QJsonValue none = QJsonValue::Null;
        const QJsonValue john = QStringLiteral("\"John Smith\" <john@example.com>");

        QTest::newRow("empty-put") << "draft" << none << QJsonObject {} << QStringList {} << false;
        QTest::newRow("subject-1000")
            << "draft" << none << QJsonObject {{"subject", QString(1000, 'a')}} << QStringList {} << false;
        QTest::newRow("subject-1001") << "draft" << none << QJsonObject {{"subject", QString(1001, 'a')}}
                                      << QStringList {"subject"} << false;
        // 1,000 emoji are 2,000 UTF-16 units but 1,000 characters for the server.
        QTest::newRow("subject-1000-emoji")
            << "draft" << none << QJsonObject {{"subject", repeated(QString::fromUtf8("😀"), 1000)}}
            << QStringList {} << false;
        QTest::newRow("subject-1001-emoji")
            << "draft" << none << QJsonObject {{"subject", repeated(QString::fromUtf8("😀"), 1001)}}
            << QStringList {"subject"} << false;
        QTest::newRow("subject-combining-marks-count-each")
            << "draft" << none << QJsonObject {{"subject", repeated(QStringLiteral("e\u0301"), 501)}}
            << QStringList {"subject"} << false;
        QTest::newRow("subject-rtl-ok")
            << "draft" << none << QJsonObject {{"subject", QString::fromUtf8("שלום עולם")}} << QStringList {}
            << false;
        QTest::newRow("subject-number")
            << "draft" << none << QJsonObject {{"subject", 5}} << QStringList {"subject"} << false;
        QTest::newRow("body-text-at-limit")
            << "draft" << none << QJsonObject {{"body_text", QString(1048576, 'x')}} << QStringList {}
            << false;
        QTest::newRow("body-html-over-limit")
            << "draft" << none << QJsonObject {{"body_html", QString(1048577, 'x')}}
            << QStringList {"body_html"} << false;
        QTest::newRow("to-500") << "draft" << none << QJsonObject {{"to", addresses(500)}} << QStringList {}
                                << false;
        QTest::newRow("to-501") << "draft" << none << QJsonObject {{"to", addresses(501)}}
                                << QStringList {"to"} << false;
        QTest::newRow("cc-invalid-address")
            << "draft" << none << QJsonObject {{"cc", QJsonArray {"not-an-address"}}} << QStringList {"cc"}
            << false;
        QTest::newRow("bcc-named-ok")
            << "draft" << none << QJsonObject {{"bcc", QJsonArray {"\"Doe, Jane\" <jane@example.com>"}}}
            << QStringList {} << false;
        QTest::newRow("to-entry-1001-chars")
            << "draft" << none
            << QJsonObject {{"to",
                             QJsonArray {QString("\"" + QString(980, 'n') + "\" <someone@example.com>")}}}
            << QStringList {"to"} << false;
        QTest::newRow("to-not-array")
            << "draft" << none << QJsonObject {{"to", "a@example.com"}} << QStringList {"to"} << false;
        QTest::newRow("sender-named")
            << "draft" << none << QJsonObject {{"sender", john}} << QStringList {} << false;
        QTest::newRow("sender-invalid")
            << "draft" << none << QJsonObject {{"sender", "John"}} << QStringList {"sender"} << false;
        QTest::newRow("delay-86400") << "draft" << none << QJsonObject {{"followup_sequence_delay", 86400}}
                                     << QStringList {} << false;
        QTest::newRow("delay-86399") << "draft" << none << QJsonObject {{"followup_sequence_delay", 86399}}
                                     << QStringList {"followup_sequence_delay"} << false;
        QTest::newRow("delay-string") << "draft" << none << QJsonObject {{"followup_sequence_delay", "86400"}}
                                      << QStringList {"followup_sequence_delay"} << false;
        QTest::newRow("read-only-id")
            << "draft" << none << QJsonObject {{"id", "acti_2"}} << QStringList {"id"} << false;
        QTest::newRow("read-only-date-updated")
            << "draft" << none << QJsonObject {{"date_updated", "2026-01-01"}} << QStringList {"date_updated"}
            << false;
        QTest::newRow("unknown-key-ignored")
            << "draft" << none << QJsonObject {{"x_custom", 1}} << QStringList {} << false;

        // The sender rule.
        QTest::newRow("outbox-without-sender")
            << "draft" << none << QJsonObject {{"status", "outbox"}} << QStringList {"sender"} << false;
        QTest::newRow("outbox-with-blank-sender")
            << "draft" << QJsonValue("  ") << QJsonObject {{"status", "outbox"}} << QStringList {"sender"}
            << false;
        QTest::newRow("outbox-sender-in-same-put")
            << "draft" << none << QJsonObject {{"status", "outbox"}, {"sender", john}} << QStringList {}
            << false;
        QTest::newRow("outbox-sender-already-set")
            << "draft" << john << QJsonObject {{"status", "outbox"}} << QStringList {} << false;
        QTest::newRow("outbox-clearing-sender")
            << "draft" << john << QJsonObject {{"status", "outbox"}, {"sender", none}}
            << QStringList {"sender"} << false;
        QTest::newRow("scheduled-without-sender-or-date")
            << "draft" << none << QJsonObject {{"status", "scheduled"}}
            << QStringList {"date_scheduled", "sender"} << false;
        QTest::newRow("scheduled-complete") << "draft" << none
                                            << QJsonObject {{"status", "scheduled"},
                                                            {"sender", john},
                                                            {"date_scheduled", "2026-12-01T08:00:00+00:00"}}
                                            << QStringList {} << false;
        QTest::newRow("scheduled-bad-date")
            << "draft" << john << QJsonObject {{"status", "scheduled"}, {"date_scheduled", "soon"}}
            << QStringList {"date_scheduled"} << false;
        QTest::newRow("draft-stays-draft-without-sender")
            << "draft" << none << QJsonObject {{"status", "draft"}} << QStringList {} << false;

        // send_in
        QTest::newRow("send-in-0") << "draft" << john << QJsonObject {{"status", "outbox"}, {"send_in", 0}}
                                   << QStringList {} << false;
        QTest::newRow("send-in-59") << "draft" << john << QJsonObject {{"status", "outbox"}, {"send_in", 59}}
                                    << QStringList {} << false;
        QTest::newRow("send-in-60") << "draft" << john << QJsonObject {{"status", "outbox"}, {"send_in", 60}}
                                    << QStringList {"send_in"} << false;
        QTest::newRow("send-in-negative")
            << "draft" << john << QJsonObject {{"status", "outbox"}, {"send_in", -1}}
            << QStringList {"send_in"} << false;
        QTest::newRow("send-in-without-outbox")
            << "draft" << john << QJsonObject {{"send_in", 5}} << QStringList {"send_in"} << false;

        // Status transitions.
        QTest::newRow("draft-to-sent")
            << "draft" << john << QJsonObject {{"status", "sent"}} << QStringList {"status"} << false;
        QTest::newRow("draft-to-bogus")
            << "draft" << john << QJsonObject {{"status", "later"}} << QStringList {"status"} << false;
        QTest::newRow("scheduled-cancel")
            << "scheduled" << john << QJsonObject {{"status", "draft"}} << QStringList {} << false;
        QTest::newRow("outbox-cancel")
            << "outbox" << john << QJsonObject {{"status", "draft"}} << QStringList {} << false;
        QTest::newRow("scheduled-edit-subject")
            << "scheduled" << john << QJsonObject {{"subject", "x"}} << QStringList {} << true;
        QTest::newRow("scheduled-cancel-and-edit")
            << "scheduled" << john << QJsonObject {{"status", "draft"}, {"subject", "x"}} << QStringList {}
            << true;
        QTest::newRow("sent-is-frozen")
            << "sent" << john << QJsonObject {{"status", "draft"}} << QStringList {} << true;
        QTest::newRow("inbox-is-frozen")
            << "inbox" << john << QJsonObject {{"subject", "x"}} << QStringList {} << true;
        QTest::newRow("followup-date-on-draft")
            << "draft" << john << QJsonObject {{"followup_date", "2026-12-01"}}
            << QStringList {"followup_date"} << false;
        QTest::newRow("followup-date-when-scheduling")
            << "draft" << john
            << QJsonObject {{"status", "scheduled"},
                            {"date_scheduled", "2026-12-01T08:00:00Z"},
                            {"followup_date", "2026-12-05"}}
            << QStringList {} << false;
    }
    void update()
    {
        QFETCH(QString, status);
        QFETCH(QJsonValue, sender);
        QFETCH(QJsonObject, changes);
        QFETCH(QStringList, fieldErrors);
        QFETCH(bool, nonFieldError);
        const EmailValidation::Result result
            = EmailValidation::validateUpdate(email(status, sender), changes);
        QCOMPARE(result.fieldErrors.keys(), fieldErrors);
        QCOMPARE(!result.errors.isEmpty(), nonFieldError);
        QCOMPARE(result.ok(), fieldErrors.isEmpty() && !nonFieldError);
        for (const QString &message : result.fieldErrors)
            QVERIFY(!message.isEmpty());
    }

    void senderRuleUsesTheServersWords()
    {
        const auto result
            = EmailValidation::validateUpdate(email("draft"), QJsonObject {{"status", "outbox"}});
        QCOMPARE(result.fieldErrors.value("sender"), QStringLiteral("This field is required."));
        const QJsonObject api = result.toApiJson();
        QCOMPARE(api.value("field-errors").toObject().value("sender").toString(),
                 QStringLiteral("This field is required."));
        QCOMPARE(api.value("errors").toArray().size(), 0);
    }

    void create_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QStringList>("fieldErrors");
        QTest::newRow("draft-minimal")
            << QJsonObject {{"lead_id", "lead_1"}, {"status", "draft"}} << QStringList {};
        QTest::newRow("no-lead") << QJsonObject {{"status", "draft"}} << QStringList {"lead_id"};
        QTest::newRow("no-status") << QJsonObject {{"lead_id", "lead_1"}} << QStringList {"status"};
        QTest::newRow("inbox-needs-sender")
            << QJsonObject {{"lead_id", "lead_1"}, {"status", "inbox"}} << QStringList {"sender"};
        QTest::newRow("error-needs-sender")
            << QJsonObject {{"lead_id", "lead_1"}, {"status", "error"}} << QStringList {"sender"};
        QTest::newRow("sent-sender-optional")
            << QJsonObject {{"lead_id", "lead_1"}, {"status", "sent"}} << QStringList {};
        QTest::newRow("scheduled-needs-both") << QJsonObject {{"lead_id", "lead_1"}, {"status", "scheduled"}}
                                              << QStringList {"date_scheduled", "sender"};
        QTest::newRow("bad-attachment-url")
            << QJsonObject {{"lead_id", "lead_1"},
                            {"status", "draft"},
                            {"attachments",
                             QJsonArray {QJsonObject {
                                 {"url", "https://evil.example/x"}, {"filename", "a"}, {"size", 1}}}}}
            << QStringList {"attachments"};
        QTest::newRow("attachment-missing-size")
            << QJsonObject {{"lead_id", "lead_1"},
                            {"status", "draft"},
                            {"attachments",
                             QJsonArray {QJsonObject {{"url", "https://app.close.com/go/file/x"},
                                                      {"filename", "a"}}}}}
            << QStringList {"attachments"};
        QTest::newRow("lead-number") << QJsonObject {{"lead_id", 7}, {"status", "draft"}}
                                     << QStringList {"lead_id"};
    }
    void create()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QStringList, fieldErrors);
        QCOMPARE(EmailValidation::validateCreate(fields).fieldErrors.keys(), fieldErrors);
    }
};

QTEST_GUILESS_MAIN(TestEmailValidation)
#include "tst_emailvalidation.moc"
