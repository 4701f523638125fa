// The layers are a promise: core never sees a widget, ui never speaks HTTP or JSON, and each area of
// core and ui includes only the areas below it. This test reads the sources so that a stray #include
// fails CI rather than a code review.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {
using namespace Qt::StringLiterals;

// Which area may include which. An area is a folder: "core/drafts" is app/core/drafts, "ui/editor" is
// ui/editor, "sandbox" is app/sandbox. Every area may include itself; nothing else is allowed unless
// it is listed here. Lowest first: an area lists only areas above it in this table.
const QHash<QString, QSet<QString>> &allowedIncludes()
{
    static const QSet<QString> core {"core/base"_L1,     "core/api"_L1,    "core/email"_L1, "core/store"_L1,
                                     "core/list"_L1,     "core/drafts"_L1, "core/sync"_L1,  "core/qa"_L1,
                                     "core/settings"_L1, "core/session"_L1};
    static const QSet<QString> widgetsBelow = core + QSet<QString> {"richtext"_L1, "ui/common"_L1};
    static const QHash<QString, QSet<QString>> table {
        {"core/base"_L1, {}},
        {"core/api"_L1, {"core/base"_L1}},
        {"core/email"_L1, {"core/base"_L1}},
        {"core/store"_L1, {"core/base"_L1, "core/email"_L1}},
        {"core/list"_L1, {"core/base"_L1, "core/api"_L1, "core/email"_L1, "core/store"_L1}},
        {"core/drafts"_L1, {"core/base"_L1, "core/api"_L1, "core/email"_L1, "core/store"_L1, "core/list"_L1}},
        {"core/sync"_L1,
         {"core/base"_L1, "core/api"_L1, "core/email"_L1, "core/store"_L1, "core/list"_L1, "core/drafts"_L1}},
        {"core/qa"_L1, {"core/base"_L1, "core/api"_L1, "core/email"_L1}},
        {"core/settings"_L1, {"core/base"_L1, "core/api"_L1}},
        {"core/session"_L1, core},
        // The rich-text rules (QtGui) and the sandbox stand beside core: the sandbox shares only its
        // value types, never the client it is tested against.
        {"richtext"_L1, {"core/base"_L1}}, // value types only: what shown text may cost
        {"sandbox"_L1, {"core/base"_L1, "core/email"_L1}},
        {"secrets"_L1, {"core/base"_L1, "core/settings"_L1}},
        {"http"_L1, {"core/api"_L1}}, // HttpEngine.h, header-only: the module has nothing of the program
        {"ui/common"_L1, core + QSet<QString> {"richtext"_L1}},
        {"ui/dialogs"_L1, widgetsBelow},
        {"ui/list"_L1, widgetsBelow},
        {"ui/inspector"_L1, widgetsBelow},
        {"ui/editor"_L1, widgetsBelow + QSet<QString> {"ui/dialogs"_L1}},
        {"ui/window"_L1,
         widgetsBelow + QSet<QString> {"ui/dialogs"_L1, "ui/list"_L1, "ui/inspector"_L1, "ui/editor"_L1}},
    };
    return table;
}

// The area of a source file, from its path below the source directory ("" when it has none).
QString areaOfFile(const QString &relativePath)
{
    static const QRegularExpression pattern(uR"(^(?:app/(core/[a-z]+|[a-z]+)|(ui/[a-z]+))/)"_s);
    const QRegularExpressionMatch m = pattern.match(relativePath);
    if (!m.hasMatch())
        return {};
    return m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
}

