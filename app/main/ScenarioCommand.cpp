#include "main/ScenarioCommand.h"

#include "core/api/CloseClient.h"
#include "core/qa/ScenarioReport.h"
#include "core/qa/ScenarioRunner.h"
#include "core/settings/AppSettings.h"
#include "core/settings/ProfileStore.h"
#include "main/DemoSandbox.h"
#include "main/HttpModule.h"

#include <QElapsedTimer>
#include <QEventLoop>

namespace {
bool isThisMachine(const QUrl &url)
{
    return ApiBaseUrl::isLoopback(url);
}

QString column(const QString &text, int width)
{
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text.leftJustified(width);
}
} // namespace

int ScenarioCommand::run(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::optional<Scenario> scenario = Scenario::load(options.scenario, &error);
    if (!scenario) {
        err << tr("draftdesk: cannot read the scenario %1: %2").arg(options.scenario, error) << Qt::endl;
        return 2;
    }

    DemoSandbox demo;
    QUrl base;
    QString key = qEnvironmentVariable("CLOSE_API_KEY");
    if (options.demo) {
        if (!demo.start(&error)) {
            err << tr("draftdesk: the built-in sandbox did not start: %1").arg(error) << Qt::endl;
            return 2;
        }
        base = demo.baseUrl();
        key = demo.apiKey();
    } else if (!options.profile.isEmpty()) {
        const std::optional<ConnectionProfile> profile = ProfileStore().find(options.profile);
        if (!profile) {
            err << tr("draftdesk: there is no connection profile named \"%1\".").arg(options.profile)
                << Qt::endl;
            return 2;
        }
        base = profile->baseUrl;
    } else {
        base = options.apiBase.isEmpty() ? AppSettings().baseUrl() : options.apiBase;
    }
    if (key.isEmpty()) {
        err << tr("draftdesk: set CLOSE_API_KEY to the API key for %1 (or use --demo).").arg(base.toString())
            << Qt::endl;
        return 2;
    }

    HttpModule http;
    http.load(); // no window to show first
    if (!http.isLoaded()) {
        err << "draftdesk: " << http.problem() << Qt::endl;
        return 2;
    }
    CloseClient client(&http);
    client.setBaseUrl(base);
    client.setApiKey(key);
    ScenarioRunner runner(&client, *scenario);
    const bool mayAlwaysSend = isThisMachine(base) || options.allowSend;
    runner.confirmSend = [mayAlwaysSend](int) {
        return mayAlwaysSend;
    };

    out << tr("Scenario \"%1\": %n step(s) against %2", nullptr, int(scenario->steps.size()))
               .arg(scenario->name, client.baseUrl().toString(QUrl::RemoveUserInfo))
        << Qt::endl;
    if (scenario->comparesLess())
        out << tr("This scenario was recorded by an older Draftdesk: only statuses and shapes are compared, "
                  "not the words of a refusal or the values a request set. Record it again to compare them.")
            << Qt::endl;
    out << QStringLiteral("%1  %2  %3  %4  %5")
               .arg(QStringLiteral("#").rightJustified(3), column(tr("request"), 56), tr("want"), tr("got"),
                    tr("result"))
        << Qt::endl;
    QObject::connect(&runner, &ScenarioRunner::stepFinished, &runner,
                     [&out](const ScenarioRunner::StepResult &result) {
                         out << QStringLiteral("%1  %2  %3   %4  %5")
                                    .arg(QString::number(result.step + 1).rightJustified(3),
                                         column(result.request, 56), QString::number(result.expectedStatus),
                                         QString::number(result.status).rightJustified(3),
                                         result.passed ? tr("pass") : tr("FAIL"))
                             << Qt::endl;
                         for (const QString &failure : result.failures)
                             out << QStringLiteral("       ✗ ") << failure << Qt::endl;
                         for (const QString &note : result.notes)
                             out << QStringLiteral("       · ") << note << Qt::endl;
                     });
    QEventLoop loop;
    QObject::connect(&runner, &ScenarioRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    runner.runAll();
    loop.exec();
    if (!options.report.isEmpty()) {
        const QByteArray xml
            = ScenarioReport::junitXml(scenario->name, runner.results(), int(scenario->steps.size()),
                                       runner.abortReason(), clock.elapsed());
        if (!ScenarioReport::write(options.report, xml, &error))
            err << tr("draftdesk: the report %1 was not written: %2").arg(options.report, error) << Qt::endl;
    }
    const auto failed = std::count_if(runner.results().cbegin(), runner.results().cend(),
                                      [](const ScenarioRunner::StepResult &r) { return !r.passed; });
    out << tr("%n step(s) passed", nullptr, int(runner.results().size() - failed)) << QStringLiteral(", ")
        << tr("%n failed.", nullptr, int(failed)) << Qt::endl;
    if (runner.aborted()) {
        err << tr("draftdesk: the scenario could not be run: %1").arg(runner.abortReason()) << Qt::endl;
        return 2;
    }
    return failed == 0 ? 0 : 1;
}
