#include "core/drafts/SchedulePlanner.h"

#include <QTest>

class TestSchedulePlanner final : public QObject
{
    Q_OBJECT

private slots:
    // Local wall-clock time in a zone → the UTC instant that goes out as date_scheduled.
    void toUtc_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QDateTime>("utc");
        const auto utc = [](int y, int mo, int d, int h, int mi) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
        };
        QTest::newRow("berlin-winter")
            << QByteArray("Europe/Berlin") << QDate(2026, 1, 15) << QTime(8, 0) << utc(2026, 1, 15, 7, 0);
        QTest::newRow("berlin-summer")
            << QByteArray("Europe/Berlin") << QDate(2026, 7, 15) << QTime(8, 0) << utc(2026, 7, 15, 6, 0);
        QTest::newRow("berlin-before-spring-change")
            << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << QTime(1, 59) << utc(2026, 3, 29, 0, 59);
        // 02:30 does not exist on 29 March in Berlin: the first minute that does is 03:00 CEST.
        QTest::newRow("berlin-skipped-hour")
            << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << QTime(2, 30) << utc(2026, 3, 29, 1, 0);
        QTest::newRow("berlin-after-spring-change")
            << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << QTime(3, 0) << utc(2026, 3, 29, 1, 0);
        QTest::newRow("berlin-after-autumn-change")
            << QByteArray("Europe/Berlin") << QDate(2026, 10, 25) << QTime(8, 0) << utc(2026, 10, 25, 7, 0);
        QTest::newRow("new-york-winter")
            << QByteArray("America/New_York") << QDate(2026, 1, 15) << QTime(8, 0) << utc(2026, 1, 15, 13, 0);
        QTest::newRow("new-york-summer")
            << QByteArray("America/New_York") << QDate(2026, 7, 15) << QTime(8, 0) << utc(2026, 7, 15, 12, 0);
        QTest::newRow("new-york-skipped-hour")
            << QByteArray("America/New_York") << QDate(2026, 3, 8) << QTime(2, 30) << utc(2026, 3, 8, 7, 0);
        QTest::newRow("new-york-after-autumn-change")
            << QByteArray("America/New_York") << QDate(2026, 11, 1) << QTime(9, 0) << utc(2026, 11, 1, 14, 0);
        QTest::newRow("kolkata-half-hour")
            << QByteArray("Asia/Kolkata") << QDate(2026, 6, 1) << QTime(9, 0) << utc(2026, 6, 1, 3, 30);
        QTest::newRow("kolkata-previous-utc-day")
            << QByteArray("Asia/Kolkata") << QDate(2026, 6, 1) << QTime(2, 0) << utc(2026, 5, 31, 20, 30);
        // Lord Howe: +10:30 in winter, +11:00 in summer (a half-hour change).
        QTest::newRow("lord-howe-winter") << QByteArray("Australia/Lord_Howe") << QDate(2026, 7, 1)
                                          << QTime(8, 0) << utc(2026, 6, 30, 21, 30);
        QTest::newRow("lord-howe-summer") << QByteArray("Australia/Lord_Howe") << QDate(2026, 1, 15)
                                          << QTime(8, 0) << utc(2026, 1, 14, 21, 0);
        QTest::newRow("lord-howe-skipped-half-hour")
            << QByteArray("Australia/Lord_Howe") << QDate(2026, 10, 4) << QTime(2, 15)
            << utc(2026, 10, 3, 15, 30);
    }
    void toUtc()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QDateTime, utc);
        const QTimeZone tz(zone);
        QVERIFY2(tz.isValid(), zone.constData());
        const QDateTime result = SchedulePlanner::toUtc(date, time, tz);
        QCOMPARE(result, utc);
        QCOMPARE(result.timeSpec(), Qt::UTC);
    }

    void ambiguousAutumnTimeIsOneOfTheTwo()
    {
        // 02:30 happens twice in Berlin on 25 October 2026 (CEST, then CET): either is 02:30 on the wall.
        const QDateTime result
            = SchedulePlanner::toUtc(QDate(2026, 10, 25), QTime(2, 30), QTimeZone("Europe/Berlin"));
        QVERIFY(result == QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC)
                || result == QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC));
        QCOMPARE(result.toTimeZone(QTimeZone("Europe/Berlin")).time(), QTime(2, 30));
    }

    void zoneLabels_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("label");
        QTest::newRow("berlin-winter")
            << QByteArray("Europe/Berlin") << QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)
            << "Europe/Berlin, UTC+01:00";
        QTest::newRow("berlin-summer")
            << QByteArray("Europe/Berlin") << QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC)
            << "Europe/Berlin, UTC+02:00";
        QTest::newRow("new-york") << QByteArray("America/New_York")
                                  << QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)
                                  << "America/New_York, UTC-05:00";
        QTest::newRow("kolkata") << QByteArray("Asia/Kolkata")
                                 << QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)
                                 << "Asia/Kolkata, UTC+05:30";
        QTest::newRow("lord-howe") << QByteArray("Australia/Lord_Howe")
                                   << QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC)
                                   << "Australia/Lord_Howe, UTC+10:30";
    }
    void zoneLabels()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, at);
        QFETCH(QString, label);
        QCOMPARE(SchedulePlanner::zoneLabel(QTimeZone(zone), at), label);
    }

    void quickPicks()
    {
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime now(QDate(2026, 11, 27), QTime(10, 20, 33), Qt::UTC); // a Friday, 11:20 in Berlin
        QCOMPARE(SchedulePlanner::inOneHour(now), QDateTime(QDate(2026, 11, 27), QTime(11, 20), Qt::UTC));
        QCOMPARE(SchedulePlanner::tomorrowAt8(now, berlin),
                 QDateTime(QDate(2026, 11, 28), QTime(7, 0), Qt::UTC));
        QCOMPARE(SchedulePlanner::nextMondayAt8(now, berlin),
                 QDateTime(QDate(2026, 11, 30), QTime(7, 0), Qt::UTC));
        // On a Monday, "next Monday" is a week away.
        const QDateTime monday(QDate(2026, 11, 30), QTime(6, 0), Qt::UTC);
        QCOMPARE(SchedulePlanner::nextMondayAt8(monday, berlin),
                 QDateTime(QDate(2026, 12, 7), QTime(7, 0), Qt::UTC));
        // "Tomorrow" is the zone's tomorrow: 23:30 UTC on the 27th is already the 28th in Kolkata.
        const QDateTime late(QDate(2026, 11, 27), QTime(23, 30), Qt::UTC);
        QCOMPARE(SchedulePlanner::tomorrowAt8(late, QTimeZone("Asia/Kolkata")),
                 QDateTime(QDate(2026, 11, 29), QTime(2, 30), Qt::UTC));
    }

    void noTimesInThePast()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!SchedulePlanner::problemWith(now.addSecs(-60), now).isEmpty());
        QVERIFY(!SchedulePlanner::problemWith(now, now).isEmpty());
        QVERIFY(!SchedulePlanner::problemWith(QDateTime(), now).isEmpty());
        QVERIFY(SchedulePlanner::problemWith(now.addSecs(60), now).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSchedulePlanner)
#include "tst_scheduleplanner.moc"
