// Signatures per sender: stored by address, and found again at the end of a draft only when untouched.
#include "core/drafts/Signatures.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

class TestSignatures final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("DraftdeskTests");
        QCoreApplication::setApplicationName("tst_signatures");
        QSettings().clear();
    }

    void storedByAddressWhateverTheDisplayName()
    {
        Signatures::setForSender("\"Anna Krause\" <Anna.Krause@northwind.example>", "Anna\nNorthwind");
        QCOMPARE(Signatures::forSender("anna.krause@northwind.example"), QStringLiteral("Anna\nNorthwind"));
        QCOMPARE(Signatures::forSender("Anna K. <ANNA.KRAUSE@northwind.example>"),
                 QStringLiteral("Anna\nNorthwind"));
        QVERIFY(Signatures::forSender("ben@northwind.example").isEmpty());
        QVERIFY(Signatures::forSender(QString()).isEmpty());
        Signatures::setForSender("anna.krause@northwind.example", "  ");
        QVERIFY(Signatures::forSender("anna.krause@northwind.example").isEmpty()); // blank removes it
    }

    void foundAtTheEndOnlyWhenUntouched_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::addColumn<int>("start");
        QTest::newRow("after text") << "Hello\n\n-- \nAnna\nNorthwind" << true << 7;
        QTest::newRow("alone") << "-- \nAnna\nNorthwind" << true << 0;
        QTest::newRow("trailing newlines") << "Hi\n-- \nAnna\nNorthwind\n\n" << true << 3;
        QTest::newRow("edited") << "Hi\n-- \nAnna (on leave)\nNorthwind" << false << -1;
        QTest::newRow("text after it") << "Hi\n-- \nAnna\nNorthwind\nPS: call me" << false << -1;
        QTest::newRow("not on its own line") << "Hi -- \nAnna\nNorthwind" << false << -1;
        QTest::newRow("no delimiter") << "Hi\nAnna\nNorthwind" << false << -1;
    }
    void foundAtTheEndOnlyWhenUntouched()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        QFETCH(int, start);
        qsizetype at = -1;
        QCOMPARE(Signatures::endsWithUntouched(text, "Anna\nNorthwind", &at), found);
        QCOMPARE(int(at), start);
    }

    // What a draft's HTML becomes in the editor's document still ends with the block: the no-break
    // space keeps "-- " (HTML would drop a plain trailing space), line breaks read as new lines.
    void theHtmlBlockReadsBackAsThePlainOne()
    {
        QTextDocument document;
        document.setHtml("<p>Hello</p>" + Signatures::htmlBlock("Anna <Sales>\nNorthwind"));
        qsizetype at = -1;
        QVERIFY2(Signatures::endsWithUntouched(document.toPlainText(), "Anna <Sales>\nNorthwind", &at),
                 qPrintable(document.toPlainText()));
        QVERIFY(at > 0);
        QVERIFY(Signatures::htmlBlock("a <b>").contains("a &lt;b&gt;")); // text, never markup
        QVERIFY(Signatures::plainBlock(" ").isEmpty());
    }
};

QTEST_MAIN(TestSignatures)
#include "tst_signatures.moc"
