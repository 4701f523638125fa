#include "core/base/BidiText.h"
#include "core/base/CodePoints.h"
#include "core/base/ShownText.h"

#include <QTest>

class TestShownText final : public QObject
{
    Q_OBJECT

private slots:
    void shortTextIsUnchanged()
    {
        QCOMPARE(ShownText::line(u"Quarterly offer"), QStringLiteral("Quarterly offer"));
        QCOMPARE(ShownText::wrapped(u"Quarterly offer"), QStringLiteral("Quarterly offer"));
    }

    void longTextIsElided()
    {
        const QString subject = QString(1'000'000, 'S');
        const QString shown = ShownText::line(subject);
        QCOMPARE(CodePoints::count(shown), ShownText::lineLength + 1);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        // Emoji count as one code point each, and a pair is never split.
        const QString emoji = QString::fromUtf8("😀").repeated(400);
        const QString shownEmoji = ShownText::line(emoji, 10);
        QCOMPARE(shownEmoji, QString::fromUtf8("😀").repeated(10) + QChar(0x2026));
    }

    void marksAreCappedPerLetter()
    {
        const QString zalgo = "a" + QString(100'000, QChar(0x0301)) + "b" + QString(2, QChar(0x0308));
        const QString shown = ShownText::line(zalgo);
        QCOMPARE(shown,
                 "a" + QString(ShownText::maxMarksPerLetter, QChar(0x0301)) + "b"
                     + QString(2, QChar(0x0308)));
        QCOMPARE(ShownText::shapeOf(zalgo).mostMarks, 100'000);
        // Vietnamese keeps its marks: two on a letter is ordinary.
        QCOMPARE(ShownText::line(QString::fromUtf8("Tiếng Việt")), QString::fromUtf8("Tiếng Việt"));
    }

    void longRunsGetBreakOpportunitiesWhenWrapped()
    {
        const QString word(100, 'w');
        const QString wrapped = ShownText::wrapped(word);
        QCOMPARE(wrapped.count(QChar(0x200B)), 2); // after 40 and 80
        QCOMPARE(QString(wrapped).remove(QChar(0x200B)), word);
        QCOMPARE(ShownText::line(word), word); // one line: nothing to break
        QCOMPARE(ShownText::wrapped(u"short words stay as they are"),
                 QStringLiteral("short words stay as they are"));
        QCOMPARE(ShownText::shapeOf(word).longestRun, 100);
        QCOMPARE(ShownText::breakable(QString(100'000, 'w')).count(QChar(0x200B)), 100'000 / 40 - 1);
    }

    void directionControlsGoAsInBidiText()
    {
        const QString shown = ShownText::line(QString::fromUtf8("Evil lead \u202ERTL"));
        QVERIFY(!BidiText::containsControls(shown));
        QCOMPARE(shown, QStringLiteral("Evil lead RTL"));
    }
};

QTEST_GUILESS_MAIN(TestShownText)
#include "tst_showntext.moc"
