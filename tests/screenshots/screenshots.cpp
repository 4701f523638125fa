// The README's and the AppStream metainfo's screenshots, made from the real windows on the demo
// sandbox, so that they cannot go stale: packaging/screenshots.sh runs this under a virtual X display
// once per look (light, high density, dark) and it writes PNGs with QWidget::grab().
//   draftdesk_screenshots OUTDIR light|hidpi|dark
// In the dark look it also checks what a GNOME dark desktop would show: every formatting icon must
// stand out from the toolbar (exit status 1 when one does not).
#include "../gui/WindowFixture.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "core/session/Session.h"
#include "ui/common/Icons.h"
#include "ui/dialogs/SendDialog.h"
#include "ui/editor/DraftEditor.h"
#include "ui/inspector/NetworkInspector.h"
#include "ui/list/EmailListPanel.h"
#include "ui/list/PreviewPane.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPointer>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <cstdio>

namespace {
QString outDir;
bool failed = false;

void save(QWidget *widget, const QString &name)
{
    // Layouts and style changes still queued reach the widget first; grab() then paints it itself.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QString path = QDir(outDir).filePath(name);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "screenshots: could not write %s\n", qPrintable(path));
        failed = true;
        return;
    }
    std::printf("screenshots: %s\n", qPrintable(path));
}

bool waitFor(const std::function<bool()> &ready, const char *what)
{
    if (QTest::qWaitFor(ready, 20000))
        return true;
    std::fprintf(stderr, "screenshots: gave up waiting for %s\n", what);
    failed = true;
    return false;
}

// The window goes with deleteLater(): wait for it, so the next findChild cannot meet it.
void closeAndWait(QWidget *window)
{
    QPointer<QWidget> closing = window;
    window->close();
    waitFor([&] { return closing.isNull(); }, "a window to close");
}

DraftEditor *openDraft(WindowFixture &app, const std::function<void(QJsonObject &)> &shape)
{
    const QString id = app.sandbox.firstEmail(QStringLiteral("draft"), true).id();
    QJsonObject draft = *app.sandbox.store->email(id);
    shape(draft);
    app.sandbox.store->putEmail(draft);
    app.window->openEmail(id);
    DraftEditor *editor = nullptr;
    if (!waitFor([&] { return (editor = app.window->findChild<DraftEditor *>()) != nullptr; }, "the editor")
        || !waitFor([&] { return editor->isBodyReady(); }, "the body"))
        return nullptr;
    editor->move(60, 40);
    return editor;
}

void checkIconsStandOut(DraftEditor *editor)
{
    auto *toolbar = editor->findChild<QToolBar *>(QStringLiteral("formatToolbar"));
    const QColor ground = toolbar->palette().color(QPalette::Window);
    for (QAction *action : toolbar->actions()) {
        if (action->isSeparator() || action->icon().isNull())
            continue;
        if (!Icons::standsOut(action->icon(), ground)) {
            std::fprintf(stderr, "screenshots: the %s icon vanishes on this toolbar\n",
                         qPrintable(action->text().remove(QLatin1Char('&'))));
            failed = true;
        }
    }
}

