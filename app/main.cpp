// Draftdesk's entry point: reads the command line and wires core, sandbox and ui together.
#include "CommandLineOptions.h"
#include "DemoData.h"
#include "DemoSandbox.h"
#include "DraftJournal.h"
#include "KeychainCredentialStore.h"
#include "MainWindow.h"
#include "Session.h"
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
    KeychainCredentialStore keychain;
    DraftJournal journal(DraftJournal::defaultDirectory());
    Session session(&network, &keychain, &journal);
    MainWindow window(&session);

    DemoSandbox demo;
    const auto startDemo = [&demo, &session, &window] {
        if (!demo.server()) {
            QLoggingCategory::setFilterRules(QStringLiteral("draftdesk.sandbox.info=false"));
            QString error;
            if (!demo.start(DemoData::defaultEmailCount, &error)) {
                QMessageBox::critical(&window, QApplication::translate("main", "Demo"), error);
                return;
            }
        }
        session.connectWith(demo.baseUrl(), AppSettings::AuthMethod::ApiKey, demo.apiKey(),
                            Session::Origin::Demo);
    };
    QObject::connect(&window, &MainWindow::demoRequested, &window, startDemo);

    if (!options.openId.isEmpty()) {
        auto *opener = new QObject(&window);
        QObject::connect(&session, &Session::stateChanged, opener,
                         [&window, opener, id = options.openId](Session::State state) {
                             if (state != Session::State::Connected)
                                 return;
                             window.openEmail(id);
                             opener->deleteLater();
                         });
    }

    const QString environmentKey = qEnvironmentVariable("CLOSE_API_KEY");
    if (options.demo) {
        startDemo();
    } else if (!environmentKey.isEmpty()) {
        // Used as given and never stored anywhere.
        const QUrl base = options.apiBase.isEmpty() ? AppSettings().baseUrl() : options.apiBase;
        session.connectWith(base, AppSettings::AuthMethod::ApiKey, environmentKey,
                            Session::Origin::Environment);
    } else {
        session.connectFromSettings(options.apiBase);
    }
    window.show();
    return QApplication::exec();
}
