// The real executable as a person starts it from a shell: what it prints and how it exits when it
// cannot show a window (over ssh, in a container, in CI).
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstring>
#include <fstream>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

class TestCommandLine : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };

    QTemporaryDir home;

    QProcessEnvironment environmentFor(const QString &display, const QString &language = "en") const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_LOGGING_RULES", "CLOSE_API_KEY"})
            environment.remove(QString::fromLatin1(name));
        if (!display.isEmpty())
            environment.insert("DISPLAY", display);
        environment.insert("HOME", home.path());
        environment.insert("XDG_CONFIG_HOME", home.filePath("config"));
        environment.insert("XDG_DATA_HOME", home.filePath("data"));
        environment.insert("LANGUAGE", language);
        return environment;
    }

    // Runs draftdesk with these arguments and no window system but `display` (empty: none at all).
    Outcome run(const QStringList &arguments, const QString &display = {}, const QString &language = "en")
    {
        QProcess process;
        process.setProcessEnvironment(environmentFor(display, language));
        process.start(DRAFTDESK_BINARY, arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitCode(), process.exitStatus(),
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

    static constexpr char sentence[]
        = "Draftdesk needs a graphical display; set DISPLAY or run it under xvfb-run.";

private slots:
    void helpAllPrintsWithoutADisplay()
    {
        const Outcome outcome = run({"--help-all"});
        QCOMPARE(outcome.status, QProcess::NormalExit);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains("--demo") && outcome.out.contains("--scenario <FILE>"),
                 qPrintable(outcome.out));
        QVERIFY(outcome.out.contains("-display :1"));
    }

    // A program started in a folder of downloads loads its libraries from the system, never from
    // that folder: a library of the same name lying there would run with the user's rights. (CMake's
    // room for an install RPATH had made every built program look in the current directory first.)
    void librariesAreNotTakenFromTheFolderItStartsIn_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("draftdesk") << QStringLiteral(DRAFTDESK_BINARY) << QStringLiteral("draftdesk");
        QTest::newRow("draftdesk-sandbox")
            << QStringLiteral(SANDBOX_BINARY) << QStringLiteral("draftdesk-sandbox");
    }
    void librariesAreNotTakenFromTheFolderItStartsIn()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        QTemporaryDir downloads;
        QVERIFY(downloads.isValid());
        // Libraries both programs load, as files that are no library at all: loading one fails at once.
        for (const char *library : {"libQt6Core.so.6", "libQt6Network.so.6", "libstdc++.so.6", "libc.so.6",
                                    "libgcc_s.so.1", "libm.so.6"}) {
            QFile file(downloads.filePath(QString::fromLatin1(library)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write("not a library\n") > 0);
        }
        QProcess process;
        process.setProcessEnvironment(environmentFor({}));
        process.setWorkingDirectory(downloads.path());
        process.start(program, {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30000));
        const QString err = QString::fromLocal8Bit(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, qPrintable(err));
        QVERIFY2(QString::fromLocal8Bit(process.readAllStandardOutput()).startsWith(name + u' '),
                 qPrintable(err));
    }

    void windowlessStartsSayOneSentence_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        const QString english = QString::fromLatin1(sentence);
        QTest::newRow("demo, no DISPLAY") << QStringList {"--demo"} << QString() << "en" << english;
        QTest::newRow("open, no DISPLAY") << QStringList {"--open", "acti_1"} << QString() << "en" << english;
        QTest::newRow("plain start, no DISPLAY") << QStringList {} << QString() << "en" << english;
        // A DISPLAY that names no server: Qt's xcb plugin fails inside QApplication's constructor.
        QTest::newRow("demo, dead DISPLAY")
            << QStringList {"--demo"} << QStringLiteral(":4711") << "en" << english;
        // In the user's language, whether the sentence is looked up in the catalogue before any
        // application exists (a plain start) or said by the application that read the options (a
        // start with a warning about them, said first).
        const QString german = QStringLiteral(
            "Draftdesk braucht eine grafische Anzeige; setzen Sie DISPLAY oder starten Sie es mit xvfb-run.");
        QTest::newRow("plain start, dead DISPLAY, German")
            << QStringList {} << QStringLiteral(":4711") << "de" << german;
        QTest::newRow("demo, no DISPLAY, French")
            << QStringList {"--demo"} << QString() << "fr"
            << QStringLiteral("Draftdesk a besoin d’un affichage graphique ; définissez DISPLAY ou lancez-le "
                              "avec xvfb-run.");
        QTest::newRow("warned start, dead DISPLAY, German")
            << QStringList {"--api-base", "http://192.0.2.1/api/v1"} << QStringLiteral(":4711") << "de"
            << QStringLiteral(
                   "http:// schickt Ihren API-Schlüssel unverschlüsselt an 192.0.2.1: Jeder im Netz "
                   "dazwischen kann ihn lesen. Verwenden Sie https://, außer 192.0.2.1 ist ein "
                   "Testserver, dem Sie vertrauen.\n")
                + german;
    }
    void windowlessStartsSayOneSentence()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, display);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const Outcome outcome = run(arguments, display, language);
        QCOMPARE(outcome.status, QProcess::NormalExit); // not SIGABRT
        QCOMPARE(outcome.exitCode, 2);
        QCOMPARE(outcome.err.trimmed(), expected);
        QVERIFY(outcome.out.isEmpty());
    }

    // Two windows on one journal deleted each other's unsaved edits, so a second start brings the
    // first forward instead; a killed first leaves a stale lock that the next start takes over.
    void aSecondStartBringsTheFirstForward()
    {
        QProcess first;
        QProcess next;
        const auto stopAll = qScopeGuard([&] {
            for (QProcess *process : {&first, &next}) {
                ::kill(pid_t(process->processId()), SIGCONT);
                process->kill();
                process->waitForFinished();
            }
        });
        startWindow(first, {"--demo"});
        QVERIFY(QTest::qWaitFor([&] { return lockHolder() == first.processId(); }, 20000));
        const Outcome second = run({"--demo", "-platform", "offscreen", "--open", "acti_x"});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(
            second.out.trimmed(),
            QStringLiteral("Draftdesk is already open with this profile; its window was brought forward."));
        QCOMPARE(first.state(), QProcess::Running);

        // A holder that does not answer (stopped): the second start says which process, and exits 2
        // once the message is closed.
        ::kill(pid_t(first.processId()), SIGSTOP);
        QProcess stuck;
        startWindow(stuck, {"--demo"});
        QString said;
        QVERIFY(QTest::qWaitFor(
            [&] {
                said += QString::fromLocal8Bit(stuck.readAllStandardError());
                return said.contains("does not answer");
            },
            20000));
        QVERIFY2(said.contains(QString("(process %1)").arg(first.processId())), qPrintable(said));
        stuck.kill();
        stuck.waitForFinished();
        ::kill(pid_t(first.processId()), SIGCONT);

        // Killed, its lock is stale: the next start runs and holds the journal itself.
        first.kill();
        first.waitForFinished();
        startWindow(next, {"--demo"});
        QVERIFY(QTest::qWaitFor([&] { return lockHolder() == next.processId(); }, 20000));
        const Outcome third = run({"--demo", "-platform", "offscreen"});
        QCOMPARE(third.exitCode, 0);
        QVERIFY(third.out.contains("brought forward"));
        QCOMPARE(next.state(), QProcess::Running);
        next.kill();
        next.waitForFinished();
    }

    // The window answers only its own user's processes: its socket is abstract (no file whose mode
    // keeps others out), so it asks who is at the other end. Another user (a child of this test that
    // becomes nobody, with raw system calls only) is cut off without an answer. Needs root (CI is).
    void anotherUsersStartIsNotAnswered()
    {
        if (::getuid() != 0)
            QSKIP("becoming another user needs root");
        QProcess window;
        const auto stop = qScopeGuard([&] {
            window.kill();
            window.waitForFinished();
        });
        startWindow(window, {"--demo"});
        QVERIFY(QTest::qWaitFor([&] { return lockHolder() == window.processId(); }, 20000));
        const Outcome ours = run({"--demo", "-platform", "offscreen"}); // this user: answered
        QCOMPARE(ours.exitCode, 0);
        QVERIFY(ours.out.contains("brought forward"));

        const QByteArray name = demoServerName();
        const pid_t child = ::fork();
        if (child == 0) {
            becomeNobody();
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address {};
            const socklen_t length = abstractAddress(name, &address);
            const timeval wait {5, 0};
            ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
            if (::connect(fd, reinterpret_cast<sockaddr *>(&address), length) != 0)
                ::_exit(4);
            const char request[] = "come-forward\n";
            // The window may cut this connection off before the request is written: a plain write()
            // then ends the child with SIGPIPE (seen under the asan preset, where the window answers
            // sooner than the child writes). Cut off is the answer this test waits for.
            if (::send(fd, request, sizeof request - 1, MSG_NOSIGNAL) != ssize_t(sizeof request - 1))
                ::_exit(errno == EPIPE || errno == ECONNRESET ? 0 : 5);
            char answer[64];
            ::_exit(::read(fd, answer, sizeof answer) > 0 ? 1 : 0); // 0: cut off, nothing said
        }
        QVERIFY(child > 0);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QCOMPARE(window.state(), QProcess::Running);
    }

    // The other side of the same check: a second start tells nothing to a socket under the window's
    // name that another user holds (one can take an abstract name before the window listens, and
    // answer as the window would). The start says the window does not answer, and the stranger
    // gets no request (which would name the email being opened). Needs root (CI is).
    void anotherUsersSocketIsNotToldAnything()
    {
        if (::getuid() != 0)
            QSKIP("becoming another user needs root");
        const QByteArray name = demoServerName();
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t stranger = ::fork();
        if (stranger == 0) {
            ::close(ready[0]);
            becomeNobody();
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address {};
            const socklen_t length = abstractAddress(name, &address);
            if (::bind(fd, reinterpret_cast<sockaddr *>(&address), length) != 0 || ::listen(fd, 4) != 0)
                ::_exit(4);
            if (::write(ready[1], "r", 1) != 1)
                ::_exit(5);
            const timeval wait {30, 0};
            ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait); // (accept waits as long)
            const int peer = ::accept(fd, nullptr, nullptr);
            if (peer < 0)
                ::_exit(6); // nobody came
            // Answered as the window would, before anything is asked: a start that believed it
            // would say the window came forward.
            const char answer[] = "came-forward\n";
            ::send(peer, answer, sizeof answer - 1, MSG_NOSIGNAL);
            const timeval readWait {10, 0};
            ::setsockopt(peer, SOL_SOCKET, SO_RCVTIMEO, &readWait, sizeof readWait);
            char request[256];
            const ssize_t got = ::read(peer, request, sizeof request);
            if (got > 0)
                ::_exit(1); // told something
            // Hung up without a word (reset: it left the answer unread).
            ::_exit(got == 0 || errno == ECONNRESET ? 0 : 7);
        }
        QVERIFY(stranger > 0);
        bool reaped = false;
        const auto reap = qScopeGuard([&] {
            if (!reaped) { // a check below failed: the stranger would wait in accept() for 30 s
                ::kill(stranger, SIGKILL);
                ::waitpid(stranger, nullptr, 0);
            }
        });
        ::close(ready[1]);
        char byte = 0;
        QCOMPARE(::read(ready[0], &byte, 1), ssize_t(1)); // the name is the stranger's now
        ::close(ready[0]);

        QProcess window;
        QProcess next;
        const auto stop = qScopeGuard([&] {
            for (QProcess *process : {&window, &next}) {
                process->kill();
                process->waitForFinished();
            }
        });
        startWindow(window, {"--demo"});
        QVERIFY(QTest::qWaitFor([&] { return lockHolder() == window.processId(); }, 20000));
        startWindow(next, {"--demo", "--open", "acti_secret"});
        QString said;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         said += QString::fromLocal8Bit(next.readAllStandardError());
                         return said.contains("does not answer");
                     },
                     20000),
                 qPrintable(said));
        QVERIFY(!QString::fromLocal8Bit(next.readAllStandardOutput()).contains("brought forward"));
        int status = 0;
        QCOMPARE(::waitpid(stranger, &status, 0), stranger);
        reaped = true;
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QCOMPARE(window.state(), QProcess::Running);
    }

    // Qt Network and the nine libraries it brings are loaded after the first frame, with the HTTP
    // module (app/main/HttpModule.h): they are no libraries of the program, which every start loads.
    void qtNetworkIsNoLibraryOfTheProgram()
    {
        QProcess ldd;
        ldd.start("ldd", {DRAFTDESK_BINARY});
        QVERIFY(ldd.waitForFinished(30000));
        const QByteArray libraries = ldd.readAllStandardOutput();
        QVERIFY2(libraries.contains("libQt6Widgets.so"), libraries.constData()); // ldd read it
        QVERIFY2(!libraries.contains("libQt6Network.so") && !libraries.contains("libgssapi_krb5"),
                 libraries.constData());
    }

    // Without its module the program says where it looked, and sends nothing.
    void aMissingHttpModuleIsNamed()
    {
        const QString copy = home.filePath("bin/draftdesk");
        QVERIFY(QDir().mkpath(home.filePath("bin")));
        QVERIFY(QFile::copy(DRAFTDESK_BINARY, copy));
        QProcess process;
        QProcessEnvironment environment = environmentFor({});
        environment.insert("CLOSE_API_KEY", "k");
        process.setProcessEnvironment(environment);
        process.start(copy,
                      QStringList {"--scenario",
                                   DRAFTDESK_TEST_DATA "/../../resources/scenarios/schedule-round-trip.json",
                                   "--api-base", "http://127.0.0.1:9/api/v1"});
        QVERIFY(process.waitForFinished(30000));
        const QString said = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(said.contains("network module is missing")
                     && said.contains(home.filePath("bin/draftdesk-http.so")),
                 qPrintable(said));
    }

    // The demo's sandbox is a child process (draftdesk itself has no HTTP server): it serves the
    // window's list, and it ends with the window, even one that is killed.
    void theDemosSandboxEndsWithItsWindow()
    {
        QProcess window;
        const auto stop = qScopeGuard([&] {
            window.kill();
            window.waitForFinished();
        });
        startWindow(window, {"--demo"});
        qint64 sandbox = 0;
        QVERIFY(QTest::qWaitFor([&] { return (sandbox = childOf(window.processId())) != 0; }, 20000));
        QVERIFY(QFile::symLinkTarget(QString("/proc/%1/exe").arg(sandbox)).endsWith("/draftdesk-sandbox"));
        // Connected to it: the demo's list is stored.
        QVERIFY(QTest::qWaitFor(
            [&] { return !QDir(home.filePath("data/Draftdesk/draftdesk/stores")).isEmpty(QDir::Files); },
            20000));
        // Through the HTTP module, which the window loaded itself (it is no library of the program).
        const auto mapped = [&window] {
            // (/proc files say they are empty: read to the end, not to their size.)
            std::ifstream maps(QString("/proc/%1/maps").arg(window.processId()).toStdString());
            return std::string {std::istreambuf_iterator<char>(maps), std::istreambuf_iterator<char>()};
        };
        QVERIFY(
            QTest::qWaitFor([&] { return mapped().find("/draftdesk-http.so") != std::string::npos; }, 20000));
        QVERIFY(mapped().find("/libQt6Network.so") != std::string::npos);
        window.kill(); // SIGKILL: nothing of its own runs
        window.waitForFinished();
        QVERIFY2(QTest::qWaitFor([&] { return hasEnded(sandbox); }, 10000),
                 "the sandbox outlived its window");
    }

