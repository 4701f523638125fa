// The layers are a promise: core never sees a widget, ui never speaks HTTP or JSON. This test reads
// the sources so that a stray #include fails CI rather than a code review.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {
QStringList offendingIncludes(const QString &dir, const QRegularExpression &forbidden)
{
    QStringList offences;
    QDirIterator it(QStringLiteral(DRAFTDESK_SOURCE_DIR "/") + dir, {"*.h", "*.cpp"}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {"cannot read " + path};
        const QStringList lines = QString::fromUtf8(file.readAll()).split('\n');
        for (const QString &line : lines) {
            if (line.startsWith("#include") && forbidden.match(line).hasMatch())
                offences.append(path + ": " + line);
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
            R"(<(QtWidgets/|QWidget|QMainWindow|QDialog|QApplication|QAbstractItemView|QLabel|QTextEdit)\b)");
        const QStringList offences = offendingIncludes("app/core", widgets);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join('\n')));
    }

    void uiHasNoHttpOrJson()
    {
        const QRegularExpression network(R"(<(QtNetwork/|QNetwork\w*|QJson\w*|QHttp\w*)\b)");
        const QStringList offences = offendingIncludes("ui", network);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join('\n')));
    }

    void uiNeverTouchesJsonOrRequests()
    {
        // Not even through a core header: a ui file that names a JSON or network type is doing core's job.
        QStringList offences;
        QDirIterator it(QStringLiteral(DRAFTDESK_SOURCE_DIR "/ui"), {"*.h", "*.cpp"}, QDir::Files);
        const QRegularExpression forbidden(R"(\b(QJson\w*|QNetwork\w*|ApiCall|ApiRequest)\b)");
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const QRegularExpressionMatch m = forbidden.match(text);
            if (m.hasMatch())
                offences.append(path + ": " + m.captured(0));
        }
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join('\n')));
    }

    void theCheckItselfWorks()
    {
        // Guard against a check that cannot fail: the tests directory does include QJson headers.
        const QStringList offences = offendingIncludes("tests/unit", QRegularExpression(R"(<QJson\w*)"));
        QVERIFY(!offences.isEmpty());
    }

    // Includes name the layer ("core/DraftSession.h", "ui/DraftEditor.h"), so a reader sees at the
    // top of a file which layers it leans on.
    void projectIncludesNameTheirLayer()
    {
        // (Not a raw string: moc 6.4 reads an include directive inside one as its own.)
        const QRegularExpression bare(QStringLiteral("^#include \"[^/\"]+\\.h\""));
        QStringList offences = offendingIncludes("app", bare);
        offences += offendingIncludes("ui", bare);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join('\n')));
        QVERIFY(!offendingIncludes("tests/contract", bare).isEmpty()); // "HttpProbe.h": the check can fail
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
