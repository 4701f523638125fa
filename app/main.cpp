// Draftdesk's entry point: reads the command line and wires core, sandbox and ui together.
#include "CommandLineOptions.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

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

    MainWindow window;
    if (options.demo) {
        window.setConnectionDescription(
            QApplication::translate("main", "Demo: the built-in sandbox arrives with the sandbox issue."));
    } else {
        const QUrl base = options.apiBase.isEmpty() ? CommandLineOptions::defaultApiBase() : options.apiBase;
        window.setConnectionDescription(base.toString());
    }
    window.show();
    return QApplication::exec();
}
