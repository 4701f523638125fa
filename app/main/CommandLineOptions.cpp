#include "main/CommandLineOptions.h"

#include "core/ApiBaseUrl.h"

#include <QCommandLineParser>

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
    parser.addOptions({demo, apiBase, open});

    CommandLineOptions options;
    if (!parser.parse(arguments)) {
        options.action = Action::Fail;
        options.message = parser.errorText();
        return options;
    }
    if (parser.isSet(help)) {
        options.action = Action::ShowHelp;
        options.message = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = Action::ShowVersion;
        options.message
            = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.action = Action::Fail;
        options.message = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return options;
    }
    options.demo = parser.isSet(demo);
    options.openId = parser.value(open).trimmed();
    if (parser.isSet(open) && options.openId.isEmpty()) {
        options.action = Action::Fail;
        options.message = tr("--open needs an email activity id such as acti_…");
        return options;
    }
    if (parser.isSet(apiBase)) {
        const QUrl url(parser.value(apiBase), QUrl::StrictMode);
        if (!ApiBaseUrl::problem(url).isEmpty()) {
            options.action = Action::Fail;
            options.message = tr("--api-base needs an http or https URL such as %1, not \"%2\".")
                                  .arg(ApiBaseUrl::defaultUrl().toString(), parser.value(apiBase));
            return options;
        }
        options.apiBase = url;
    }
    if (options.demo && parser.isSet(apiBase)) {
        options.action = Action::Fail;
        options.message = tr("--demo runs its own sandbox; leave out --api-base.");
    }
    return options;
}
