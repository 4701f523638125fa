// What one page of GET /activity/email/ costs the sandbox at ten thousand emails and at a million:
// the pages a Load All asks (date windows and skips, as ListPlan walks them), answered by SandboxApi
// without sockets. The sandbox keeps its emails in list order with an index per lead, user and
// contact, so a page must cost about the same at both sizes:
//   sandbox_page_ms_<N>   the median page           sandbox_page_ratio   1M against 10k (target ≤ 2)
// With --smoke the sizes are 2,000 and 20,000 (CTest).
#include "BenchCommon.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxStore.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <vector>

namespace {
double medianPageMs(int emails)
{
    SandboxStore store;
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < emails; ++i) {
        store.putEmail(QJsonObject {
            {QStringLiteral("id"), QStringLiteral("acti_%1").arg(i, 43, 36, QLatin1Char('0'))},
            {QStringLiteral("status"), QStringLiteral("sent")},
            {QStringLiteral("subject"), QStringLiteral("Subject %1").arg(i)},
            {QStringLiteral("lead_id"), QStringLiteral("lead_%1").arg(i % 5000)},
            {QStringLiteral("user_id"), QStringLiteral("user_%1").arg(i % 40)},
            {QStringLiteral("date_created"), start.addMSecs(qint64(i) * 90000).toString(Qt::ISODateWithMs)}});
    }
    ManualClock clock(start.addYears(5));
    SandboxApi api(store, clock);
    api.setApiKey(QStringLiteral("k"));
    const QByteArray auth = "Basic " + QByteArray("k:").toBase64();
    const auto page = [&](const QUrlQuery &query) {
        SandboxRequest request {"GET",
                                SandboxApi::basePath + QStringLiteral("/activity/email/"),
                                query,
                                {{"Authorization", auth}},
                                {}};
        QElapsedTimer timer;
        timer.start();
        const SandboxResponse response = api.handle(request);
        if (response.status != 200)
            std::fprintf(stderr, "bench: page answered %d\n", response.status);
        return bench::millisecondsSince(timer);
    };
    page({}); // the order is made once, before the first page
    std::vector<double> times;
    const qint64 totalMs = qint64(emails) * 90000;
    for (int i = 0; i < 60; ++i) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("_fields"),
                           QStringLiteral("id,status,subject,lead_id,date_created"));
        query.addQueryItem(QStringLiteral("_limit"), QStringLiteral("100"));
        // A window deep in the list, paged at a skip, then one lead's emails: what Load All and a
        // lead filter ask.
        // (Every page holds 100 emails at both sizes: the same work, so only the finding differs.)
        const QDateTime until = start.addMSecs(totalMs - totalMs * i / 120);
        query.addQueryItem(QStringLiteral("date_created__lt"), until.toString(Qt::ISODateWithMs));
        query.addQueryItem(QStringLiteral("_skip"), QString::number((i * 97) % 1000));
        if (i % 3 == 0) { // one lead's emails, a page of them
            query.removeAllQueryItems(QStringLiteral("_skip"));
            query.addQueryItem(QStringLiteral("lead_id"),
                               QStringLiteral("lead_%1").arg(i * 37 % 5000 % emails));
        }
        times.push_back(page(query));
        if (qEnvironmentVariableIsSet("BENCH_TRACE"))
            std::fprintf(stderr, "%d %s %.3f\n", emails, qPrintable(query.toString()), times.back());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    const int small = smoke ? 2000 : 10000;
    const int big = smoke ? 20000 : 1000000;
    const double smallMs = medianPageMs(small);
    const double bigMs = medianPageMs(big);
    bench::report(qPrintable(QStringLiteral("sandbox_page_ms_%1").arg(small)), smallMs);
    bench::report(qPrintable(QStringLiteral("sandbox_page_ms_%1").arg(big)), bigMs);
    bench::report("sandbox_page_ratio", bigMs / smallMs);
    return 0;
}