private:
    // The abstract socket name of the demo journal's window (SingleInstance's; uid 0: root).
    QByteArray demoServerName() const
    {
        const QByteArray journal = home.filePath("data/Draftdesk/draftdesk/journal-demo").toUtf8();
        return "draftdesk-0-" + QCryptographicHash::hash(journal, QCryptographicHash::Sha1).toHex().left(20);
    }
    // `name` as an abstract address (a leading NUL, no file) and its length. Safe in a forked child.
    static socklen_t abstractAddress(const QByteArray &name, sockaddr_un *address)
    {
        address->sun_family = AF_UNIX;
        std::memcpy(address->sun_path + 1, name.constData(), size_t(name.size()));
        return socklen_t(offsetof(sockaddr_un, sun_path) + 1 + size_t(name.size()));
    }
    // In a forked child: becomes nobody (another user), or ends with exit code 3.
    static void becomeNobody()
    {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(3);
    }
    // A child process of `parent` (0: none), from /proc.
    static qint64 childOf(qint64 parent)
    {
        const QStringList entries = QDir("/proc").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            QFile stat("/proc/" + entry + "/stat");
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            // "pid (name) state ppid ...": the name may hold spaces, so read after its ')'.
            const QByteArray line = stat.readAll();
            const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (rest.value(1).toLongLong() == parent)
                return entry.toLongLong();
        }
        return 0;
    }
    // Gone, or a zombie that nobody has reaped yet (an orphan's new parent may be slow to).
    static bool hasEnded(qint64 pid)
    {
        QFile stat(QString("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        const QByteArray line = stat.readAll();
        return line.isEmpty() || line.mid(line.lastIndexOf(')') + 2).startsWith('Z');
    }
    // The process id in the demo journal's lock file (QLockFile writes it on the first line).
    qint64 lockHolder() const
    {
        QFile lock(home.filePath("data/Draftdesk/draftdesk/journal-demo/.instance.lock"));
        return lock.open(QIODevice::ReadOnly) ? lock.readLine().trimmed().toLongLong() : 0;
    }

    void startWindow(QProcess &process, const QStringList &arguments)
    {
        QProcessEnvironment environment = environmentFor({});
        environment.insert("QT_QPA_PLATFORM", "offscreen");
        process.setProcessEnvironment(environment);
        process.setReadChannel(QProcess::StandardError);
        process.start(DRAFTDESK_BINARY, arguments);
        QVERIFY(process.waitForStarted());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
