#include "core/base/AddressLooks.h"

#include <QTest>

class TestAddressLooks final : public QObject
{
    Q_OBJECT

private slots:
    void marksWhatMayNotBeWhatItLooksLike_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("words"); // empty: looks as it is
        QTest::newRow("plain") << "Anna <anna@example.com>" << QString();
        QTest::newRow("all cyrillic domain") << QString::fromUtf8("ivan@пример.рф") << QString();
        QTest::newRow("german umlaut") << QString::fromUtf8("jürgen@müller.de") << QString();
        QTest::newRow("digits mixed in") << "team2@example2.com" << QString();
        QTest::newRow("cyrillic a in latin domain")
            << QString::fromUtf8("billing@pаypal.com") << QString::fromUtf8("⟨U+0430⟩");
        QTest::newRow("greek omicron in the name")
            << QString::fromUtf8("Boss <ceο@example.com>") << QString::fromUtf8("⟨U+03BF⟩");
        QTest::newRow("zero-width space")
            << QString::fromUtf8("anna\u200B@example.com") << QString::fromUtf8("invisible");
        QTest::newRow("zero-width joiner in domain")
            << QString::fromUtf8("anna@exa\u200Dmple.com") << QString::fromUtf8("⟨U+200D⟩");
    }
    void marksWhatMayNotBeWhatItLooksLike()
    {
        QFETCH(QString, entry);
        QFETCH(QString, words);
        const QString problem = AddressLooks::problem(entry);
        if (words.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(words), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestAddressLooks)
#include "tst_addresslooks.moc"
