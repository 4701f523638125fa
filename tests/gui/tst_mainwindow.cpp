#include "MainWindow.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QApplication::setApplicationVersion("9.8.7");
        QApplication::setApplicationDisplayName("Draftdesk");
    }

    void opensWithTheFourMenus()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        QCOMPARE(titles, (QStringList {"&File", "&Edit", "&View", "&Help"}));
        QCOMPARE(window.findChild<QAction *>("quitAction")->shortcut(), QKeySequence(QKeySequence::Quit));
    }

    void connectionShowsInTheStatusBar()
    {
        MainWindow window;
        window.setConnectionDescription("Sandbox on 127.0.0.1:1234");
        QCOMPARE(window.findChild<QLabel *>("connectionLabel")->text(),
                 QStringLiteral("Sandbox on 127.0.0.1:1234"));
    }

    void statusBarToggles()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *toggle = window.findChild<QAction *>("statusBarAction");
        toggle->trigger();
        QVERIFY(!window.statusBar()->isVisible());
        toggle->trigger();
        QVERIFY(window.statusBar()->isVisible());
    }

    void aboutNamesVersionQtAndLicence()
    {
        MainWindow window;
        QString text;
        // Read the modal box once it is up, then close it.
        QTimer::singleShot(0, &window, [&text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            text = box->text();
            box->accept();
        });
        window.findChild<QAction *>("aboutAction")->trigger();
        QVERIFY(text.contains("9.8.7"));
        QVERIFY(text.contains(QLatin1String(qVersion())));
        QVERIFY(text.contains("General Public License"));
    }

    void germanMenusWhenTheUserPrefersGerman()
    {
        QCOMPARE(Translations::available(), QStringList {"de"});
        QCOMPARE(Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("de"));
        {
            MainWindow window;
            QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
        }
        // English stays the fallback for a language we do not ship.
        QCOMPARE(Translations::install(*qApp, QLocale(QLocale::Swahili, QLocale::Kenya)), QString());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
