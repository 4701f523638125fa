#include "core/base/EmailAddress.h"

#include <QTest>

class TestEmailAddress final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("name");

        QTest::newRow("bare") << "john@example.com" << true << "john@example.com"
                              << "";
        QTest::newRow("bare-with-spaces") << "  john@example.com \t" << true << "john@example.com"
                                          << "";
        QTest::newRow("docs-quoted-name") << "\"John Smith\" <john@example.com>" << true << "john@example.com"
                                          << "John Smith";
        QTest::newRow("unquoted-name") << "John Smith <john@example.com>" << true << "john@example.com"
                                       << "John Smith";
        QTest::newRow("quoted-name-with-comma")
            << "\"Smith, John\" <john@example.com>" << true << "john@example.com"
            << "Smith, John";
        QTest::newRow("escaped-quote-in-name")
            << "\"John \\\"JJ\\\" Smith\" <john@example.com>" << true << "john@example.com"
            << "John \"JJ\" Smith";
        QTest::newRow("unicode-name") << QString::fromUtf8("\"Jürgen Müller\" <jm@example.de>") << true
                                      << "jm@example.de" << QString::fromUtf8("Jürgen Müller");
        QTest::newRow("cjk-name") << QString::fromUtf8("山田太郎 <taro@example.jp>") << true
                                  << "taro@example.jp" << QString::fromUtf8("山田太郎");
        QTest::newRow("rtl-name") << QString::fromUtf8("\"דוד כהן\" <david@example.co.il>") << true
                                  << "david@example.co.il" << QString::fromUtf8("דוד כהן");
        QTest::newRow("angle-only") << "<john@example.com>" << true << "john@example.com"
                                    << "";
        QTest::newRow("plus-tag") << "john+crm@example.com" << true << "john+crm@example.com"
                                  << "";
        QTest::newRow("subdomain") << "a.b@mail.example.co.uk" << true << "a.b@mail.example.co.uk"
                                   << "";
        QTest::newRow("idn-domain") << QString::fromUtf8("info@bücher.de") << true
                                    << QString::fromUtf8("info@bücher.de") << "";
        QTest::newRow("quoted-local") << "\"john doe\"@example.com" << false << ""
                                      << "";
        QTest::newRow("empty") << "" << false << ""
                               << "";
        QTest::newRow("no-at") << "john.example.com" << false << ""
                               << "";
        QTest::newRow("no-domain-dot") << "john@localhost" << false << ""
                                       << "";
        QTest::newRow("double-at") << "john@@example.com" << false << ""
                                   << "";
        QTest::newRow("space-inside") << "john smith@example.com" << false << ""
                                      << "";
        QTest::newRow("double-dot-local") << "john..smith@example.com" << false << ""
                                          << "";
        QTest::newRow("leading-dot-local") << ".john@example.com" << false << ""
                                           << "";
        QTest::newRow("hyphen-label-edge") << "john@-example.com" << false << ""
                                           << "";
        QTest::newRow("numeric-tld") << "john@example.123" << false << ""
                                     << "";
        QTest::newRow("trailing-dot-domain") << "john@example.com." << false << ""
                                             << "";
        QTest::newRow("unclosed-quote") << "\"John <john@example.com>" << false << ""
                                        << "";
        QTest::newRow("junk-after-quote") << "\"John\" x <john@example.com>" << false << ""
                                          << "";
        QTest::newRow("bad-addr-in-angles") << "John <john@>" << false << ""
                                            << "";
        QTest::newRow("two-addresses") << "a@example.com, b@example.com" << false << ""
                                       << "";
        QTest::newRow("control-char") << QStringLiteral("jo\u0001hn@example.com") << false << ""
                                      << "";
        QTest::newRow("too-long") << QString(250, QLatin1Char('a')) + QStringLiteral("@example.com") << false
                                  << ""
                                  << "";
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, address);
        QFETCH(QString, name);
        const std::optional<EmailAddress> parsed = EmailAddress::parse(input);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(parsed->address(), address);
            QCOMPARE(parsed->displayName(), name);
            QVERIFY(parsed->isValid());
        }
    }

    void formatRoundTrips_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no-name") << QString() << "john@example.com";
        QTest::newRow("plain-name") << "John Smith"
                                    << "\"John Smith\" <john@example.com>";
        QTest::newRow("comma") << "Smith, John"
                               << "\"Smith, John\" <john@example.com>";
        QTest::newRow("quote-and-backslash") << "A \"B\" \\C"
                                             << "\"A \\\"B\\\" \\\\C\" <john@example.com>";
        QTest::newRow("unicode") << QString::fromUtf8("Zoë 🎉")
                                 << QString::fromUtf8("\"Zoë 🎉\" <john@example.com>");
    }
    void formatRoundTrips()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const EmailAddress address(QStringLiteral("john@example.com"), name);
        QCOMPARE(address.toString(), expected);
        const std::optional<EmailAddress> back = EmailAddress::parse(address.toString());
        QVERIFY(back);
        QCOMPARE(*back, address);
    }

    void shownNames_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("shown");
        QTest::newRow("bare") << "jane@example.com"
                              << "jane@example.com";
        QTest::newRow("named") << "\"Jane Doe\" <jane@example.com>"
                               << "Jane Doe";
        QTest::newRow("unquoted name") << "Jane Doe <jane@example.com>"
                                       << "Jane Doe";
        QTest::newRow("empty name") << "\"\" <jane@example.com>"
                                    << "jane@example.com";
        QTest::newRow("angle only") << "<jane@example.com>"
                                    << "jane@example.com";
        QTest::newRow("comma in the name") << "\"Doe, Jane\" <j@y.org>, b@z.org"
                                           << "Doe, Jane, b@z.org";
        QTest::newRow("escaped quote") << "\"Jane \\\"JD\\\" Doe\" <j@y.org>"
                                       << "Jane \"JD\" Doe";
        QTest::newRow("other scripts") << "\"山田 太郎\" <t@tokyo.example>, \"ليلى حداد\" <l@x.example>"
                                       << "山田 太郎, ليلى حداد";
        QTest::newRow("unparsable stays") << "not an address <"
                                          << "not an address <";
        QTest::newRow("empty") << ""
                               << "";
    }
    void shownNames()
    {
        QFETCH(QString, list);
        QFETCH(QString, shown);
        QCOMPARE(EmailAddress::shownNames(list), shown);
    }

    void splitList_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("commas") << "a@x.org, b@y.org" << QStringList {"a@x.org", "b@y.org"};
        QTest::newRow("semicolons-and-newlines")
            << "a@x.org;b@y.org\nc@z.org" << QStringList {"a@x.org", "b@y.org", "c@z.org"};
        QTest::newRow("quoted-comma-kept")
            << "\"Doe, Jane\" <j@y.org>, b@z.org" << QStringList {"\"Doe, Jane\" <j@y.org>", "b@z.org"};
        QTest::newRow("escaped-quote")
            << "\"A \\\", B\" <a@x.org>; c@z.org" << QStringList {"\"A \\\", B\" <a@x.org>", "c@z.org"};
        QTest::newRow("empty-pieces-dropped") << " , ;; a@x.org ,, " << QStringList {"a@x.org"};
        QTest::newRow("nothing") << "" << QStringList {};
    }
    void splitList()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, expected);
        QCOMPARE(EmailAddress::splitList(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
