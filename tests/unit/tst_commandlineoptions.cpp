#include "main/CommandLineOptions.h"

#include <QTest>

class TestCommandLineOptions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName("draftdesk");
        QCoreApplication::setApplicationVersion("1.2.3");
    }

    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QString>("apiBase");
        QTest::addColumn<QString>("openId");
        using A = CommandLineOptions::Action;
        QTest::newRow("nothing") << QStringList {} << int(A::Run) << false << ""
                                 << "";
        QTest::newRow("demo") << QStringList {"--demo"} << int(A::Run) << true << ""
                              << "";
        QTest::newRow("api-base") << QStringList {"--api-base", "http://127.0.0.1:8080/api/v1"} << int(A::Run)
                                  << false << "http://127.0.0.1:8080/api/v1"
                                  << "";
        QTest::newRow("api-base-equals") << QStringList {"--api-base=https://proxy.example.org/close/api/v1"}
                                         << int(A::Run) << false << "https://proxy.example.org/close/api/v1"
                                         << "";
        QTest::newRow("open") << QStringList {"--open", "acti_123"} << int(A::Run) << false << ""
                              << "acti_123";
        QTest::newRow("help") << QStringList {"--help"} << int(A::ShowHelp) << false << ""
                              << "";
        QTest::newRow("help-all") << QStringList {"--help-all"} << int(A::ShowHelp) << false << ""
                                  << "";
        QTest::newRow("api-base-http-far") << QStringList {"--api-base", "http://proxy.example.org/api/v1"}
                                           << int(A::Run) << false << "http://proxy.example.org/api/v1"
                                           << "";
        QTest::newRow("version") << QStringList {"--version"} << int(A::ShowVersion) << false << ""
                                 << "";
        QTest::newRow("unknown-option") << QStringList {"--frobnicate"} << int(A::Fail) << false << ""
                                        << "";
        QTest::newRow("positional") << QStringList {"acti_1"} << int(A::Fail) << false << ""
                                    << "";
        QTest::newRow("api-base-ftp")
            << QStringList {"--api-base", "ftp://example.org"} << int(A::Fail) << false << ""
            << "";
        QTest::newRow("api-base-no-host")
            << QStringList {"--api-base", "https://"} << int(A::Fail) << false << ""
            << "";
        QTest::newRow("api-base-missing-value") << QStringList {"--api-base"} << int(A::Fail) << false << ""
                                                << "";
        QTest::newRow("open-blank") << QStringList {"--open", "  "} << int(A::Fail) << false << ""
                                    << "";
        QTest::newRow("demo-and-api-base") << QStringList {"--demo", "--api-base", "https://x.example/api"}
                                           << int(A::Fail) << true << "https://x.example/api"
                                           << "";
    }
    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, action);
        QFETCH(bool, demo);
        QFETCH(QString, apiBase);
        QFETCH(QString, openId);
        arguments.prepend("draftdesk");
        const CommandLineOptions options = CommandLineOptions::parse(arguments);
        QCOMPARE(int(options.action), action);
        if (options.action == CommandLineOptions::Action::Fail) {
            QVERIFY(!options.message.isEmpty());
            return;
        }
        QCOMPARE(options.demo, demo);
        QCOMPARE(options.apiBase.toString(), apiBase);
        QCOMPARE(options.openId, openId);
    }

    void helpListsTheOptions()
    {
        const CommandLineOptions options = CommandLineOptions::parse({"draftdesk", "--help"});
        for (const char *option : {"--demo", "--api-base <URL>", "--open <ID>", "--version"})
            QVERIFY2(options.message.contains(QLatin1String(option)), option);
    }

    void qtsOwnOptionsAreLeftToQt()
    {
        const QStringList arguments {"draftdesk", "-platform", "offscreen", "--style=Fusion", "-reverse",
                                     "--demo",    "-display",  ":1",        "--open",         "acti_1"};
        QCOMPARE(CommandLineOptions::withoutQtOptions(arguments),
                 (QStringList {"draftdesk", "--demo", "--open", "acti_1"}));
        const CommandLineOptions options
            = CommandLineOptions::parse(CommandLineOptions::withoutQtOptions(arguments));
        QCOMPARE(int(options.action), int(CommandLineOptions::Action::Run));
        QVERIFY(options.demo);
    }

    void clearTextIsWarnedAbout()
    {
        QVERIFY(CommandLineOptions::parse({"draftdesk", "--api-base", "http://proxy.example.org/api/v1"})
                    .warnings.constFirst()
                    .contains("unencrypted"));
        QVERIFY(CommandLineOptions::parse({"draftdesk", "--api-base", "http://127.0.0.1:9/api/v1"})
                    .warnings.isEmpty());
        QVERIFY(CommandLineOptions::parse({"draftdesk", "--api-base", "https://proxy.example.org/api/v1"})
                    .warnings.isEmpty());
    }

    void versionLine()
    {
        QCOMPARE(CommandLineOptions::parse({"draftdesk", "--version"}).message,
                 QStringLiteral("draftdesk 1.2.3"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineOptions)
#include "tst_commandlineoptions.moc"
