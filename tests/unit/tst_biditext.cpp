// Direction controls in subjects, addresses and file names: neutralised for display, escaped for QA.
#include "core/base/BidiText.h"

#include <QTest>

class TestBidiText final : public QObject
{
    Q_OBJECT

private slots:
    void forDisplay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << "Quote for Acme"
                               << "Quote for Acme";
        QTest::newRow("override-file-name") << QString::fromUtf8("invoice\u202Egnp.exe") << "invoicegnp.exe";
        QTest::newRow("all-controls")
            << QString::fromUtf8("a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i") << "abcdefghi";
        QTest::newRow("hebrew-isolated") << QString::fromUtf8("\u05e9\u05dc\u05d5\u05dd 1")
                                         << QString::fromUtf8("\u2068\u05e9\u05dc\u05d5\u05dd 1\u2069");
        QTest::newRow("arabic-with-override")
            << QString::fromUtf8("\u202E\u0645\u0631\u062d\u0628\u0627")
            << QString::fromUtf8("\u2068\u0645\u0631\u062d\u0628\u0627\u2069");
        QTest::newRow("emoji-kept") << QString::fromUtf8("Hi \U0001F600\u202E")
                                    << QString::fromUtf8("Hi \U0001F600");
        QTest::newRow("lone-surrogate") << QString(QChar(0xD800)) + "x" << QString(QChar(0xD800)) + "x";
        // A right-to-left mark stays (it is not an override) and makes the text isolated.
        QTest::newRow("marks-kept") << QString::fromUtf8("a\u200Fb")
                                    << QString::fromUtf8("\u2068a\u200Fb\u2069");
    }
    void forDisplay()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(BidiText::forDisplay(text), shown);
        QCOMPARE(BidiText::containsControls(shown.mid(1, shown.size() - 2)), false);
    }

    void escaped()
    {
        QCOMPARE(BidiText::escaped(QString::fromUtf8("invoice\u202Egnp.exe")),
                 QString::fromUtf8("invoice⟨U+202E⟩gnp.exe"));
        QCOMPARE(BidiText::escaped(QString::fromUtf8("a\u200Bb\uFEFFc\u2066d")),
                 QString::fromUtf8("a⟨U+200B⟩b⟨U+FEFF⟩c⟨U+2066⟩d"));
        QCOMPARE(BidiText::escaped(QString::fromUtf8("\u05e9 \U0001F600")),
                 QString::fromUtf8("\u05e9 \U0001F600"));
        QVERIFY(BidiText::containsControls(QString::fromUtf8("x\u2069")));
        QVERIFY(!BidiText::containsControls(QString::fromUtf8("x\u200F")));
    }
};

QTEST_GUILESS_MAIN(TestBidiText)
#include "tst_biditext.moc"
