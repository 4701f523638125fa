// Draftdesk's entry point: reads the command line and wires core, sandbox and ui together.
#include "core/drafts/DraftJournal.h"
#include "core/session/Session.h"
#include "core/settings/Translations.h"
#include "main/CommandLineOptions.h"
#include "main/DemoSandbox.h"
#include "main/DisplayCheck.h"
#include "main/FontDatabaseWarmUp.h"
#include "main/HttpModule.h"
#include "main/SingleInstance.h"
#ifdef DRAFTDESK_BENCH_PROBE
#include "main/BenchProbe.h"
#endif
#include "main/ScenarioCommand.h"
#include "secrets/KeychainCredentialStore.h"
#include "ui/common/AppStyle.h"
#include "ui/list/EmailListPanel.h"
#include "ui/window/MainWindow.h"
#include "ui/window/StoredListFirst.h"

#include <QApplication>
#include <QMessageBox>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>

#include <csignal>
#include <optional>

namespace {
void nameTheApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Draftdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("draftdesk.app"));
    QCoreApplication::setApplicationName(QStringLiteral("draftdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DRAFTDESK_VERSION));
}

const char *const noDisplayContext = "main";
const char *const noDisplaySentence
    = QT_TRANSLATE_NOOP("main", "Draftdesk needs a graphical display; set DISPLAY or run it under xvfb-run.");

// A start that only opens the window (no option is answered, nothing to warn about) makes no
// QCoreApplication of its own to parse them: that one, with its settings and translations, was built
// only to be dropped, and cost every start 1.5 ms.
bool isPlainStart(const QStringList &arguments)
{
    const CommandLineOptions options
        = CommandLineOptions::parse(CommandLineOptions::withoutQtOptions(arguments));
    return options.action == CommandLineOptions::Action::Run && options.scenario.isEmpty()
        && options.warnings.isEmpty();
}

// --help, --version and a bad option are answered before any window system is touched, so they
// work over ssh, in a container and in CI, where there is no display. nullopt: go on and run; then
// `noDisplay` is what to say if there is no display after all (translated while a translator is here).
std::optional<int> answerWithoutDisplay(int argc, char *argv[], QString *noDisplay)
{
    QCoreApplication app(argc, argv);
    nameTheApplication();
    Translations::installChosen(app, AppSettings().language());
    *noDisplay = QCoreApplication::translate(noDisplayContext, noDisplaySentence);
    const CommandLineOptions options
        = CommandLineOptions::parse(CommandLineOptions::withoutQtOptions(QCoreApplication::arguments()));
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
    for (const QString &warning : options.warnings)
        QTextStream(stderr) << warning << Qt::endl;
    if (!options.scenario.isEmpty()) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return ScenarioCommand::run(options, out, err);
    }
    return std::nullopt;
}
// A second start on the same journal: the first window comes forward (exit 0), or, when it does not
// answer, the person is told which process holds it (exit 2).
int comeForwardElsewhere(const SingleInstance &instance, const QString &emailId)
{
    if (instance.askHolderToComeForward(emailId) == SingleInstance::Answer::CameForward) {
        QTextStream(stdout) << QApplication::translate(
            "main", "Draftdesk is already open with this profile; its window was brought forward.")
                            << Qt::endl;
        return 0;
    }
    const QString message
        = QApplication::translate("main",
                                  "Draftdesk is already open with this profile (process %1), but it "
                                  "does not answer. Close it or end that process, then start "
                                  "Draftdesk again.")
              .arg(instance.holderPid());
    QTextStream(stderr) << message << Qt::endl;
    QMessageBox::critical(nullptr, QApplication::translate("main", "Draftdesk"), message);
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    FontDatabaseWarmUp fonts; // first: see its header
#ifdef Q_OS_UNIX
    // Under `ulimit -f` a write past the limit would kill the process, and with it every edit not yet
    // saved; ignored, the write fails with EFBIG and the journal reports it like a full disk.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QString noDisplay;
    if (isPlainStart(arguments)) {
        nameTheApplication(); // for the settings' file
        noDisplay = Translations::lookUp(AppSettings().language(), noDisplayContext, noDisplaySentence);
    } else if (const std::optional<int> exitCode = answerWithoutDisplay(argc, argv, &noDisplay)) {
        return *exitCode;
    }
    if (DisplayCheck::plainlyMissing(arguments)) {
        QTextStream(stderr) << noDisplay << Qt::endl;
        return 2;
    }

    DisplayCheck::guardStart(noDisplay);
    QApplication app(argc, argv);
    DisplayCheck::release();
    fonts.applicationExists();
    const auto fontsRead = qScopeGuard([&fonts] { fonts.finish(); }); // before `app` goes
    AppStyle::install();
    nameTheApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Draftdesk"));
    QApplication::setDesktopFileName(QStringLiteral("app.draftdesk.Draftdesk"));
    Translations::installChosen(app, AppSettings().language());
    const CommandLineOptions options = CommandLineOptions::parse(QApplication::arguments());

    // The demo's drafts are not Close's: they get a journal (and so a lock) of their own, and a demo
    // runs beside a window on a real account.
    const QString journalDirectory
        = DraftJournal::defaultDirectory() + (options.demo ? QStringLiteral("-demo") : QString());
    SingleInstance instance(journalDirectory);
    if (!instance.claim())
        return comeForwardElsewhere(instance, options.openId);

    HttpModule http; // loaded once the window's first frame is on screen (see its header)
    KeychainCredentialStore keychain;
    DraftJournal journal(journalDirectory);
    Session session(&http, &keychain, &journal);
    // The emails of each connection, kept on disk: the list shows at once at the next start.
    session.setStoreDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                              + QStringLiteral("/stores"));

    // With a key from the environment the session connects before the window is built, so that the
    // window starts on the list page a connecting session shows. Its first requests (/me/ and the
    // first page of emails) wait for the HTTP module, after the first frame.
    const QString environmentKey = qEnvironmentVariable("CLOSE_API_KEY");
    const bool connectFromEnvironment = !options.demo && !environmentKey.isEmpty();
    if (connectFromEnvironment) {
        // Used as given and never stored anywhere.
        const QUrl base = options.apiBase.isEmpty() ? AppSettings().baseUrl() : options.apiBase;
        session.connectWith(base, AuthMethod::ApiKey, environmentKey, Session::Origin::Environment);
        session.client()->startDueCalls(); // logged now, sent at the module's load
    }

    fonts.waitForConfiguration(); // the window's widgets ask for fonts
    MainWindow window(&session);
