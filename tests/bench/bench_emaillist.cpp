// Benchmark: list 10,000 emails by scrolling a real QTableView to the end, against the sandbox running
// in a thread of its own (as a remote server would be). Prints figures; asserts nothing.
//   build/dev/tests/bench/bench_emaillist [EMAILS]
// Targets (issue 5): no UI stall over 50 ms while paging; memory per row <= 2 KB; small bytes per row.
#include "core/CloseClient.h"
#include "core/EmailFilterModel.h"
#include "core/EmailListModel.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <malloc.h>
#include <unistd.h>

namespace {
qint64 residentBytes()
{
    malloc_trim(0); // hand freed parse buffers back first: we measure what stays alive
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("draftdesk.sandbox*.info=%1")
                                         .arg(qEnvironmentVariableIsSet("BENCH_VERBOSE")
                                                  ? QStringLiteral("true")
                                                  : QStringLiteral("false")));
    const int emails = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTextStream out(stdout);

    // The sandbox runs in a thread of its own, as a remote server would: its work is not UI time.
    QThread worker;
    worker.start();
    QObject context;
    context.moveToThread(&worker);
    SystemClock clock;
    std::unique_ptr<SandboxStore> store;
    std::unique_ptr<SandboxServer> server;
    QUrl url;
    QElapsedTimer setup;
    setup.start();
    QMetaObject::invokeMethod(
        &context,
        [&] {
            store = std::make_unique<SandboxStore>();
            DemoData::populate(*store, emails, clock.now());
            server = std::make_unique<SandboxServer>(*store, clock);
            server->api().setApiKey(QStringLiteral("bench"));
            server->start(0);
            url = server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    out << "sandbox: " << emails << " emails generated in " << setup.elapsed() << " ms at " << url.toString()
        << Qt::endl;

    QNetworkAccessManager network;
    CloseClient client(&network);
    client.setBaseUrl(url);
    client.setApiKey(QStringLiteral("bench"));
    // The inspector's log keeps whole exchanges; measured separately below, so keep it small here.
    client.requestLog()->setCapacity(qMax(200, emails / 100 + 20));
    EmailListModel model(&client);
    EmailFilterModel filter;
    filter.setSourceModel(&model);
    QTableView view;
    view.setModel(&filter);
    view.setSortingEnabled(true);
    view.sortByColumn(-1, Qt::AscendingOrder);
    view.resize(1200, 800);
    view.show();

    // Stall detector: a 5 ms timer; any gap much longer than that is time the UI thread was busy.
    QElapsedTimer tick;
    qint64 maxStall = 0;
    QList<qint64> stalls;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 gap = tick.restart();
        stalls.append(gap);
        maxStall = qMax(maxStall, gap);
    });

    const qint64 rssBefore = residentBytes();
    QElapsedTimer total;
    QEventLoop loop;
    int pages = 0;
    const bool withoutView = qEnvironmentVariableIsSet("BENCH_NO_VIEW"); // isolates the model's own memory
    if (withoutView)
        view.setModel(nullptr);
    QObject::connect(&model, &EmailListModel::pageLoaded, [&](int rows, bool more) {
        ++pages;
        if (!more || rows >= emails)
            loop.quit();
        else if (withoutView)
            QTimer::singleShot(0, &model, [&model] { model.fetchMore({}); });
    });
    // The user keeps dragging the scroll bar to the end, 60 times a second; the view itself asks the
    // model for more (canFetchMore/fetchMore) whenever it reaches the bottom.
    QTimer user;
    user.setInterval(16);
    QObject::connect(&user, &QTimer::timeout, &view, [&view] {
        QScrollBar *bar = view.verticalScrollBar();
        if (bar->value() != bar->maximum())
            bar->setValue(bar->maximum());
    });
    user.start();
    QObject::connect(&model, &EmailListModel::errorOccurred, [&](const ApiError &error) {
        out << "error: " << error.fullText() << Qt::endl;
        loop.quit();
    });
    total.start();
    tick.start();
    heartbeat.start();
    model.setQuery({});
    loop.exec();
    heartbeat.stop();
    const qint64 elapsed = total.elapsed();
    const qint64 rssAfter = residentBytes();

    qint64 bytes = 0;
    int pageRequests = 0;
    for (int i = 0; i < client.requestLog()->size(); ++i) {
        const Exchange &e = client.requestLog()->at(i);
        if (e.url.path().endsWith(QLatin1String("/activity/email/"))) {
            bytes += e.responseSize;
            ++pageRequests;
        }
    }
    std::sort(stalls.begin(), stalls.end());
    const qint64 p99 = stalls.isEmpty() ? 0 : stalls.at(qsizetype(stalls.size() * 0.99));
    const int rows = model.rowCount();
    out << "rows loaded:         " << rows << " in " << pages << " pages, " << elapsed << " ms ("
        << (elapsed * 1000 / qMax(rows, 1)) << " us/row)" << Qt::endl;
    out << "UI stall:            max " << maxStall << " ms, p99 " << p99
        << " ms (heartbeat 5 ms; target: max <= 50 ms)" << Qt::endl;
    out << "bytes per row:       " << (pageRequests ? bytes / qMax(rows, 1) : -1)
        << " (response bytes of the " << qMin(pageRequests, 200)
        << " logged pages / rows; _fields keeps bodies out)" << Qt::endl;
    qint64 logBytes = 0;
    for (int i = 0; i < client.requestLog()->size(); ++i)
        logBytes
            += client.requestLog()->at(i).responseBody.size() + client.requestLog()->at(i).requestBody.size();
    out << "memory per row:      " << (rssAfter - rssBefore) / qMax(rows, 1)
        << " bytes RSS growth, of which the request log's " << logBytes / qMax(rows, 1)
        << " bytes (target <= 2048)" << Qt::endl;

    // Sorting and filtering 10,000 rows on the client.
    QElapsedTimer op;
    op.start();
    view.sortByColumn(EmailListModel::SubjectColumn, Qt::AscendingOrder);
    out << "sort by subject:     " << op.elapsed() << " ms" << Qt::endl;
    op.restart();
    filter.setStatusFilter(EmailStatus::Draft);
    out << "filter drafts:       " << op.elapsed() << " ms -> " << filter.rowCount() << " rows" << Qt::endl;
    op.restart();
    filter.setSearchText(QStringLiteral("jacket"));
    out << "search 'jacket':     " << op.elapsed() << " ms -> " << filter.rowCount() << " rows" << Qt::endl;

    QMetaObject::invokeMethod(
        &context,
        [&] {
            server.reset();
            store.reset();
        },
        Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    return 0;
}
