// packaging/dev.sh bench: every benchmark row with its baseline in the same run, paired and
// alternating, at least five rounds; prints min and median of each side and the ratio of the medians
// against its target, one line per row ending in "within target" or "over target".
//   bench_report [--rounds N] [--quick-pairs N] [--emails N] [--big N] [--smoke]
// --smoke runs every program once at a tiny size (the CTest entry): it checks they work, not speed.
// Exit code: 0 when every row ran (and, without --smoke, met its target), 1 otherwise.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

struct Samples
{
    QList<double> values;
    void add(double value) { values.append(value); }
    double min() const { return values.isEmpty() ? 0 : *std::min_element(values.cbegin(), values.cend()); }
    double median() const
    {
        if (values.isEmpty())
            return 0;
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype middle = sorted.size() / 2;
        return sorted.size() % 2 ? sorted.at(middle) : (sorted.at(middle - 1) + sorted.at(middle)) / 2;
    }
};

// What a program printed: its "bench NAME VALUE..." lines, and how long it took to print `until`.
struct Run
{
    bool ok = false;
    QHash<QString, QStringList> values;
    double millisecondsToLine = 0;
    QHash<QString, double> millisecondsTo; // each "bench NAME" line, from the start of the process
    double number(const QString &name, int field = 0) const
    {
        return values.value(name).value(field).toDouble();
    }
};

class Runner
{
public:
    Runner(QProcessEnvironment environment, QString errorLog)
        : m_environment(std::move(environment)), m_errorLog(std::move(errorLog))
    { }

    // Runs `program` to its end (or until it prints the line starting with `until`, timed from the
    // start of the process), collecting its bench lines.
    Run run(const QString &program, const QStringList &arguments, const QString &until = {},
            const QProcessEnvironment &extra = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = m_environment;
        for (const QString &key : extra.keys())
            environment.insert(key, extra.value(key));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.setStandardErrorFile(m_errorLog); // a file: an undrained pipe could stall the program
        Run result;
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForStarted(10000)) {
            err << "bench_report: cannot start " << program << ": " << process.errorString() << Qt::endl;
            return result;
        }
        QByteArray pending;
        bool sawUntil = until.isEmpty();
        while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
            if (!process.canReadLine() && !process.waitForReadyRead(120000)
                && process.state() != QProcess::NotRunning) {
                err << "bench_report: " << program << " gave no answer in 120 s" << Qt::endl;
                process.kill();
                process.waitForFinished();
                return result;
            }
            while (process.canReadLine()) {
                const QString line = QString::fromUtf8(process.readLine()).trimmed();
                if (!sawUntil && line.startsWith(until)) {
                    result.millisecondsToLine = double(timer.nsecsElapsed()) / 1e6;
                    sawUntil = true;
                }
                const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (fields.size() >= 3 && fields.first() == u"bench") {
                    result.values.insert(fields.at(1), fields.mid(2));
                    result.millisecondsTo.insert(fields.at(1), double(timer.nsecsElapsed()) / 1e6);
                }
            }
            if (process.state() == QProcess::NotRunning && !process.canReadLine())
                break;
        }
        process.waitForFinished(120000);
        QFile errorLog(m_errorLog);
        const QByteArray errors = errorLog.open(QIODevice::ReadOnly) ? errorLog.readAll() : QByteArray();
        result.ok = sawUntil && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (!result.ok) {
            err << "bench_report: " << QFileInfo(program).fileName() << ' ' << arguments.join(u' ')
                << " failed (exit " << process.exitCode() << ")\n"
                << QString::fromUtf8(errors.right(2000)) << Qt::endl;
        }
        return result;
    }

private:
    QProcessEnvironment m_environment;
    QString m_errorLog;
};

// A draftdesk-sandbox process of its own, as Close would be: its work is not the client's time.
class Sandbox
{
public:
    // Its output goes to a file: a pipe nobody drains would fill up and stop the server mid-run.
    bool start(const QString &program, int emails, const QString &logPath)
    {
        m_process.setStandardOutputFile(logPath);
        m_process.setStandardErrorFile(logPath, QIODevice::Append);
        m_process.start(program,
                        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--emails"),
                         QString::number(emails), QStringLiteral("--key"), key()});
        QFile log(logPath);
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 120000 && m_process.state() != QProcess::NotRunning) {
            if (log.isOpen() || log.open(QIODevice::ReadOnly)) {
                log.seek(0);
                const QString text = QString::fromUtf8(log.readAll());
                const qsizetype at = text.indexOf(QLatin1String("http://127.0.0.1:"));
                if (at >= 0) {
                    m_url = text.mid(at)
                                .section(QLatin1Char('\n'), 0, 0)
                                .section(QLatin1Char(' '), 0, 0)
                                .trimmed();
                    return true;
                }
            }
            m_process.waitForFinished(50); // a short wait for the line, not a fixed sleep
        }
        err << "bench_report: the sandbox did not start; see " << logPath << Qt::endl;
        return false;
    }
    ~Sandbox()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished();
    }
    QString url() const { return m_url; }
    static QString key() { return QStringLiteral("bench-key"); }

