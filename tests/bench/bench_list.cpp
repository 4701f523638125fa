// Draftdesk's side of the list rows of bench_report, against a draftdesk-sandbox process (a server of
// its own, as Close is):
//   bench_list list BASE KEY URLFILE [ROWSFILE]  every page into EmailListModel (no view) and a new
//                                         store on disk, as the window has it: "bench list_ms"; then
//                                         the same again into that store, opened anew (every later
//                                         start): "bench list_again_ms"; writes the URLs it asked for
//                                         to URLFILE (curl's baseline) and the first page's cells as
//                                         the list shows them to ROWSFILE (bench_baseline table)
//   bench_list sort BASE KEY SUBJECTFILE  loads them (into the model's store, as the window has
//                                         it), then sorts by subject, the click on the header:
//                                         "bench sort_ms"; writes the subjects to SUBJECTFILE
#include "BenchCommon.h"
#include "core/api/CloseClient.h"
#include "core/api/RequestLog.h"
#include "core/list/EmailListModel.h"
#include "core/store/EmailStore.h"
#include "http/QtHttpEngine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace {
bool loadEverything(EmailListModel &model)
{
    bool ok = true;
    QEventLoop loop;
    QObject::connect(&model, &EmailListModel::pageLoaded, &loop, [&](int, bool more) {
        if (!more)
            loop.quit();
    });
    QObject::connect(&model, &EmailListModel::errorOccurred, &loop, [&](const ApiError &error) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error.fullText()));
        ok = false;
        loop.quit();
    });
    model.setQuery({});
    model.loadAll();
    loop.exec();
    return ok;
}

bool writeLines(const QString &path, const QStringList &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(lines.join(QLatin1Char('\n')).toUtf8());
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 5) {
        std::fputs("usage: bench_list list|sort BASE KEY FILE\n", stderr);
        return 2;
    }
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString file = QString::fromLocal8Bit(argv[4]);
    QNetworkAccessManager network;
    QtHttpEngine http {&network};
    CloseClient client(&http);
    client.setBaseUrl(QUrl(QString::fromLocal8Bit(argv[2])));
    client.setApiKey(QString::fromLocal8Bit(argv[3]));
    QTemporaryDir profile;
    const QString storePath = profile.filePath(QStringLiteral("emails.sqlite"));
    std::unique_ptr<EmailStore> store = EmailStore::open(storePath);
    if (!store->isOnDisk()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(store->problem()));
        return 1;
    }
    EmailListModel model(&client);
    model.setStore(store.get());

    QElapsedTimer timer;
    timer.start();
    if (!loadEverything(model))
        return 1;
    const double listMs = bench::millisecondsSince(timer);

    if (mode == u"list") {
        bench::report("list_ms", listMs);
        store->indexPending(); // what the window does once idle, before the next start
        {
            // A later start: the store opened anew, its rows the same as Close's.
            CloseClient again(&http);
            again.setBaseUrl(client.baseUrl());
            again.setApiKey(QString::fromLocal8Bit(argv[3]));
            std::unique_ptr<EmailStore> reopened = EmailStore::open(storePath);
            EmailListModel later(&again);
            later.setStore(reopened.get());
            timer.start();
            if (!loadEverything(later))
                return 1;
            bench::report("list_again_ms", bench::millisecondsSince(timer));
        }
        bench::report("rows", model.rowCount());
        QStringList urls;
        const RequestLog *log = client.requestLog();
        for (int i = 0; i < log->size(); ++i) {
            if (log->at(i).url.path().endsWith(QLatin1String("/activity/email/")))
                urls.append(log->at(i).url.toString(QUrl::FullyEncoded));
            if (qEnvironmentVariableIsSet("BENCH_TRACE"))
                std::fprintf(stderr, "%lld +%lld %s\n", log->at(i).started.toMSecsSinceEpoch() % 100000,
                             log->at(i).durationMs, qPrintable(log->at(i).url.query().right(20)));
        }
        if (argc > 5) {
            QStringList rows;
            for (int row = 0; row < qMin(model.rowCount(), int(EmailListModel::pageSize)); ++row) {
                QStringList cells;
                for (int column = 0; column < model.columnCount(); ++column)
                    cells.append(model.index(row, column)
                                     .data()
                                     .toString()
                                     .replace(QLatin1Char('\t'), QLatin1Char(' '))
                                     .replace(QLatin1Char('\n'), QLatin1Char(' ')));
                rows.append(cells.join(QLatin1Char('\t')));
            }
            if (!writeLines(QString::fromLocal8Bit(argv[5]), rows))
                return 1;
        }
        return writeLines(file, urls) ? 0 : 1;
    }
    if (mode == u"sort") {
        QStringList subjects;
        subjects.reserve(model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row)
            subjects.append(model.index(row, EmailListModel::SubjectColumn).data().toString());
        timer.start();
        model.sort(EmailListModel::SubjectColumn, Qt::AscendingOrder);
        bench::report("sort_ms", bench::millisecondsSince(timer));
        return writeLines(file, subjects) ? 0 : 1;
    }
    return 2;
}
