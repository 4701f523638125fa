// Benchmark: open the demo's ~1 MB HTML draft in the editor, compared with QTextDocument::setHtml of
// the same HTML alone (target: at most twice as long), and the cost of turning the edited document
// back into body_html/body_text (done 300 ms after typing pauses). Prints figures; asserts nothing.
#include "core/CloseClient.h"
#include "core/DraftJournal.h"
#include "core/Drafts.h"
#include "core/EmailActivity.h"
#include "richtext/HtmlBody.h"
#include "richtext/SafeTextDocument.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxStore.h"
#include "ui/DraftEditor.h"
#include "ui/MessageBox.h"
#include "ui/RichTextEdit.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTextStream out(stdout);
    SandboxStore store;
    DemoData::populate(store, 20, QDateTime::currentDateTimeUtc());
    QJsonObject biggest;
    for (const QString &id : store.orderedEmailIds()) {
        if (store.email(id)->value(u"body_html").toString().size()
            > biggest.value(u"body_html").toString().size())
            biggest = *store.email(id);
    }
    biggest.insert(QStringLiteral("status"), QStringLiteral("draft"));
    const EmailActivity email = EmailActivity::fromJson(biggest).activity;
    const QString html = email.bodyHtml();
    out << "body_html: " << html.size() << " characters" << Qt::endl;

    QElapsedTimer timer;
    qint64 setHtmlMs = 0;
    for (int run = 0; run < 3; ++run) {
        SafeTextDocument document;
        timer.start();
        document.setHtml(html);
        setHtmlMs = run == 0 ? timer.elapsed() : qMin(setHtmlMs, timer.elapsed());
    }
    out << "QTextDocument::setHtml alone:  " << setHtmlMs << " ms (best of 3)" << Qt::endl;

    timer.start();
    const QStringList losses = HtmlBody::lossesIn(html);
    out << "HtmlBody::lossesIn:            " << timer.elapsed() << " ms" << Qt::endl;
    {
        RichTextEdit plainEditor;
        timer.start();
        HtmlBody::load(*plainEditor.document(), html);
        const qint64 loaded = timer.elapsed();
        plainEditor.resize(900, 600);
        plainEditor.show();
        QApplication::processEvents();
        out << "RichTextEdit load + show:      " << loaded << " + " << timer.elapsed() - loaded << " ms"
            << Qt::endl;
    }

    QNetworkAccessManager network;
    CloseClient client(&network);
    QTemporaryDir dir;
    DraftJournal journal(dir.path());
    Drafts drafts(&client, &journal);
    qint64 openMs = 0;
    for (int run = 0; run < 3; ++run) {
        timer.start();
        auto *editor = new DraftEditor(&drafts, email, {});
        editor->show();
        // A large body is sanitized on a worker thread: open ends when it is in the editor and painted.
        while (!editor->isBodyReady())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        (void)editor->grab();
        openMs = run == 0 ? timer.elapsed() : qMin(openMs, timer.elapsed());
        if (run == 2) {
            // Typing at the end of a 1 MB body: the key itself, then the deferred HTML conversion.
            RichTextEdit *body = editor->findChild<RichTextEdit *>();
            body->moveCursor(QTextCursor::End);
            timer.start();
            for (int i = 0; i < 20; ++i)
                QTest::keyClick(body, Qt::Key_A);
            out << "20 key presses at the end:     " << timer.elapsed() << " ms (" << timer.elapsed() / 20.0
                << " ms per key)" << Qt::endl;
            timer.start();
            editor->syncBody();
            out << "body -> body_html + body_text: " << timer.elapsed()
                << " ms (after a 300 ms pause in typing)" << Qt::endl;
            MessageBox::setNextAnswer(QMessageBox::Discard);
        }
        editor->close();
        delete editor;
    }
    out << "DraftEditor open (shown):      " << openMs
        << " ms (best of 3) = " << QString::number(double(openMs) / qMax<qint64>(1, setHtmlMs), 'f', 2)
        << " x setHtml (target <= 2)" << Qt::endl;
    return 0;
}
