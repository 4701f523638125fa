#include "core/api/RateLimitState.h"
#include "core/api/RetryPolicy.h"

#include <QTest>

#include <limits>

class TestRateLimits final : public QObject
{
    Q_OBJECT

private slots:
    void parseHeader_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("remaining");
        QTest::addColumn<double>("reset");
        QTest::newRow("docs") << QByteArray("limit=100, remaining=50, reset=5") << true << 100 << 50 << 5.0;
        QTest::newRow("decimal-reset")
            << QByteArray("limit=240, remaining=0, reset=0.13") << true << 240 << 0 << 0.13;
        QTest::newRow("no-spaces-any-order")
            << QByteArray("reset=2.5,limit=10,remaining=3") << true << 10 << 3 << 2.5;
        QTest::newRow("upper-case-keys")
            << QByteArray("LIMIT=1, REMAINING=1, RESET=1") << true << 1 << 1 << 1.0;
        QTest::newRow("missing-reset") << QByteArray("limit=100, remaining=50") << false << 0 << 0 << 0.0;
        QTest::newRow("garbage") << QByteArray("lots") << false << 0 << 0 << 0.0;
        QTest::newRow("negative") << QByteArray("limit=100, remaining=-1, reset=1") << false << 0 << 0 << 0.0;
        QTest::newRow("empty") << QByteArray() << false << 0 << 0 << 0.0;
    }
    void parseHeader()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, valid);
        const auto header = RateLimitState::parse(value);
        QCOMPARE(header.has_value(), valid);
        if (valid) {
            QFETCH(int, limit);
            QFETCH(int, remaining);
            QFETCH(double, reset);
            QCOMPARE(header->limit, limit);
            QCOMPARE(header->remaining, remaining);
            QCOMPARE(header->resetSeconds, reset);
        }
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(RateLimitState::parseRetryAfter("3", now), 3.0);
        QCOMPARE(RateLimitState::parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", now), 60.0);
        QCOMPARE(RateLimitState::parseRetryAfter("soon", now), -1.0);
        QCOMPARE(RateLimitState::parseRetryAfter("", now), -1.0);
    }

    void slowsDownWhenTheBudgetRunsLow()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        RateLimitState state;
        QCOMPARE(state.pacingDelayMs(now), 0);
        QVERIFY(state.update("limit=100, remaining=50, reset=5", now));
        QCOMPARE(state.pacingDelayMs(now), 0);
        QVERIFY(state.update("limit=100, remaining=5, reset=5", now));
        QCOMPARE(state.pacingDelayMs(now), 1000); // 5 s spread over the 5 requests left
        QVERIFY(state.update("limit=100, remaining=0, reset=2", now));
        QCOMPARE(state.pacingDelayMs(now), 2000);
        QCOMPARE(state.pacingDelayMs(now.addSecs(3)), 0);
        QVERIFY(!state.update("nonsense", now));
        QCOMPARE(state.remaining, 0);
    }

    void policy_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("sends");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("action");
        using K = ApiError::Kind;
        using A = RetryPolicy::Action;
        QTest::newRow("get-503") << QByteArray("GET") << false << int(K::Server) << 503 << 1 << int(A::Retry);
        QTest::newRow("get-502") << QByteArray("GET") << false << int(K::Server) << 502 << 2 << int(A::Retry);
        QTest::newRow("get-504") << QByteArray("GET") << false << int(K::Server) << 504 << 3 << int(A::Retry);
        QTest::newRow("get-500") << QByteArray("GET") << false << int(K::Server) << 500 << 1
                                 << int(A::Finish);
        QTest::newRow("get-dropped") << QByteArray("GET") << false << int(K::Network) << 0 << 1
                                     << int(A::Retry);
        QTest::newRow("get-last-attempt")
            << QByteArray("GET") << false << int(K::Server) << 503 << 4 << int(A::Finish);
        QTest::newRow("get-404") << QByteArray("GET") << false << int(K::NotFound) << 404 << 1
                                 << int(A::Finish);
        QTest::newRow("get-tls") << QByteArray("GET") << false << int(K::Tls) << 0 << 1 << int(A::Finish);
        QTest::newRow("get-429") << QByteArray("GET") << false << int(K::RateLimited) << 429 << 1
                                 << int(A::Retry);
        QTest::newRow("put-429") << QByteArray("PUT") << false << int(K::RateLimited) << 429 << 1
                                 << int(A::Retry);
        QTest::newRow("send-429") << QByteArray("PUT") << true << int(K::RateLimited) << 429 << 1
                                  << int(A::Retry);
        QTest::newRow("put-503") << QByteArray("PUT") << false << int(K::Server) << 503 << 1
                                 << int(A::Finish);
        QTest::newRow("send-503") << QByteArray("PUT") << true << int(K::Server) << 503 << 1
                                  << int(A::ReadBack);
        QTest::newRow("send-timeout")
            << QByteArray("PUT") << true << int(K::Timeout) << 0 << 1 << int(A::ReadBack);
        QTest::newRow("send-dropped")
            << QByteArray("PUT") << true << int(K::Network) << 0 << 1 << int(A::ReadBack);
        QTest::newRow("send-400") << QByteArray("PUT") << true << int(K::Validation) << 400 << 1
                                  << int(A::Finish);
        QTest::newRow("cancelled") << QByteArray("GET") << false << int(K::Cancelled) << 0 << 1
                                   << int(A::Finish);
    }
    void policy()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, sends);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, attempt);
        QFETCH(int, action);
        ApiRequest request;
        request.method = method;
        request.mayTriggerSend = sends;
        request.emailId = sends ? QStringLiteral("acti_1") : QString();
        ApiError error;
        error.kind = ApiError::Kind(kind);
        error.httpStatus = status;
        QCOMPARE(int(RetryPolicy().decide(request, error, attempt).action), action);
    }

    void rateLimitWaitsAtLeastWhatTheServerSaid()
    {
        RetryPolicy policy;
        ApiError error;
        error.kind = ApiError::Kind::RateLimited;
        error.retryAfterSeconds = 1.2;
        for (int i = 0; i < 50; ++i) {
            const auto decision = policy.decide(ApiRequest {}, error, 1);
            QCOMPARE(decision.action, RetryPolicy::Action::Retry);
            QVERIFY(decision.delayMs >= 1200 && decision.delayMs <= 1320);
        }
        error.retryAfterSeconds = -1;
        QVERIFY(policy.decide(ApiRequest {}, error, 1).delayMs >= 2000);
        error.retryAfterSeconds = 3600; // up to an hour is honoured (announced by the client)
        QCOMPARE(policy.decide(ApiRequest {}, error, 1).action, RetryPolicy::Action::Retry);
        QVERIFY(policy.decide(ApiRequest {}, error, 1).delayMs >= 3'600'000);
        error.retryAfterSeconds = 86400; // a day: the caller is told, nothing waits
        QCOMPARE(policy.decide(ApiRequest {}, error, 1).action, RetryPolicy::Action::Finish);
        QCOMPARE(ApiError::waitText(86400), QStringLiteral("Close asks to wait 24 hour(s)."));
        policy.maxRateLimitWaitMs = 60'000; // a caller that will not wait that long is told instead
        QCOMPARE(policy.decide(ApiRequest {}, error, 1).action, RetryPolicy::Action::Finish);
    }

    // Numbers from a hostile server: read strictly, clamped, never undefined behaviour.
    void hostileNumbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("seconds"); // -1: refused
        QTest::newRow("plain") << QByteArray("5") << 5.0;
        QTest::newRow("fraction") << QByteArray("0.25") << 0.25;
        QTest::newRow("spaces") << QByteArray(" 3 ") << 3.0;
        QTest::newRow("exponent") << QByteArray("1e300") << -1.0;
        QTest::newRow("inf") << QByteArray("inf") << -1.0;
        QTest::newRow("nan") << QByteArray("nan") << -1.0;
        QTest::newRow("negative") << QByteArray("-5") << -1.0;
        QTest::newRow("hex") << QByteArray("0x10") << -1.0;
        QTest::newRow("two-dots") << QByteArray("1.2.3") << -1.0;
        QTest::newRow("trailing-dot") << QByteArray("1.") << -1.0;
        QTest::newRow("huge-is-a-day") << QByteArray("99999999999999999999") << 86400.0;
        QTest::newRow("very-long") << QByteArray(4000, '9') << -1.0;
    }
    void hostileNumbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, seconds);
        const std::optional<double> parsed = RateLimitState::parseSeconds(text);
        QCOMPARE(parsed.value_or(-1), seconds);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RateLimitState::parseRetryAfter(text, now), seconds);
        const auto header = RateLimitState::parse("limit=10, remaining=0, reset=" + text);
        QCOMPARE(header.has_value(), seconds >= 0);
        RateLimitState state;
        state.update("limit=10, remaining=0, reset=" + text, now);
        QVERIFY(state.pacingDelayMs(now) <= 86400 * 1000);
    }

    void hostileWaitsNeverOverflow_data()
    {
        QTest::addColumn<double>("retryAfter");
        QTest::newRow("1e300") << 1e300;
        QTest::newRow("inf") << std::numeric_limits<double>::infinity();
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("max") << std::numeric_limits<double>::max();
    }
    void hostileWaitsNeverOverflow()
    {
        QFETCH(double, retryAfter);
        RetryPolicy policy;
        ApiError error;
        error.kind = ApiError::Kind::RateLimited;
        error.retryAfterSeconds = retryAfter;
        const auto decision = policy.decide(ApiRequest {}, error, 1);
        QVERIFY(decision.delayMs >= 0 && decision.delayMs <= policy.maxRateLimitWaitMs + 5000);
        // The legacy body's rate_reset is clamped where it is read.
        const ApiError legacy = ApiError::fromHttp(
            429, R"({"error": {"message": "slow down", "rate_reset": 1e300, "rate_limit": 240}})");
        QCOMPARE(legacy.retryAfterSeconds, RateLimitState::maxWaitSeconds);
    }

    void waitsAreSaidInWholeUnits_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("fraction") << 0.2 << "Close asks to wait 1 second(s).";
        QTest::newRow("seconds") << 45.0 << "Close asks to wait 45 second(s).";
        QTest::newRow("minutes-rounded-up") << 5401.0 << "Close asks to wait 91 minute(s).";
        QTest::newRow("hours-rounded-up") << 7201.0 << "Close asks to wait 3 hour(s).";
        QTest::newRow("a-day-at-most") << 1e300 << "Close asks to wait 24 hour(s).";
    }
    void waitsAreSaidInWholeUnits()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(ApiError::waitText(seconds), text);
        QVERIFY(ApiError::rateLimitMessage(seconds).endsWith(text));
        QCOMPARE(ApiError::rateLimitMessage(-1), ApiError::tr("Close asks us to slow down (rate limit)."));
    }

    // Found by fuzz_ratelimits: remaining × 10 overflowed an int.
    void hugeRemainingDoesNotOverflow()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        RateLimitState state;
        QVERIFY(state.update("limit=5, remaining=999999980, reset=0.25", now));
        QCOMPARE(state.pacingDelayMs(now), 0);
        QVERIFY(state.update("limit=2147483647, remaining=2147483647, reset=10", now));
        QCOMPARE(state.pacingDelayMs(now), 0);
    }

    void readBackoffGrows()
    {
        RetryPolicy policy;
        policy.jitterShare = 0;
        ApiError error;
        error.kind = ApiError::Kind::Server;
        error.httpStatus = 503;
        QCOMPARE(policy.decide(ApiRequest {}, error, 1).delayMs, 2000);
        QCOMPARE(policy.decide(ApiRequest {}, error, 2).delayMs, 4000);
    }
};

QTEST_GUILESS_MAIN(TestRateLimits)
#include "tst_ratelimits.moc"
