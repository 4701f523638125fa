// The real executable as a person starts it from a shell: what it prints and how it exits when it
// cannot show a window (over ssh, in a container, in CI).
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

    // Runs draftdesk with these arguments and no window system but `display` (empty: none at all).
    Outcome run(const QStringList &arguments, const QString &display = {})
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
        environment.insert("LANGUAGE", "en");
        QProcess process;
        process.setProcessEnvironment(environment);
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

    void windowlessStartsSayOneSentence_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("display");
        QTest::newRow("demo, no DISPLAY") << QStringList {"--demo"} << QString();
        QTest::newRow("open, no DISPLAY") << QStringList {"--open", "acti_1"} << QString();
        QTest::newRow("plain start, no DISPLAY") << QStringList {} << QString();
        // A DISPLAY that names no server: Qt's xcb plugin fails inside QApplication's constructor.
        QTest::newRow("demo, dead DISPLAY") << QStringList {"--demo"} << QStringLiteral(":4711");
    }
    void windowlessStartsSayOneSentence()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, display);
        const Outcome outcome = run(arguments, display);
        QCOMPARE(outcome.status, QProcess::NormalExit); // not SIGABRT
        QCOMPARE(outcome.exitCode, 2);
        QCOMPARE(outcome.err.trimmed(), QString::fromLatin1(sentence));
        QVERIFY(outcome.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
