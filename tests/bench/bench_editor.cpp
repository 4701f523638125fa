// Draftdesk's side of the editor rows of bench_report: opening the demo's ~1 MB HTML draft in the real
// DraftEditor, and a key press at the start of its body. One measurement per process, so that every
// sample starts as cold as its baseline (bench_baseline textedit/textdocument/keypress).
//   bench_editor dump FILE   writes the draft's body_html to FILE (the baselines' input)
//   bench_editor open        open in a fresh process: sanitize + load + show + painted
//   bench_editor previewed   open after the preview has shown the body, as from the list
// Each prints "bench NAME MS" lines.
#include "BenchCommon.h"
#include "core/api/CloseClient.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/Drafts.h"
#include "core/email/EmailActivity.h"
#include "http/QtHttpEngine.h"
#include "richtext/HtmlSanitizer.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxStore.h"
#include "ui/common/AppStyle.h"
#include "ui/common/MessageBox.h"
#include "ui/common/SafeTextBrowser.h"
#include "ui/editor/DraftEditor.h"
#include "ui/editor/RichTextEdit.h"
#include "ui/list/PreviewPane.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace {
EmailActivity biggestDemoDraft()
{
    SandboxStore store;
    DemoData::populate(store, 20, QDateTime::currentDateTimeUtc());
    QJsonObject biggest;
    for (const QString &id : store.orderedEmailIds()) {
        if (store.email(id)->value(u"body_html").toString().size()
            > biggest.value(u"body_html").toString().size())
            biggest = *store.email(id);
    }
    biggest.insert(QStringLiteral("status"), QStringLiteral("draft"));
    return EmailActivity::fromJson(biggest).activity;
}

void waitForBody(DraftEditor *editor)
{
    if (!editor->isBodyReady()) {
        QSignalSpy ready(editor, &DraftEditor::bodyReady);
        if (!ready.wait(30000)) {
            std::fputs("bench: the body was never ready\n", stderr);
            std::exit(1);
        }
    }
}
} // namespace

int main(int argc, char *argv[])
{
    bench::useOffscreenByDefault();
    QApplication app(argc, argv);
    AppStyle::install(); // as draftdesk's main() does
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("open");
    const EmailActivity email = biggestDemoDraft();
    if (mode == u"dump") {
        QFile file(QString::fromLocal8Bit(argv[2]));
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write(email.bodyHtml().toUtf8());
        return 0;
    }

    QNetworkAccessManager network;

    QtHttpEngine http {&network};
    CloseClient client(&http);
    QTemporaryDir dir;
    DraftJournal journal(dir.path());
    Drafts drafts(&client, &journal);
    QElapsedTimer timer;

    if (mode == u"previewed") {
        // The list's preview shows the body when the row is selected, before Enter opens it.
        PreviewPane preview;
        SafeTextBrowser *browser = preview.body(); // the pane makes its views at the first email
        QSignalSpy shown(browser, &SafeTextBrowser::bodyShown);
        preview.showEmail(email);
        if (shown.isEmpty() && !shown.wait(30000))
            return 1;
        bench::showAndPaint(&preview);
    } else if (mode == u"sanitize") {
        timer.start();
        const SanitizedHtml clean = HtmlSanitizer::sanitize(email.bodyHtml(), email.bodyText());
        bench::report("sanitize_ms", bench::millisecondsSince(timer));
        bench::report("sanitized_chars", double(clean.html.size()));
        bench::report("original_chars", double(email.bodyHtml().size()));
        return clean.isRich() ? 0 : 1;
    }

    timer.start();
    auto *editor = new DraftEditor(&drafts, email, {});
    editor->resize(900, 700);
    editor->show();
    waitForBody(editor);
    bench::showAndPaint(editor);
    bench::report("open_ms", bench::millisecondsSince(timer));

    // Typing at the very start of the 1 MB body: the key, its layout and the repaint.
    RichTextEdit *body = editor->findChild<RichTextEdit *>();
    body->setFocus();
    body->moveCursor(QTextCursor::Start);
    QApplication::processEvents();
    constexpr int keys = 20;
    timer.start();
    for (int i = 0; i < keys; ++i) {
        QTest::keyClick(body, Qt::Key_A);
        QApplication::processEvents(); // the repaint the key asked for
    }
    bench::report("key_ms", bench::millisecondsSince(timer) / keys);
    if (body->textCursor().position() != keys) {
        std::fputs("bench: the keys did not land at the start of the body\n", stderr);
        return 1;
    }
    MessageBox::setNextAnswer(QMessageBox::Discard);
    editor->close();
    delete editor;
    return 0;
}
