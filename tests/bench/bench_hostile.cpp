// How long hostile content holds the window (no content may freeze it for more than 100 ms). Each
// case builds one email and measures the longest time the UI thread's event loop did not turn (a 1 ms
// timer's largest gap) from asking until shown and painted, work in other threads not counted:
//   preview   the list's preview pane shows it
//   list      a list row with it is painted (cell texts, column sizes)
//   editor    the draft editor opens it (body ready and painted)
// Prints "bench hostile_<case>_<where>_ms VALUE" lines. With --smoke the content is small (CTest);
// BENCH_ONLY=<case> measures one case.
#include "BenchCommon.h"
#include "core/api/CloseClient.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/Drafts.h"
#include "core/email/EmailActivity.h"
#include "core/list/EmailListModel.h"
#include "fakes/ScriptedNetwork.h"
#include "http/QtHttpEngine.h"
#include "ui/common/AppStyle.h"
#include "ui/common/MessageBox.h"
#include "ui/common/SafeTextBrowser.h"
#include "ui/editor/DraftEditor.h"
#include "ui/list/PreviewPane.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

namespace {
using bench::FreezeMeter;

struct Case
{
    const char *name;
    QString subject;
    QString bodyHtml;
};

QJsonObject record(const Case &c)
{
    return QJsonObject {{"id", "acti_hostile"},
                        {"status", "draft"},
                        {"subject", c.subject},
                        {"body_html", c.bodyHtml},
                        {"body_text", QString()},
                        {"to", QJsonArray {"Anna <anna@example.com>"}},
                        {"sender", "Ben <ben@example.com>"},
                        {"lead_id", "lead_1"},
                        {"date_created", "2026-12-01T10:00:00.000000+00:00"},
                        {"date_updated", "2026-12-01T10:00:00.000000+00:00"}};
}

void measurePreview(const Case &c, const EmailActivity &email)
{
    PreviewPane preview;
    preview.resize(600, 700);
    bench::showAndPaint(&preview);
    QSignalSpy shown(preview.body(), &SafeTextBrowser::bodyShown);
    FreezeMeter meter;
    preview.showEmail(email);
    if (shown.isEmpty() && !shown.wait(60000))
        std::exit(1);
    preview.repaint();
    meter.settle();
    bench::report(qPrintable(QStringLiteral("hostile_%1_preview_ms").arg(c.name)), meter.longestMs());
}

void measureList(const Case &c)
{
    ScriptedNetwork network;
    QtHttpEngine http {&network};
    CloseClient client(&http);
    client.setBaseUrl(QUrl("https://api.example.test/api/v1"));
    client.setApiKey("key");
    ScriptedAnswer answer;
    answer.body = QJsonDocument(QJsonObject {{"data", QJsonArray {record(c)}}, {"has_more", false}}).toJson();
    network.enqueue(answer);
    EmailListModel model(&client);
    QSignalSpy loaded(&model, &EmailListModel::pageLoaded);
    model.setQuery({});
    if (!loaded.wait(30000))
        std::exit(1);
    QTableView view;
    view.resize(900, 400);
    FreezeMeter meter;
    view.setModel(&model);
    view.horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    bench::showAndPaint(&view);
    view.selectRow(0);
    view.repaint();
    meter.settle();
    bench::report(qPrintable(QStringLiteral("hostile_%1_list_ms").arg(c.name)), meter.longestMs());
}

void measureEditor(const Case &c, const EmailActivity &email)
{
    QNetworkAccessManager network;
    QtHttpEngine http {&network};
    CloseClient client(&http);
    QTemporaryDir dir;
    DraftJournal journal(dir.path());
    Drafts drafts(&client, &journal);
    FreezeMeter meter;
    auto *editor = new DraftEditor(&drafts, email, {});
    editor->resize(900, 700);
    editor->show();
    if (!editor->isBodyReady()) {
        QSignalSpy ready(editor, &DraftEditor::bodyReady);
        if (!ready.wait(60000))
            std::exit(1);
    }
    bench::showAndPaint(editor);
    meter.settle();
    bench::report(qPrintable(QStringLiteral("hostile_%1_editor_ms").arg(c.name)), meter.longestMs());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    editor->close();
    delete editor;
}
} // namespace

int main(int argc, char *argv[])
{
    bench::useOffscreenByDefault();
    QApplication app(argc, argv);
    AppStyle::install();
    const bool smoke = app.arguments().contains("--smoke");
    const qsizetype scale = smoke ? 100 : 1;
    const QString word(100'000 / scale, QLatin1Char('w'));
    const QString marks = QStringLiteral("a") + QString(100'000 / scale, QChar(0x0301));
    const QString image = QStringLiteral("<p>Logo <img src=\"data:image/png;base64,")
        + QString(50'000'000 / scale, QLatin1Char('A')) + QStringLiteral("\"></p>");
    const QList<Case> cases {
        {"plain", "A normal subject", "<p>A normal body.</p>"},
        {"long_word_body", "Long word", "<p>" + word + "</p>"},
        {"megabyte_subject", QString(1'000'000 / scale, QLatin1Char('S')), "<p>Body</p>"},
        {"combining_marks", marks, "<p>" + marks + "</p>"},
        {"data_image", "Image", image},
    };
    const QString only = qEnvironmentVariable("BENCH_ONLY");
    for (const Case &c : cases) {
        if (!only.isEmpty() && only != QLatin1String(c.name))
            continue;
        const EmailActivity email = EmailActivity::fromJson(record(c)).activity;
        measurePreview(c, email);
        measureList(c);
        measureEditor(c, email);
    }
    return 0;
}