#ifdef DRAFTDESK_BENCH_PROBE
    BenchProbe::fromEnvironment(session.emails(), session.client()->requestLog(), window.listPanel()->table(),
                                &window);
#endif

    DemoSandbox demo;
    const auto startDemo = [&demo, &session, &window] {
        if (!demo.isRunning()) {
            QString error;
            if (!demo.start(&error)) {
                QMessageBox::critical(&window, QApplication::translate("main", "Demo"), error);
                return;
            }
        }
        session.connectWith(demo.baseUrl(), AuthMethod::ApiKey, demo.apiKey(), Session::Origin::Demo);
    };
    QObject::connect(&window, &MainWindow::demoRequested, &window, startDemo);

    QObject::connect(&instance, &SingleInstance::comeForwardRequested, &window,
                     [&window](const QString &emailId) {
                         window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
                         window.raise();
                         window.activateWindow();
                         if (!emailId.isEmpty())
                             window.openEmail(emailId);
                     });

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

    // The demo's sandbox answers on this thread and the keychain's answer comes through the event
    // loop: there is nothing to overlap, and the window must exist to show their errors.
    if (options.demo)
        startDemo();
    else if (!connectFromEnvironment)
        session.connectFromSettings(options.apiBase);
    // A start from the stored list shows it before Close's first answers are read (they refresh it).
    StoredListFirst::holdAnswersUntilShown(&session, window.listPanel());
    http.loadAfterFirstFrame(&window);
    window.show();
    return QApplication::exec();
}