// The area an include names ("core/drafts/DraftSession.h" → "core/drafts"), or "" for a system header.
QString areaOfInclude(const QString &line)
{
    // (Not a raw string: moc 6.4 misreads one with quotes inside.)
    static const QRegularExpression pattern(QStringLiteral("^#include \"((?:core|ui)/[a-z]+|[a-z]+)/"));
    const QRegularExpressionMatch m = pattern.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

// "" when `file` may include what `line` names, else why not.
QString layeringOffence(const QString &file, const QString &line)
{
    const QString from = areaOfFile(file);
    const QString to = areaOfInclude(line);
    if (to.isEmpty() || to == from || from == "main"_L1)
        return {};
    const auto rule = allowedIncludes().constFind(from);
    if (rule == allowedIncludes().cend())
        return file + ": not in an area the layering table knows"_L1;
    if (!rule->contains(to))
        return file + ": "_L1 + from + " may not include "_L1 + to + ": "_L1 + line;
    return {};
}

// The quoted form of a project header, as an include line names it.
QString include(const char *path)
{
    return u'"' + QLatin1String(path) + u'"';
}

struct Source
{
    QString relativePath;
    QStringList lines;
};

QList<Source> sourcesUnder(const QString &dir)
{
    QList<Source> sources;
    const QString root = QStringLiteral(DRAFTDESK_SOURCE_DIR "/");
    QDirIterator it(root + dir, {"*.h"_L1, "*.cpp"_L1}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        sources.append({path.mid(root.size()), QString::fromUtf8(file.readAll()).split(u'\n')});
    }
    return sources;
}

QStringList offendingIncludes(const QString &dir, const QRegularExpression &forbidden)
{
    QStringList offences;
    for (const Source &source : sourcesUnder(dir)) {
        for (const QString &line : source.lines) {
            if (line.startsWith("#include"_L1) && forbidden.match(line).hasMatch())
                offences.append(source.relativePath + ": "_L1 + line);
        }
    }
    return offences;
}
} // namespace

class TestLayering final : public QObject
{
    Q_OBJECT

private slots:
    void coreHasNoWidgets()
    {
        const QRegularExpression widgets(
            uR"(<(QtWidgets/|QWidget|QMainWindow|QDialog|QApplication|QAbstractItemView|QLabel|QTextEdit)\b)"_s);
        const QStringList offences = offendingIncludes("app/core"_L1, widgets);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
    }

    void uiHasNoHttpOrJson()
    {
        const QRegularExpression network(uR"(<(QtNetwork/|QNetwork\w*|QJson\w*|QHttp\w*)\b)"_s);
        const QStringList offences = offendingIncludes("ui"_L1, network);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
    }

    // Qt Network is loaded after the window's first frame (app/main/HttpModule.h): only the HTTP
    // engine (app/http) and the sandbox, a program of its own, may use it; a Qt Network class
    // anywhere else would make it a library of every start again (tst_commandline checks the program).
    void onlyTheHttpEngineUsesQtNetwork()
    {
        const QRegularExpression network(
            uR"(<(QtNetwork/|QNetwork\w*|QHttp\w*|QLocal(Socket|Server)|QTcp\w*|QSsl\w*|QHostAddress|QAbstractSocket)\b)"_s);
        QStringList offences;
        for (const char *dir : {"app/core", "app/main", "app/secrets", "app/richtext", "ui"})
            offences += offendingIncludes(QLatin1String(dir), network);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
    }

    void uiNeverTouchesJsonOrRequests()
    {
        // Not even through a core header: a ui file that names a JSON or network type is doing core's job.
        const QList<Source> sources = sourcesUnder("ui"_L1);
        QVERIFY(sources.size() > 20); // every folder of ui is read
        QStringList offences;
        const QRegularExpression forbidden(uR"(\b(QJson\w*|QNetwork\w*|ApiCall|ApiRequest)\b)"_s);
        for (const Source &source : sources) {
            const QRegularExpressionMatch m = forbidden.match(source.lines.join(u'\n'));
            if (m.hasMatch())
                offences.append(source.relativePath + ": "_L1 + m.captured(0));
        }
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
    }

    void theCheckItselfWorks()
    {
        // Guard against a check that cannot fail: the tests directory does include QJson headers.
        const QStringList offences
            = offendingIncludes("tests/unit"_L1, QRegularExpression(uR"(<QJson\w*)"_s));
        QVERIFY(!offences.isEmpty());
    }

