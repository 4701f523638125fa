#include "core/store/SortKeys.h"

#include <QCollator>
#include <QLocale>
#include <QTest>

#include <algorithm>

// The list's sort keys: the same order as QCollator (case-insensitive, numeric) for the locale, and
// keys that stay right as rows are inserted, changed and the block is compacted.
class TestSortKeys final : public QObject
{
    Q_OBJECT

private:
    static QStringList samples()
    {
        return {"Invoice 10",   "invoice 9",   "Invoice 100",
                "Ärger",        "Apfel",       "apfel",
                "Zebra",        "zebra 2",     "Äpfel",
                "éclair",       "eclair",      "Eclair 3",
                "Quote for 40", "Quote for 4", "",
                "Пример",       "太郎",        "مرحبا",
                "Straße",       "Strasse",     "a1b2",
                "a1b10",        "  spaced",    "Z"};
    }

private slots:
    void orderMatchesQCollator_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany);
        QTest::newRow("sv_SE") << QLocale(QLocale::Swedish, QLocale::Sweden);
        QTest::newRow("C") << QLocale::c();
    }
    void orderMatchesQCollator()
    {
        QFETCH(QLocale, locale);
        QCollator reference(locale);
        reference.setCaseSensitivity(Qt::CaseInsensitive);
        reference.setNumericMode(true);
        const SortCollator ours(locale);
        const QStringList texts = samples();
        for (const QString &a : texts) {
            for (const QString &b : texts) {
                const int expected = reference.compare(a, b);
                const int got = ours.compare(a, b);
                QVERIFY2((expected < 0) == (got < 0) && (expected > 0) == (got > 0),
                         qPrintable(QStringLiteral("%1 vs %2: QCollator %3, SortCollator %4")
                                        .arg(a, b)
                                        .arg(expected)
                                        .arg(got)));
            }
        }
        if (locale.language() != QLocale::C) // the C locale has no numeric order, in QCollator either
            QVERIFY(ours.compare("invoice 9", "Invoice 10") < 0); // numbers as numbers
        QCOMPARE(ours.compare("APFEL", "apfel"), 0); // case does not count
    }

    void keysFollowInsertionsChangesAndCompaction()
    {
        const SortCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
        QStringList texts = samples();
        SortKeys keys;
        const auto textOf = [&texts](int row) {
            return texts.at(row);
        };
        keys.insertRows(0, int(texts.size()));
        for (int row = 0; row < texts.size(); ++row) {
            QVERIFY(!keys.has(row));
            keys.ensure(row, collator, textOf);
            QVERIFY(keys.has(row));
        }
        // Rows arrive in the middle: the old keys move with their rows.
        texts.insert(3, QStringLiteral("Middle 7"));
        texts.insert(3, QStringLiteral("middle 12"));
        keys.insertRows(3, 2);
        keys.ensure(3, collator, textOf);
        keys.ensure(4, collator, textOf);
        // Many changes: forgotten keys are made again, and the block is compacted along the way.
        for (int round = 0; round < 200; ++round) {
            const int row = round % int(texts.size());
            texts[row] = QStringLiteral("Changed %1 item %2 ").arg(round).arg(row).repeated(3);
            keys.forget(row);
            QVERIFY(!keys.has(row));
            keys.ensure(row, collator, textOf);
        }
        for (int a = 0; a < texts.size(); ++a) {
            for (int b = 0; b < texts.size(); ++b) {
                const int expected = collator.compare(texts.at(a), texts.at(b));
                const int got = keys.compare(a, b);
                QVERIFY2((expected < 0) == (got < 0) && (expected > 0) == (got > 0),
                         qPrintable(texts.at(a) + QStringLiteral(" vs ") + texts.at(b)));
            }
        }
        keys.clear();
        QCOMPARE(keys.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSortKeys)
#include "tst_sortkeys.moc"
