#include "main/CommandLineOptions.h"

#include "core/api/ApiBaseUrl.h"

#include <QCommandLineParser>

CommandLineOptions CommandLineOptions::failed(const QString &message)
{
    CommandLineOptions options;
    options.action = Action::Fail;
    options.message = message;
    return options;
}

QStringList CommandLineOptions::withoutQtOptions(const QStringList &arguments)
{
    // QGuiApplication's and QApplication's options, as their documentation lists them.
    static const QStringList withValue {QStringLiteral("platform"),
                                        QStringLiteral("platformpluginpath"),
                                        QStringLiteral("platformtheme"),
                                        QStringLiteral("plugin"),
                                        QStringLiteral("qwindowgeometry"),
                                        QStringLiteral("qwindowicon"),
                                        QStringLiteral("qwindowtitle"),
                                        QStringLiteral("display"),
                                        QStringLiteral("geometry"),
                                        QStringLiteral("style"),
                                        QStringLiteral("stylesheet"),
                                        QStringLiteral("session"),
                                        QStringLiteral("name"),
                                        QStringLiteral("title"),
                                        QStringLiteral("visual"),
                                        QStringLiteral("qmljsdebugger")};
    static const QStringList flags {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                    QStringLiteral("nograb"), QStringLiteral("dograb"),
                                    QStringLiteral("sync")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString name = argument;
        if (i == 0 || !name.startsWith(QLatin1Char('-'))) {
            kept.append(argument);
            continue;
        }
        name.remove(0, name.startsWith(QLatin1String("--")) ? 2 : 1);
        const QString bare = name.section(QLatin1Char('='), 0, 0);
        if (withValue.contains(bare)) {
            if (!name.contains(QLatin1Char('=')))
                ++i; // its value follows
            continue;
        }
        if (!flags.contains(name))
            kept.append(argument);
    }
    return kept;
}

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Draftdesk: write, check and send Close CRM email drafts."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start on the built-in sandbox with demo data (no account needed)."));
    const QCommandLineOption apiBase(
        QStringLiteral("api-base"),
        tr("Talk to the Close API at URL (default %1).").arg(ApiBaseUrl::defaultUrl().toString()), tr("URL"));
    const QCommandLineOption open(QStringLiteral("open"), tr("Open the email activity ID at start."),
                                  tr("ID"));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        tr("Replay the scenario in FILE without a window and print a pass/fail table. Exit status: 0 when "
           "every step passed; 1 when a step's answer differs from the recording (status, shape, the "
           "words of a refusal, the values the request set); 2 when the scenario could not be run: the "
           "file cannot be read, no connection could be set up (refused, DNS, TLS), or the key is "
           "refused on the first step (it stops there and says why). The key comes from CLOSE_API_KEY "
           "(or the built-in sandbox with --demo)."),
        tr("FILE"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("With --scenario: use the base URL of this connection profile."),
                                     tr("NAME"));
    const QCommandLineOption allowSend(
        QStringLiteral("allow-send"),
        tr("With --scenario: run steps that could send an email against a server that is not on this "
           "machine (on 127.0.0.1 they always run)."));
    const QCommandLineOption report(
        QStringLiteral("report"),
        tr("With --scenario: also write a JUnit XML report to FILE (one test case "
           "per step), for CI systems."),
        tr("FILE"));
    parser.addOptions({demo, apiBase, open, scenario, profile, allowSend, report});

    CommandLineOptions options;
    if (!parser.parse(arguments))
        return failed(parser.errorText());
    if (parser.isSet(help)) {
        options.action = Action::ShowHelp;
        options.message = parser.helpText();
        return options;
    }
    // addHelpOption() also offers --help-all, which QCommandLineParser::process() would answer by
    // making Qt's window system options known, and that needs a display; here it is answered as text.
    if (parser.isSet(QStringLiteral("help-all"))) {
        options.action = Action::ShowHelp;
        options.message = parser.helpText() + QLatin1Char('\n')
            + tr("Qt's own options work too, for example -display :1, -style Fusion, -reverse and "
                 "-qwindowgeometry 900x600.");
        return options;
    }
    if (parser.isSet(version)) {
        options.action = Action::ShowVersion;
        options.message
            = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return failed(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    options.demo = parser.isSet(demo);
    options.scenario = parser.value(scenario);
    options.profile = parser.value(profile);
    options.allowSend = parser.isSet(allowSend);
    options.report = parser.value(report);
    if ((parser.isSet(profile) || options.allowSend || parser.isSet(report)) && options.scenario.isEmpty())
        return failed(tr("--profile, --allow-send and --report go with --scenario."));
    if (parser.isSet(profile) && (parser.isSet(apiBase) || options.demo))
        return failed(tr("Give one of --profile, --api-base and --demo."));
    options.openId = parser.value(open).trimmed();
    if (parser.isSet(open) && options.openId.isEmpty())
        return failed(tr("--open needs an email activity id such as acti_…"));
    if (parser.isSet(apiBase)) {
        const QUrl url(parser.value(apiBase), QUrl::StrictMode);
        if (!ApiBaseUrl::problem(url).isEmpty()) {
            return failed(tr("--api-base needs an http or https URL such as %1, not \"%2\".")
                              .arg(ApiBaseUrl::defaultUrl().toString(), parser.value(apiBase)));
        }
        options.apiBase = url;
        if (const QString warning = ApiBaseUrl::clearTextWarning(url); !warning.isEmpty())
            options.warnings.append(warning);
    }
    if (options.demo && parser.isSet(apiBase))
        return failed(tr("--demo runs its own sandbox; leave out --api-base."));
    return options;
}