private:
    QProcess m_process;
    QString m_url;
};

QString formatMs(double ms)
{
    return ms >= 1000 ? QString::number(ms / 1000, 'f', 2) + QStringLiteral(" s")
                      : QString::number(ms, 'f', ms < 10 ? 2 : 0) + QStringLiteral(" ms");
}

QString formatMiB(double bytes)
{
    return QString::number(bytes / (1024 * 1024), 'f', 1) + QStringLiteral(" MiB");
}

struct Row
{
    QString measure;
    QString ours;
    QString baseline;
    double ratio = 0;
    QString target;
    bool within = false;
};

void print(const Row &row, bool smoke)
{
    out << qSetFieldWidth(44) << Qt::left << row.measure << qSetFieldWidth(0) << "  " << row.ours << "  |  "
        << row.baseline << "  |  " << QString::number(row.ratio, 'f', 2) << QChar(0x00D7) << "  "
        << row.target << "  "
        << (smoke            ? QStringLiteral("(smoke run: not judged)")
                : row.within ? QStringLiteral("within target")
                             : QStringLiteral("over target"))
        << Qt::endl;
}

QString both(const Samples &samples, const std::function<QString(double)> &format)
{
    return QStringLiteral("median %1, min %2").arg(format(samples.median()), format(samples.min()));
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

bool writeCurlConfig(const QString &urlsPath, const QString &configPath)
{
    QFile urls(urlsPath);
    QFile config(configPath);
    if (!urls.open(QIODevice::ReadOnly) || !config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const QByteArray &url : urls.readAll().split('\n')) {
        if (!url.isEmpty())
            config.write("url = \"" + url + "\"\noutput = \"/dev/null\"\n");
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Draftdesk benchmarks against their baselines."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Paired rounds (at least 5; 7 by default)."),
                                          QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption emailsOption(QStringLiteral("emails"),
                                          QStringLiteral("Emails in the list rows."), QStringLiteral("N"),
                                          QStringLiteral("10000"));
    const QCommandLineOption bigOption(QStringLiteral("big"), QStringLiteral("Emails in the Load All row."),
                                       QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"), QStringLiteral("Run every program once at a tiny size; judge nothing."));
    const QCommandLineOption quickOption(
        QStringLiteral("quick-pairs"),
        QStringLiteral(
            "Pairs a round of the list and start rows (5 by default; each is well under a second)."),
        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({roundsOption, quickOption, emailsOption, bigOption, smokeOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int rounds = smoke ? 1 : qMax(5, parser.value(roundsOption).toInt());
    const int quickPairs = smoke ? 1 : qMax(1, parser.value(quickOption).toInt());
    const int emails = smoke ? 300 : parser.value(emailsOption).toInt();
    const int big = smoke ? 600 : parser.value(bigOption).toInt();

    const QString here = QCoreApplication::applicationDirPath();
    const QString draftdesk = QStringLiteral(DRAFTDESK_BIN);
    const QString sandboxProgram = QStringLiteral(SANDBOX_BIN);
    const QString list = here + QStringLiteral("/bench_list");
    const QString editor = here + QStringLiteral("/bench_editor");
    const QString baseline = here + QStringLiteral("/bench_baseline");
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        err << "bench_report: curl is needed for the list baseline (apt-get install curl)" << Qt::endl;
        return 1;
    }

    QTemporaryDir scratch;
    const QString urls = scratch.filePath(QStringLiteral("urls.txt"));
    const QString curlConfig = scratch.filePath(QStringLiteral("curl.conf"));
    const QString subjects = scratch.filePath(QStringLiteral("subjects.txt"));
    const QString body = scratch.filePath(QStringLiteral("body.html"));
    const QString firstRows = scratch.filePath(QStringLiteral("rows.tsv"));
    // Draftdesk starts as a new user's would: empty settings, no journal, no keychain entry.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                       environment.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")));
    for (const char *variable :
         {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString path = scratch.filePath(QString::fromLatin1(variable));
        QDir().mkpath(path);
        environment.insert(QString::fromLatin1(variable), path);
    }
    if (!environment.contains(QStringLiteral("XDG_RUNTIME_DIR"))) {
        const QString runtime = scratch.filePath(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    }
    const Runner runner(environment, scratch.filePath(QStringLiteral("stderr.txt")));

    Sandbox sandbox;
    Sandbox bigSandbox;
    if (!sandbox.start(sandboxProgram, emails, scratch.filePath(QStringLiteral("sandbox.log")))
        || !bigSandbox.start(sandboxProgram, big, scratch.filePath(QStringLiteral("big-sandbox.log"))))
        return 1;
    QProcessEnvironment appEnvironment;
    appEnvironment.insert(QStringLiteral("CLOSE_API_KEY"), Sandbox::key());
    const QStringList appArguments {QStringLiteral("--api-base"), sandbox.url()};
    const QStringList bigAppArguments {QStringLiteral("--api-base"), bigSandbox.url()};

    out << "Draftdesk benchmarks, " << QDateTime::currentDateTime().toString(Qt::ISODate) << Qt::endl
        << "machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " cores, "
        << QSysInfo::prettyProductName() << ", Qt " << qVersion() << Qt::endl
        << rounds << " paired rounds (order alternating), " << quickPairs
        << " pairs a round of the list and start rows; ratio = Draftdesk median / baseline median" << Qt::endl
        << Qt::endl;

    if (!runner.run(editor, {QStringLiteral("dump"), body}).ok)
        return 1;

    Samples listOurs, listAgain, listCurl, startOurs, startRefreshed, startBare, startBareRows, openOurs,
        openCold, openTextEdit, openDocument, sortOurs, sortBare, keyOurs, keyBare, memoryOurs, memoryBare,
        memoryFirst, rowsFirst, rowsAll, loadAllMs, stallMs, bigRows;
    bool allRan = true;
    const auto note = [&allRan](const Run &run) {
        allRan = allRan && run.ok;
        return run;
    };
    for (int round = 0; round < rounds; ++round) {
        // Each pair: Draftdesk and its baseline back to back, which one first alternating from one pair
        // of a row to its next.
        const auto pair
            = [](int pairNumber, const std::function<void()> &ours, const std::function<void()> &theirs) {
                  if (pairNumber % 2 == 0) {
                      ours();
                      theirs();
                  } else {
                      theirs();
                      ours();
                  }
              };
        // The quick rows (the list of 10,000 and the start, each well under a second a pair) run
        // several pairs a round: their medians moved by more than their margins between runs of the
        // same code with seven or nine pairs (docs/benchmarks.md).
        for (int repeat = 0; repeat < quickPairs; ++repeat) {
            const int quickPair = round * quickPairs + repeat;
            pair(
                quickPair,
                [&] {
                    const Run run = note(
                        runner.run(list, {QStringLiteral("list"), sandbox.url(), Sandbox::key(), urls}));
                    listOurs.add(run.number(QStringLiteral("list_ms")));
                    listAgain.add(run.number(QStringLiteral("list_again_ms")));
                },
                [&] {
                    if (!QFile::exists(curlConfig)) {
                        // The first round's URLs: the same pages and _fields the client asked for.
                        const Run first = note(runner.run(
                            list, {QStringLiteral("list"), sandbox.url(), Sandbox::key(), urls, firstRows}));
                        allRan = allRan && writeCurlConfig(urls, curlConfig);
                    }
                    QProcess process;
                    process.start(curl,
                                  {QStringLiteral("--silent"), QStringLiteral("--show-error"),
                                   QStringLiteral("--fail"), QStringLiteral("--user"),
                                   Sandbox::key() + QLatin1Char(':'), QStringLiteral("--write-out"),
                                   QStringLiteral("%{time_total}\\n"), QStringLiteral("--config"),
                                   curlConfig});
                    process.waitForFinished(120000);
                    double total = 0;
                    for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
                        total += line.trimmed().isEmpty() ? 0 : line.toDouble() * 1000;
                    allRan = allRan && process.exitCode() == 0;
                    if (process.exitCode() != 0)
                        err << "bench_report: curl failed: " << process.readAllStandardError() << Qt::endl;
                    listCurl.add(total);
                });
            pair(
                quickPair,
                [&] {
                    QProcessEnvironment extra = appEnvironment;
                    extra.insert(QStringLiteral("DRAFTDESK_BENCH"), QStringLiteral("listed"));
                    const Run run
                        = note(runner.run(draftdesk, appArguments, QStringLiteral("bench listed"), extra));
                    startOurs.add(run.millisecondsToLine);
                    startRefreshed.add(run.millisecondsTo.value(QStringLiteral("refreshed")));
                },
                [&] {
                    // The table first: a program starts about 2 ms faster right after a run of itself (the
                    // empty window's), an edge Draftdesk's start never has.
                    startBareRows.add(note(runner.run(baseline, {QStringLiteral("table"), firstRows},
                                                      QStringLiteral("bench listed")))
                                          .millisecondsToLine);
                    const Run run = note(
                        runner.run(baseline, {QStringLiteral("window")}, QStringLiteral("bench listed")));
                    startBare.add(run.millisecondsToLine);
                    memoryBare.add(run.number(QStringLiteral("window_rss")));
                });
        }
        pair(
            round,
            [&] {
                const Run run = note(runner.run(editor, {QStringLiteral("previewed")}));
                openOurs.add(run.number(QStringLiteral("open_ms")));
                keyOurs.add(run.number(QStringLiteral("key_ms")));
                openCold.add(
                    note(runner.run(editor, {QStringLiteral("open")})).number(QStringLiteral("open_ms")));
            },
            [&] {
                openTextEdit.add(note(runner.run(baseline, {QStringLiteral("textedit"), body}))
                                     .number(QStringLiteral("open_ms")));
                openDocument.add(note(runner.run(baseline, {QStringLiteral("textdocument"), body}))
                                     .number(QStringLiteral("open_ms")));
                keyBare.add(note(runner.run(baseline, {QStringLiteral("keypress"), body}))
                                .number(QStringLiteral("key_ms")));
            });
        pair(
            round,
            [&] {
                const Run run = note(
                    runner.run(list, {QStringLiteral("sort"), sandbox.url(), Sandbox::key(), subjects}));
                sortOurs.add(run.number(QStringLiteral("sort_ms")));
            },
            [&] {
                if (!QFile::exists(subjects))
                    note(runner.run(list, {QStringLiteral("sort"), sandbox.url(), Sandbox::key(), subjects}));
                sortBare.add(note(runner.run(baseline, {QStringLiteral("sort"), subjects}))
                                 .number(QStringLiteral("sort_ms")));
            });
        {
            QProcessEnvironment extra = appEnvironment;
            extra.insert(QStringLiteral("DRAFTDESK_BENCH"), QStringLiteral("loaded"));
            const Run run = note(runner.run(draftdesk, appArguments, {}, extra));
            rowsFirst.add(run.number(QStringLiteral("memory"), 0));
            memoryFirst.add(run.number(QStringLiteral("memory"), 1));
            rowsAll.add(run.number(QStringLiteral("memory"), 2));
            memoryOurs.add(run.number(QStringLiteral("memory"), 3));
            const Run bigRun = note(runner.run(draftdesk, bigAppArguments, {}, extra));
            bigRows.add(bigRun.number(QStringLiteral("loadall"), 0));
            loadAllMs.add(bigRun.number(QStringLiteral("loadall"), 1));
            stallMs.add(bigRun.number(QStringLiteral("loadall"), 2));
        }
        err << "round " << (round + 1) << " of " << rounds << " done" << Qt::endl;
    }

    const auto ratioRow = [](const QString &measure, const Samples &ours, const QString &baselineName,
                             const Samples &theirs, double target) {
        Row row;
        row.measure = measure;
        row.ours = QStringLiteral("Draftdesk ") + both(ours, formatMs);
        row.baseline = baselineName + QLatin1Char(' ') + both(theirs, formatMs);
        row.ratio = ours.median() / qMax(1e-9, theirs.median());
        row.target = QStringLiteral("target ") + QChar(0x2264) + QLatin1Char(' ')
            + QString::number(target, 'f', 2) + QChar(0x00D7);
        row.within = row.ratio <= target;
        return row;
    };
    const QString thousands = QLocale(QLocale::English).toString(emails);
    QList<Row> rows;
    rows.append(ratioRow(QStringLiteral("list %1 rows into the model and a new store on disk").arg(thousands),
                         listOurs, QStringLiteral("curl (keep-alive, same pages and _fields)"), listCurl,
                         1.3));
    rows.append(ratioRow(QStringLiteral("list them again into that store (every later start)"), listAgain,
                         QStringLiteral("curl, same"), listCurl, 1.3));
    rows.append(ratioRow(QStringLiteral("start -> first view with rows (the stored list)"), startOurs,
                         QStringLiteral("bare QMainWindow + QTableView showing the same first rows"),
                         startBareRows, 1.2));
    rows.append(ratioRow(QStringLiteral("open the 1 MB draft in the editor"), openOurs,
                         QStringLiteral("QTextEdit::setHtml + show + painted"), openTextEdit, 1.3));
    rows.append(ratioRow(QStringLiteral("open the 1 MB draft in the editor"), openOurs,
                         QStringLiteral("QTextDocument::setHtml alone"), openDocument, 2.0));
    // Straight from the list, without the preview having sanitized the body first.
    rows.append(ratioRow(QStringLiteral("open the 1 MB draft cold (no preview first)"), openCold,
                         QStringLiteral("QTextEdit::setHtml + show + painted"), openTextEdit, 1.5));
    rows.append(ratioRow(QStringLiteral("sort %1 rows by subject").arg(thousands), sortOurs,
                         QStringLiteral("bare QSortFilterProxyModel, same strings"), sortBare, 1.5));
    {
        Row row;
        const double extra = memoryOurs.median() - memoryBare.median();
        const double slope
            = (memoryOurs.median() - memoryFirst.median()) / qMax(1.0, rowsAll.median() - rowsFirst.median());
        const double fixed = memoryFirst.median() - memoryBare.median() - slope * rowsFirst.median();
        row.measure = QStringLiteral("memory with %1 rows").arg(thousands);
        // A start from the stored list shows every row in its first paint: then there is no slope.
        const bool split = rowsAll.median() - rowsFirst.median() >= 1000;
        row.ours = split ? QStringLiteral("Draftdesk %1 (+%2: fixed %3, %4 B/row)")
                               .arg(formatMiB(memoryOurs.median()), formatMiB(extra), formatMiB(fixed))
                               .arg(qRound(slope))
                         : QStringLiteral("Draftdesk %1 (+%2, the list from the store at start)")
                               .arg(formatMiB(memoryOurs.median()), formatMiB(extra));
        row.baseline = QStringLiteral("bare window %1").arg(formatMiB(memoryBare.median()));
        row.ratio = memoryOurs.median() / qMax(1.0, memoryBare.median());
        row.target = QStringLiteral("target ") + QChar(0x2264) + QStringLiteral(" +20 MiB");
        row.within = extra <= 20 * 1024 * 1024;
        rows.append(row);
    }
    {
        Row row = ratioRow(QStringLiteral("key press at the start of the 1 MB body"), keyOurs,
                           QStringLiteral("bare QTextEdit"), keyBare, 0);
        row.target = QStringLiteral("target ") + QChar(0x2264) + QStringLiteral(" 16 ms per key");
        row.within = keyOurs.median() <= 16;
        rows.append(row);
    }
    {
        Row row;
        row.measure = QStringLiteral("Load All of %1 emails").arg(QLocale(QLocale::English).toString(big));
        row.ours = QStringLiteral("%1 rows in %2; longest UI stall %3")
                       .arg(qRound(bigRows.median()))
                       .arg(both(loadAllMs, formatMs), both(stallMs, formatMs));
        row.baseline = QStringLiteral("stall target 50 ms");
        row.ratio = stallMs.median() / 50.0;
        row.target = QStringLiteral("target: stall ") + QChar(0x2264) + QStringLiteral(" 50 ms");
        row.within = stallMs.median() <= 50 && qRound(bigRows.median()) == big;
        rows.append(row);
    }
    out << Qt::endl;
    bool allWithin = true;
    for (const Row &row : rows) {
        print(row, smoke);
        allWithin = allWithin && row.within;
    }
    out << Qt::endl
        << "not judged: start, an empty bare QMainWindow + QTableView (what a Qt window costs before "
           "any row): "
        << both(startBare, formatMs) << "; Draftdesk / that = "
        << QString::number(startOurs.median() / qMax(1e-9, startBare.median()), 'f', 2) << QChar(0x00D7)
        << Qt::endl
        << "not judged: start -> Close's first page painted over the stored list (its round trip to "
           "the sandbox and what is done with the answer): "
        << both(startRefreshed, formatMs) << "; / the bare table with the same rows = "
        << QString::number(startRefreshed.median() / qMax(1e-9, startBareRows.median()), 'f', 2)
        << QChar(0x00D7) << Qt::endl;
    if (!allRan) {
        err << "bench_report: some programs failed (see above)" << Qt::endl;
        return 1;
    }
    return smoke || allWithin ? 0 : 1;
}
