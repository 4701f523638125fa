#include "core/base/CodePoints.h"

#include <QTest>

class TestCodePoints final : public QObject
{
    Q_OBJECT

private slots:
    void count_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("expected");
        QTest::newRow("empty") << QString() << qsizetype(0);
        QTest::newRow("ascii") << QStringLiteral("hello") << qsizetype(5);
        QTest::newRow("umlaut-precomposed") << QStringLiteral("Grüße") << qsizetype(5);
        // Python counts a base letter and a combining mark as two code points.
        QTest::newRow("combining-mark") << QStringLiteral("e\u0301") << qsizetype(2);
        QTest::newRow("emoji-is-one") << QString::fromUtf8("👋") << qsizetype(1);
        QTest::newRow("emoji-zwj-family") << QString::fromUtf8("👨‍👩‍👧") << qsizetype(5);
        QTest::newRow("rtl-hebrew") << QString::fromUtf8("שלום") << qsizetype(4);
        QTest::newRow("lone-high-surrogate") << QString(QChar(0xd83d)) << qsizetype(1);
    }
    void count()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, expected);
        QCOMPARE(CodePoints::count(text), expected);
    }

    void truncatedKeepsPairsWhole()
    {
        const QString text = QString::fromUtf8("a👋b");
        QCOMPARE(CodePoints::truncated(text, 1).toString(), QStringLiteral("a"));
        QCOMPARE(CodePoints::truncated(text, 2).toString(), QString::fromUtf8("a👋"));
        QCOMPARE(CodePoints::truncated(text, 10).toString(), text);
    }
};

QTEST_GUILESS_MAIN(TestCodePoints)
#include "tst_codepoints.moc"