void composer(WindowFixture &app, const QString &file, bool checkIcons)
{
    DraftEditor *editor = openDraft(app, [](QJsonObject &draft) {
        draft.insert(QStringLiteral("subject"), QStringLiteral("Quote for 40 rain jackets"));
        draft.insert(QStringLiteral("body_html"),
                     QStringLiteral("<p>Hi Jane,</p><p>Thanks for the call. Here is the quote we "
                                    "discused:</p><ul><li>40 × Storm Shell jacket, €129 each</li><li>"
                                    "Embroidered logo, <b>free</b> above 30 pieces</li></ul><p>The full "
                                    "catalogue is on <a href=\"https://example.com/catalogue\">our "
                                    "website</a>.</p><p>Best regards,<br>Anna</p>"));
        draft.insert(QStringLiteral("body_text"), QString());
    });
    if (!editor)
        return;
    auto *language = editor->findChild<QComboBox *>(QStringLiteral("spellLanguageCombo"));
    if (const int english = language->findData(QStringLiteral("en_US")); english >= 0) {
        language->setCurrentIndex(english);
        emit language->activated(english);
        // The dictionary is read on a worker thread: wait for the misspelt word's wavy line.
        auto *body = editor->findChild<QTextEdit *>(QStringLiteral("bodyEdit"));
        waitFor(
            [body] {
                for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next())
                    for (const QTextLayout::FormatRange &range : block.layout()->formats())
                        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                            return true;
                return false;
            },
            "the spelling marks");
    }
    if (checkIcons)
        checkIconsStandOut(editor);
    save(editor, file);
    closeAndWait(editor);
}
// A colleague rewrites the text of a draft the rep is editing: the bar that says so, before Save.
void changedOnClose(WindowFixture &app)
{
    DraftEditor *editor = openDraft(app, [](QJsonObject &) {});
    if (!editor || !waitFor([&] { return app.session->sync()->syncPoint().has_value(); }, "the sync"))
        return;
    const QString id = editor->session()->original().id();
    auto *subject = editor->findChild<QLineEdit *>(QStringLiteral("subjectField"));
    subject->setFocus();
    QTest::keyClick(subject, Qt::Key_End);
    QTest::keyClicks(subject, QStringLiteral(" (revised)"));
    app.sandbox.colleagueChanges(
        id,
        QJsonObject {{QStringLiteral("body_text"), QStringLiteral("New prices below.")},
                     {QStringLiteral("body_html"), QStringLiteral("<p>New prices below.</p>")}});
    app.session->syncNow();
    auto *bar = editor->findChild<QWidget *>(QStringLiteral("changedOnCloseBar"));
    if (waitFor([bar] { return bar->isVisible(); }, "the Changed on Close bar"))
        save(editor, QStringLiteral("changed-on-close.png"));
    editor->session()->takeTheirs();
    closeAndWait(editor);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DraftdeskScreenshots"));
    QApplication::setApplicationName(QStringLiteral("draftdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Draftdesk"));
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    QLoggingCategory::setFilterRules(QStringLiteral("draftdesk.*.info=false"));
    const QStringList args = application.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: draftdesk_screenshots OUTDIR light|hidpi|dark\n");
        return 2;
    }
    outDir = args.at(1);
    const QString look = args.at(2);
    QDir().mkpath(outDir);
    QSettings().clear();
    QTranslator english; // the English plural forms ("1 email", "100 emails"), as the app loads them
    if (english.load(QStringLiteral(":/i18n/draftdesk_en.qm")))
        QCoreApplication::installTranslator(&english);

    WindowFixture app;
    if (!app.start(400)) {
        std::fprintf(stderr, "screenshots: the sandbox did not start\n");
        return 1;
    }
    app.window->resize(1200, 760);
    app.session->connectWith(app.sandbox.server->baseUrl(), AuthMethod::ApiKey, QStringLiteral("k"),
                             Session::Origin::Demo);
    QTableView *table = app.window->listPanel()->table();
    waitFor([&] { return table->model()->rowCount() > 0; }, "the list");
    table->setFocus();
    table->selectRow(0);
    waitFor([&] { return !app.window->listPanel()->preview()->shownId().isEmpty(); }, "the preview");

    if (look == QLatin1String("hidpi")) {
        save(app.window.get(), QStringLiteral("hidpi-list.png"));
    } else if (look == QLatin1String("dark")) {
        composer(app, QStringLiteral("dark-composer.png"), true);
        DraftEditor *editor = openDraft(app, [](QJsonObject &) {});
        if (editor) {
            auto *dialog = new SendDialog(editor->session(), app.session->identities(), editor);
            dialog->show();
            dialog->findChild<QRadioButton *>(QStringLiteral("scheduleRadio"))->click();
            save(dialog, QStringLiteral("dark-send-dialog.png"));
            dialog->close();
            closeAndWait(editor);
        }
    } else {
        save(app.window.get(), QStringLiteral("email-list.png"));
        composer(app, QStringLiteral("composer.png"), false);
        changedOnClose(app);
        DraftEditor *editor = openDraft(app, [](QJsonObject &) {});
        if (editor) {
            auto *dialog = new SendDialog(editor->session(), app.session->identities(), editor);
            dialog->show();
            dialog->findChild<QRadioButton *>(QStringLiteral("scheduleRadio"))->click();
            save(dialog, QStringLiteral("send-dialog.png"));
            dialog->close();
            closeAndWait(editor);
        }
        app.window->findChild<QAction *>(QStringLiteral("inspectorAction"))->trigger();
        waitFor([&] { return app.window->findChild<NetworkInspector *>()->isVisible(); }, "the inspector");
        save(app.window.get(), QStringLiteral("qa-workbench.png"));
    }
    app.stop();
    return failed ? 1 : 0;
}
