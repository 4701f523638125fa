#include "core/base/IsoDateTime.h"

#include <QTest>
#include <QTimeZone>

class TestIsoDateTime final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime base(QDate(2013, 2, 1), QTime(0, 54, 51, 331), QTimeZone::utc());
        QTest::newRow("close-microseconds-offset")
            << QStringLiteral("2013-02-01T00:54:51.331000+00:00") << base;
        QTest::newRow("z-suffix") << QStringLiteral("2013-02-01T00:54:51.331Z") << base;
        QTest::newRow("naive-is-utc") << QStringLiteral("2013-02-01T00:54:51.331000") << base;
        QTest::newRow("space-separator") << QStringLiteral("2013-02-01 00:54:51.331") << base;
        QTest::newRow("no-fraction") << QStringLiteral("2013-02-01T00:54:51+00:00") << base.addMSecs(-331);
        QTest::newRow("positive-offset") << QStringLiteral("2013-02-01T06:24:51.331+05:30") << base;
        QTest::newRow("negative-offset-no-colon") << QStringLiteral("2013-01-31T20:54:51.331-0400") << base;
        QTest::newRow("nanoseconds-truncated") << QStringLiteral("2013-02-01T00:54:51.331999999Z") << base;
        QTest::newRow("date-only-is-midnight-utc")
            << QStringLiteral("2013-02-01") << QDateTime(QDate(2013, 2, 1), QTime(0, 0), QTimeZone::utc());
        QTest::newRow("no-seconds") << QStringLiteral("2013-02-01T00:54")
                                    << QDateTime(QDate(2013, 2, 1), QTime(0, 54), QTimeZone::utc());
        QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("bad-month") << QStringLiteral("2013-13-01T00:00:00") << QDateTime();
        QTest::newRow("bad-day") << QStringLiteral("2013-02-30") << QDateTime();
        QTest::newRow("bad-hour") << QStringLiteral("2013-02-01T25:00:00Z") << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("trailing-junk") << QStringLiteral("2013-02-01T00:54:51Zjunk") << QDateTime();
        // Found by fuzz_isodatetime: an offset that carries the instant out of years 1–9999.
        QTest::newRow("offset-before-year-1") << QStringLiteral("0001-01-01T00:00+12") << QDateTime();
        QTest::newRow("offset-after-year-9999") << QStringLiteral("9999-12-31T23:30:00-01:00") << QDateTime();
        QTest::newRow("first-instant")
            << QStringLiteral("0001-01-01T00:00:00Z") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = IsoDateTime::parse(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void formatWritesUtcWithMicroseconds()
    {
        const QDateTime berlin(QDate(2026, 3, 29), QTime(3, 30), QTimeZone("Europe/Berlin"));
        QCOMPARE(IsoDateTime::format(berlin), QStringLiteral("2026-03-29T01:30:00.000000+00:00"));
        QCOMPARE(IsoDateTime::format(QDateTime()), QString());
    }

    void formatThenParseRoundTrips()
    {
        const QDateTime value(QDate(2026, 11, 27), QTime(10, 20, 33, 123), QTimeZone::utc());
        QCOMPARE(IsoDateTime::parse(IsoDateTime::format(value)), value);
    }

    void parseMicros_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -2: refused
        QTest::newRow("close-sample")
            << QStringLiteral("2015-06-26T02:01:43.059265") << Q_INT64_C(1435284103059265);
        QTest::newRow("offset-moves-the-instant")
            << QStringLiteral("2015-06-26T04:01:43.059265+02:00") << Q_INT64_C(1435284103059265);
        QTest::newRow("hour-only-offset")
            << QStringLiteral("2015-06-26T04:01:43.059265+02") << Q_INT64_C(1435284103059265);
        QTest::newRow("nanoseconds-cut-to-micros")
            << QStringLiteral("2015-06-26T02:01:43.059265999Z") << Q_INT64_C(1435284103059265);
        QTest::newRow("one-digit-fraction") << QStringLiteral("1970-01-01T00:00:00.5Z") << Q_INT64_C(500000);
        QTest::newRow("before-1970") << QStringLiteral("1969-12-31T23:59:59.999999Z") << Q_INT64_C(-1);
        QTest::newRow("ten-digit-fraction")
            << QStringLiteral("1970-01-01T00:00:00.0123456789Z") << Q_INT64_C(-2);
        QTest::newRow("lone-dot") << QStringLiteral("1970-01-01T00:00:00.Z") << Q_INT64_C(-2);
        QTest::newRow("offset-minutes-60") << QStringLiteral("1970-01-01T00:00:00+01:60") << Q_INT64_C(-2);
        QTest::newRow("offset-24-hours") << QStringLiteral("1970-01-01T00:00:00+24:00") << Q_INT64_C(-2);
        QTest::newRow("seconds-60") << QStringLiteral("1970-01-01T00:00:60") << Q_INT64_C(-2);
        QTest::newRow("non-ascii-digit") << QStringLiteral("１970-01-01") << Q_INT64_C(-2);
        QTest::newRow("cut-short") << QStringLiteral("1970-01-01T0") << Q_INT64_C(-2);
    }
    void parseMicros()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const std::optional<qint64> micros = IsoDateTime::parseMicros(text);
        if (expected == -2) {
            QVERIFY(!micros.has_value());
            QVERIFY(!IsoDateTime::parse(text).isValid());
            return;
        }
        QVERIFY(micros.has_value());
        QCOMPARE(*micros, expected);
    }

    void formatMicrosRoundTrips_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::newRow("sample") << Q_INT64_C(1435284103059265);
        QTest::newRow("epoch") << Q_INT64_C(0);
        QTest::newRow("just-before-epoch") << Q_INT64_C(-1);
        QTest::newRow("far-future") << Q_INT64_C(253402300799999999); // 9999-12-31T23:59:59.999999
    }
    void formatMicrosRoundTrips()
    {
        QFETCH(qint64, micros);
        QCOMPARE(IsoDateTime::parseMicros(IsoDateTime::formatMicros(micros)), std::optional<qint64>(micros));
    }

    void dateOnly()
    {
        QVERIFY(IsoDateTime::isDateOnly(QStringLiteral("2026-11-27")));
        QVERIFY(!IsoDateTime::isDateOnly(QStringLiteral("2026-11-27T00:00:00")));
    }
};

QTEST_GUILESS_MAIN(TestIsoDateTime)
#include "tst_isodatetime.moc"