    // Includes name the area ("core/drafts/DraftSession.h", "ui/editor/DraftEditor.h"), so a reader
    // sees at the top of a file which areas it leans on.
    void projectIncludesNameTheirArea()
    {
        // (Not a raw string: moc 6.4 reads an include directive inside one as its own.)
        // Designer's generated headers (ui_DraftForm.h) are the one exception.
        const QRegularExpression bare(QStringLiteral("^#include \"((?!ui_)[^/\"]+|(core|ui)/[^/\"]+)\\.h\""));
        QStringList offences = offendingIncludes("app"_L1, bare);
        offences += offendingIncludes("ui"_L1, bare);
        offences += offendingIncludes(
            "tests"_L1, QRegularExpression(QStringLiteral("^#include \"(core|ui)/[^/\"]+\\.h\"")));
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
        QVERIFY(!offendingIncludes("tests/contract"_L1, bare).isEmpty()); // "HttpProbe.h": the check can fail
    }

    // Every product source lives in an area folder; none is left in app/core or ui themselves.
    void everySourceIsInAnArea()
    {
        QStringList loose;
        for (const QLatin1String dir : {"app"_L1, "ui"_L1}) {
            for (const Source &source : sourcesUnder(dir)) {
                const QString area = areaOfFile(source.relativePath);
                if (area.isEmpty() || area == "core"_L1
                    || (area != "main"_L1 && !allowedIncludes().contains(area)))
                    loose.append(source.relativePath);
            }
        }
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(u'\n')));
    }

    void areasIncludeOnlyTheAreasBelowThem()
    {
        QStringList offences;
        for (const QLatin1String dir : {"app"_L1, "ui"_L1}) {
            for (const Source &source : sourcesUnder(dir)) {
                for (const QString &line : source.lines) {
                    const QString offence = layeringOffence(source.relativePath, line);
                    if (!offence.isEmpty())
                        offences.append(offence);
                }
            }
        }
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
    }

    void theAreaTableIsAnOrder()
    {
        // Each area may include only areas earlier in this list, so no two areas can ever include each
        // other, directly or around a longer circle.
        const QStringList lowestFirst {
            "core/base"_L1,   "core/api"_L1,  "core/email"_L1,   "core/store"_L1,    "core/list"_L1,
            "core/drafts"_L1, "core/sync"_L1, "core/qa"_L1,      "core/settings"_L1, "core/session"_L1,
            "richtext"_L1,    "sandbox"_L1,   "secrets"_L1,      "http"_L1,          "ui/common"_L1,
            "ui/dialogs"_L1,  "ui/list"_L1,   "ui/inspector"_L1, "ui/editor"_L1,     "ui/window"_L1};
        const auto &table = allowedIncludes();
        QCOMPARE(lowestFirst.size(), table.size());
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            for (const QString &below : it.value()) {
                QVERIFY2(below == it.key() || lowestFirst.indexOf(below) < lowestFirst.indexOf(it.key()),
                         qPrintable(it.key() + " may include "_L1 + below + ", which is not below it"_L1));
            }
        }
    }

    void theAreaCheckCanFail_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("include");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("base-up-to-api")
            << "app/core/base/EmailAddress.cpp" << include("core/api/CloseClient.h") << false;
        QTest::newRow("api-down-to-base")
            << "app/core/api/EmailQuery.cpp" << include("core/base/IsoDateTime.h") << true;
        QTest::newRow("list-up-to-drafts")
            << "app/core/list/EmailListModel.cpp" << include("core/drafts/Drafts.h") << false;
        QTest::newRow("settings-up-to-drafts")
            << "app/core/settings/AppSettings.cpp" << include("core/drafts/SpellChecker.h") << false;
        QTest::newRow("sandbox-to-client")
            << "app/sandbox/SandboxApi.cpp" << include("core/api/CloseClient.h") << false;
        QTest::newRow("common-up-to-editor")
            << "ui/common/Tone.cpp" << include("ui/editor/DraftEditor.h") << false;
        QTest::newRow("editor-to-dialogs")
            << "ui/editor/DraftEditor.cpp" << include("ui/dialogs/SendDialog.h") << true;
        QTest::newRow("ui-to-sandbox")
            << "ui/window/MainWindow.cpp" << include("sandbox/DemoData.h") << false;
        QTest::newRow("system-header") << "app/core/base/BidiText.cpp" << QString("<QString>") << true;
    }

    void theAreaCheckCanFail()
    {
        QFETCH(QString, file);
        QFETCH(QString, include);
        QFETCH(bool, allowed);
        QCOMPARE(layeringOffence(file, "#include "_L1 + include).isEmpty(), allowed);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
