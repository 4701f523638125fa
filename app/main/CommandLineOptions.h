#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the user asked for on the command line. Parsing is separate from main() so that it is tested
// like any other rule, and so that --help/--version can be answered before any window exists.
class CommandLineOptions final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    enum class Action { Run, ShowHelp, ShowVersion, Fail };

    Action action = Action::Run;
    QString message; // help text, version line or error, for Action != Run
    QUrl apiBase; // empty: the saved setting, else https://api.close.com/api/v1
    QString openId; // an activity to open at start
    bool demo = false; // run on the built-in sandbox
    QString scenario; // replay this scenario file without a window, then exit
    QString profile; // --scenario against this connection profile's base URL
    bool allowSend = false; // --scenario may run steps that send, against any server
    QString report; // --scenario also writes a JUnit XML report here
    QStringList warnings; // said on stderr, then the run goes on (an http:// base on another machine)

    static CommandLineOptions parse(const QStringList &arguments);
    // The arguments without Qt's own window system options (-platform offscreen, -style Fusion…):
    // QApplication takes those out itself, but --help and --version are answered before it exists.
    static QStringList withoutQtOptions(const QStringList &arguments);

private:
    // Refused with this sentence.
    static CommandLineOptions failed(const QString &message);
};
