// Draftdesk's entry point: reads the command line and wires core, sandbox and ui together.
#include "CloseClient.h"
#include "CommandLineOptions.h"
#include "DemoData.h"
#include "DemoSandbox.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Draftdesk"));
    QApplication::setOrganizationDomain(QStringLiteral("draftdesk.app"));
    QApplication::setApplicationName(QStringLiteral("draftdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Draftdesk"));
    QApplication::setApplicationVersion(QStringLiteral(DRAFTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("app.draftdesk.Draftdesk"));
    Translations::install(app);

    const CommandLineOptions options = CommandLineOptions::parse(QApplication::arguments());
    switch (options.action) {
    case CommandLineOptions::Action::ShowHelp:
    case CommandLineOptions::Action::ShowVersion:
        QTextStream(stdout) << options.message << Qt::endl;
        return 0;
    case CommandLineOptions::Action::Fail:
        QTextStream(stderr) << options.message << Qt::endl;
        return 2;
    case CommandLineOptions::Action::Run:
        break;
    }

    QNetworkAccessManager network;
    CloseClient client(&network);
    MainWindow window;

    DemoSandbox demo;
    if (options.demo) {
        QLoggingCategory::setFilterRules(QStringLiteral("draftdesk.sandbox.info=false"));
        QString error;
        if (!demo.start(DemoData::defaultEmailCount, &error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Demo"), error);
            return 1;
        }
        client.setBaseUrl(demo.baseUrl());
        client.setApiKey(demo.apiKey());
    } else {
        client.setBaseUrl(options.apiBase.isEmpty() ? CommandLineOptions::defaultApiBase() : options.apiBase);
        // Used as given, never stored (settings and the keychain come with the accounts issue).
        client.setApiKey(qEnvironmentVariable("CLOSE_API_KEY"));
    }
    const QString where = options.demo
        ? QApplication::translate("main", "Demo sandbox on %1").arg(client.baseUrl().authority())
        : client.baseUrl().toString();
    window.setConnectionDescription(QApplication::translate("main", "Connecting to %1…").arg(where));
    if (client.hasCredentials()) {
        ApiCall *me = client.me();
        QObject::connect(me, &ApiCall::finished, &window, [&window, where](const ApiResult &result) {
            if (result.ok()) {
                const QJsonObject user = result.object();
                window.setConnectionDescription(QApplication::translate("main", "%1 · %2")
                                                    .arg(user.value(u"display_name").toString(), where));
            } else {
                window.setConnectionDescription(
                    QApplication::translate("main", "%1: %2").arg(where, result.error.message));
            }
        });
    } else {
        window.setConnectionDescription(
            QApplication::translate("main", "%1: no API key (set CLOSE_API_KEY, or try --demo)").arg(where));
    }
    window.show();
    return QApplication::exec();
}
