// draftdesk-sandbox: the Close email-activity API emulator on its own, for QA and any HTTP client.
#include "sandbox/DemoData.h"
#include "sandbox/SandboxChurn.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTextStream>

#include <optional>
#include <unistd.h>

namespace {
// The command line, defined once.
struct Options
{
    QCommandLineOption port {QStringLiteral("port"), QStringLiteral("Port to listen on; 0 picks a free one."),
                             QStringLiteral("N"), QStringLiteral("8787")};
    QCommandLineOption key {QStringLiteral("key"), QStringLiteral("The API key the sandbox accepts."),
                            QStringLiteral("KEY"), QStringLiteral("sandbox-demo-key")};
    QCommandLineOption randomKey {
        QStringLiteral("random-key"),
        QStringLiteral("Accept a key made up for this run (printed) instead of --key.")};
    QCommandLineOption quitWithStdin {
        QStringLiteral("quit-with-stdin"),
        QStringLiteral("Quit when standard input closes: started by another program, it ends with it.")};
    QCommandLineOption token {QStringLiteral("token"),
                              QStringLiteral("An OAuth bearer token it also accepts."),
                              QStringLiteral("TOKEN")};
    QCommandLineOption emails {QStringLiteral("emails"), QStringLiteral("How many demo emails to generate."),
                               QStringLiteral("N"), QString::number(DemoData::defaultEmailCount)};
    QCommandLineOption data {
        QStringLiteral("data"),
        QStringLiteral("Keep the store in FILE across restarts (created from the demo data)."),
        QStringLiteral("FILE")};
    QCommandLineOption rateLimit {
        QStringLiteral("rate-limit"),
        QStringLiteral("Turn rate limiting on: N requests per S seconds per endpoint "
                       "group and key (e.g. 60/10)."),
        QStringLiteral("N/S")};
    QCommandLineOption fault {QStringLiteral("fault"),
                              QStringLiteral("Inject a fault (repeatable): 500|502|503|504|429|drop-before|"
                                             "drop-after|malformed|truncated|trickle|echo-key|echo-key-401|"
                                             "bad-utf8|bad-number, optionally xCOUNT, :METHOD, "
                                             "@PATH-PART. Example: drop-after:PUT@/activity/email/"),
                              QStringLiteral("RULE")};
    QCommandLineOption latency {QStringLiteral("latency"), QStringLiteral("Delay every answer by MS."),
                                QStringLiteral("MS")};
    QCommandLineOption share {QStringLiteral("fault-share"),
                              QStringLiteral("Random faults (repeatable): KIND=SHARE with KIND one of 5xx, "
                                             "drop-before, drop-after, malformed, truncated, trickle."),
                              QStringLiteral("KIND=SHARE")};
    QCommandLineOption sendErrors {QStringLiteral("send-error-share"),
                                   QStringLiteral("Share (0..1) of sends that end in status error."),
                                   QStringLiteral("SHARE")};
    QCommandLineOption maxSkip {QStringLiteral("max-skip"),
                                QStringLiteral("The largest _skip the email list accepts (a 400 beyond it)."),
                                QStringLiteral("N"), QString::number(SandboxApi::defaultMaxSkip)};
    QCommandLineOption listOrder {
        QStringLiteral("list-order"),
        QStringLiteral("The email list's order, which Close does not document: newest (date_created "
                       "descending), oldest or scrambled."),
        QStringLiteral("ORDER"), QStringLiteral("newest")};
    QCommandLineOption churn {QStringLiteral("churn"),
                              QStringLiteral("A colleague (the second user) edits, schedules, sends, deletes "
                                             "and writes N drafts a minute, as in Close's web app."),
                              QStringLiteral("N")};
    QCommandLineOption admin {QStringLiteral("admin"),
                              QStringLiteral("The key's owner is an admin: the event log keeps data and "
                                             "previous_data on events older than an hour.")};
};

// "draftdesk-sandbox: MESSAGE" on stderr; the exit status of a refused command line.
int fail(const QString &message)
{
    QTextStream(stderr) << "draftdesk-sandbox: " << message << Qt::endl;
    return 2;
}

// The store from --data, or the demo data; an error sentence when neither can be had.
QString loadStore(const QCommandLineParser &parser, const Options &o, SandboxStore &store,
                  const SandboxClock &clock)
{
    const QString dataFile = parser.value(o.data);
    QString error;
    if (!dataFile.isEmpty() && QFileInfo::exists(dataFile)) {
        if (!store.loadFrom(dataFile, &error))
            return QStringLiteral("cannot read %1: %2").arg(dataFile, error);
        return {};
    }
    bool ok = false;
    const int count = parser.value(o.emails).toInt(&ok);
    if (!ok || count < 0)
        return QStringLiteral("--emails needs a number");
    if (!DemoData::populate(store, count, clock.now(), &error))
        return error;
    return {};
}

// --rate-limit, --fault, --latency and --fault-share; an error sentence for what cannot be read.
QString applyFaults(const QCommandLineParser &parser, const Options &o, SandboxServer &server)
{
    if (parser.isSet(o.rateLimit)) {
        const QStringList parts = parser.value(o.rateLimit).split(QLatin1Char('/'));
        bool okN = false, okS = false;
        const int n = parts.value(0).toInt(&okN);
        const double s = parts.value(1, QStringLiteral("10")).toDouble(&okS);
        if (!okN || !okS || n <= 0 || s <= 0)
            return (QStringLiteral("--rate-limit needs N/S, e.g. 60/10"));
        server.api().rateLimiter().setLimit(n, s);
        server.api().rateLimiter().setEnabled(true);
    }
    for (const QString &text : parser.values(o.fault)) {
        const auto rule = FaultPlan::parseRule(text);
        if (!rule)
            return (QStringLiteral("cannot read --fault %1").arg(text));
        server.faults().add(*rule);
    }
    if (parser.isSet(o.latency))
        server.faults().setLatency(parser.value(o.latency).toInt());
    for (const QString &text : parser.values(o.share)) {
        const QString kind = text.section(QLatin1Char('='), 0, 0);
        const double value = text.section(QLatin1Char('='), 1).toDouble();
        FaultPlan &faults = server.faults();
        if (kind == QLatin1String("5xx"))
            faults.setServerErrorShare(value);
        else if (kind == QLatin1String("drop-before"))
            faults.setDropBeforeShare(value);
        else if (kind == QLatin1String("drop-after"))
            faults.setDropAfterShare(value);
        else if (kind == QLatin1String("malformed"))
            faults.setMalformedShare(value);
        else if (kind == QLatin1String("truncated"))
            faults.setTruncatedShare(value);
        else if (kind == QLatin1String("trickle"))
            faults.setTrickleShare(value);
        else
            return (QStringLiteral("unknown --fault-share kind %1").arg(kind));
    }
    return {};
}

// --max-skip, --list-order and --send-error-share.
QString applyListRules(const QCommandLineParser &parser, const Options &o, SandboxServer &server,
                       SandboxStore &store)
{
    bool maxSkipOk = false;
    const int maxSkipValue = parser.value(o.maxSkip).toInt(&maxSkipOk);
    if (!maxSkipOk || maxSkipValue < 0)
        return (QStringLiteral("--max-skip needs a number"));
    server.api().setMaxSkip(maxSkipValue);
    const QString order = parser.value(o.listOrder);
    if (order == QLatin1String("newest"))
        store.setListOrder(SandboxStore::ListOrder::NewestFirst);
    else if (order == QLatin1String("oldest"))
        store.setListOrder(SandboxStore::ListOrder::OldestFirst);
    else if (order == QLatin1String("scrambled"))
        store.setListOrder(SandboxStore::ListOrder::Scrambled);
    else
        return (QStringLiteral("--list-order needs newest, oldest or scrambled"));
    if (parser.isSet(o.sendErrors))
        server.api().setSendErrorShare(parser.value(o.sendErrors).toDouble());
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("draftdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DRAFTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local emulator of the Close email-activity API on 127.0.0.1, for rehearsal and tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options o;
    parser.addOptions({o.port, o.key, o.randomKey, o.quitWithStdin, o.token, o.emails, o.data, o.rateLimit,
                       o.fault, o.latency, o.share, o.sendErrors, o.maxSkip, o.listOrder, o.churn, o.admin});
    parser.process(app);

    SystemClock clock;
    SandboxStore store;
    if (const QString error = loadStore(parser, o, store, clock); !error.isEmpty())
        return fail(error);
    const QString dataFile = parser.value(o.data);
    SandboxServer server(store, clock);
    // A made-up key is one nothing outside this run can guess (draftdesk --demo reads it from stdout).
    server.api().setApiKey(parser.isSet(o.randomKey) ? SandboxStore::newId(QStringLiteral("demo"))
                                                     : parser.value(o.key));
    server.api().setOAuthToken(parser.value(o.token));
    server.setDataFile(dataFile);
    server.setDueCheckInterval(1000);
    QString error;
    if (!dataFile.isEmpty() && !store.saveTo(dataFile, &error))
        return fail(QStringLiteral("cannot write %1: %2").arg(dataFile, error));
    if (const QString problem = applyFaults(parser, o, server); !problem.isEmpty())
        return fail(problem);
    if (const QString problem = applyListRules(parser, o, server, store); !problem.isEmpty())
        return fail(problem);

    server.api().events().setReaderIsAdmin(parser.isSet(o.admin));
    SandboxChurn churn(store, server.api(), clock);
    if (parser.isSet(o.churn)) {
        bool ok = false;
        const double perMinute = parser.value(o.churn).toDouble(&ok);
        if (!ok || perMinute <= 0)
            return fail(QStringLiteral("--churn needs a number of changes a minute"));
        churn.start(perMinute);
    }

    bool portOk = false;
    const int wanted = parser.value(o.port).toInt(&portOk);
    if (!portOk || wanted < 0 || wanted > 65535)
        return fail(QStringLiteral("--port needs 0..65535"));
    if (!server.start(quint16(wanted)))
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(wanted));

    // The parent's end of the pipe closes when it quits or dies: then this one goes too.
    std::optional<QSocketNotifier> stdinWatch;
    if (parser.isSet(o.quitWithStdin)) {
        stdinWatch.emplace(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(&*stdinWatch, &QSocketNotifier::activated, &app, [&stdinWatch] {
            char buffer[256];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
                stdinWatch->setEnabled(false);
                QCoreApplication::quit();
            }
        });
    }

    QTextStream out(stdout);
    out << "draftdesk-sandbox listening on " << server.baseUrl().toString() << Qt::endl
        << "port: " << server.port() << Qt::endl
        << "API key: " << server.api().apiKey() << "   (curl -u " << server.api().apiKey() << ": …)"
        << Qt::endl
        << "emails: " << store.emailCount() << Qt::endl;
    return QCoreApplication::exec();
}
