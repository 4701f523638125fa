// Draftdesk as a screen reader and a keyboard user meet it: every window's accessible tree has a
// name for each control, names say what the labels say, mnemonics lead somewhere, Tab follows the
// layout, and a draft goes from the list to sent without a single mouse event.
#include "AccessibleTree.h"
#include "WindowFixture.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "core/drafts/EmailTemplates.h"
#include "core/email/EmailActivity.h"
#include "core/qa/Scenario.h"
#include "core/session/Session.h"
#include "core/settings/ConnectionProfile.h"
#include "core/settings/CredentialStore.h"
#include "fakes/SandboxFixture.h"
#include "ui/common/AppStyle.h"
#include "ui/common/Icons.h"
#include "ui/common/Tone.h"
#include "ui/dialogs/ConflictDialog.h"
#include "ui/dialogs/NewDraftDialog.h"
#include "ui/dialogs/RecoveryDialog.h"
#include "ui/dialogs/SendDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SignaturesDialog.h"
#include "ui/dialogs/TemplatePicker.h"
#include "ui/editor/DraftEditor.h"
#include "ui/inspector/NetworkInspector.h"
#include "ui/inspector/RequestEditorDialog.h"
#include "ui/inspector/ScenarioDialog.h"
#include "ui/list/EmailListPanel.h"
#include "ui/list/PreviewPane.h"
#include "ui/list/StatusDecorationModel.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QWidgetAction>

#include <cmath>
#include <functional>
#include <memory>

namespace {
// Counts every mouse event the application receives: the keyboard test proves it needs none.
class MouseWatch final : public QObject
{
public:
    int events = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
            ++events;
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }
};

// A key as the keyboard delivers it: to whatever has the focus now.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClicks(target, text);
}

// Runs `step` on the keyboard's target whenever a window of type T becomes the active modal one (a
// dialog's exec() runs its own loop, so the keys for it have to be on their way before it opens).
// `step` returns false while the window is not ready yet.
template<typename T> void whenModal(QObject *owner, const std::function<bool(T *)> &step)
{
    auto *poll = new QTimer(owner);
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, step] {
        auto *window = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!window || !window->isActiveWindow() || !step(window))
            return;
        poll->stop();
        poll->deleteLater();
    });
    poll->start();
}
} // namespace

namespace {
// Under a dark and a light text colour, the ink (the first opaque pixel) of what `draw` makes is
// that colour.
void checkInkFollowsTheTextColour(const std::function<QImage()> &draw)
{
    const QPalette original = QGuiApplication::palette();
    const auto restore = qScopeGuard([&] { QGuiApplication::setPalette(original); });
    for (const QColor &text : {QColor(0x20, 0x20, 0x20), QColor(0xee, 0xee, 0xee)}) {
        QPalette palette = original;
        palette.setColor(QPalette::WindowText, text);
        QGuiApplication::setPalette(palette);
        const QImage image = draw().convertToFormat(QImage::Format_ARGB32);
        QString ink;
        for (int y = 0; y < image.height() && ink.isEmpty(); ++y)
            for (int x = 0; x < image.width() && ink.isEmpty(); ++x)
                if (qAlpha(image.pixel(x, y)) == 255)
                    ink = QColor(image.pixel(x, y)).name();
        QCOMPARE(ink, text.name());
    }
}
} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private:
    WindowFixture app;
    SandboxFixture &sandbox = app.sandbox;
    std::unique_ptr<Session> &session = app.session;
    std::unique_ptr<MainWindow> &window = app.window;

    QTableView *table() const { return window->listPanel()->table(); }
    void connectToSandbox()
    {
        session->connectWith(sandbox.server->baseUrl(), AuthMethod::ApiKey, "k", Session::Origin::Demo);
        QTRY_VERIFY_WITH_TIMEOUT(table()->model()->rowCount() > 0, 10000);
    }
    DraftEditor *openFirstDraft()
    {
        const QString id = sandbox.store->orderedEmailIds().constFirst();
        window->openEmail(id);
        DraftEditor *editor = nullptr;
        if (!QTest::qWaitFor([&] { return (editor = window->findChild<DraftEditor *>()) != nullptr; }, 10000))
            return nullptr;
        return editor;
    }
    // The window as a screen reader meets it: no unnamed control, names equal to the labels,
    // and no mnemonic that leads nowhere.
    static void checkWindow(QWidget *shown, const char *what)
    {
        const QStringList unnamed = AccessibleTree::unnamedControls(shown);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("%1: unnamed: %2").arg(what, unnamed.join(", "))));
        QStringList differ = AccessibleTree::namesThatDifferFromTheirLabels(shown);
        differ += AccessibleTree::namesThatDifferFromWhatIsShown(shown);
        QVERIFY2(differ.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(what, differ.join("; "))));
        QStringList clashes = AccessibleTree::mnemonicClashes(shown);
        clashes += AccessibleTree::menuClashes(shown);
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(what, clashes.join("; "))));
        const QStringList lost = AccessibleTree::mnemonicsWithoutBuddy(shown);
        QVERIFY2(lost.isEmpty(),
                 qPrintable(QStringLiteral("%1: mnemonic without buddy: %2").arg(what, lost.join(", "))));
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("DraftdeskTests");
        QApplication::setApplicationName("tst_accessibility");
        QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=false");
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(app.start(120));
    }
    void cleanup() { app.stop(); }

    void theWelcomePageIsNamed()
    {
        session->connectFromSettings();
        QWidget *welcome = nullptr; // built when first shown
        QTRY_VERIFY((welcome = window->findChild<QWidget *>("welcomePage")) && welcome->isVisible());
        checkWindow(window.get(), "welcome page");
    }

    void theMainWindowListAndPreviewAreNamed()
    {
        connectToSandbox();
        table()->setCurrentIndex(table()->model()->index(0, 1));
        checkWindow(window.get(), "main window");
    }

    // Until an email is shown, the preview is one line that says how to fill it, read out as it is
    // shown; the email's header and body come with the first email.
    void thePreviewSaysHowToFillItUntilAnEmailIsShown()
    {
        PreviewPane pane;
        pane.resize(500, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *placeholder = pane.findChild<QLabel *>("previewPlaceholder");
        QVERIFY(placeholder);
        QVERIFY(placeholder->isVisible());
        QAccessibleInterface *said = QAccessible::queryAccessibleInterface(placeholder);
        QVERIFY(said);
        QCOMPARE(said->text(QAccessible::Name), QStringLiteral("Select an email to see it here."));
        QVERIFY(!pane.findChild<QWidget *>("previewBody"));

        const QJsonObject record = *sandbox.store->email(sandbox.store->orderedEmailIds().constFirst());
        const EmailActivity email = EmailActivity::fromJson(record).activity;
        pane.showEmail(email);
        QVERIFY(!pane.findChild<QLabel *>("previewPlaceholder"));
        auto *body = pane.findChild<QWidget *>("previewBody");
        QVERIFY(body);
        QVERIFY(body->isVisible()); // at once, as Tab and a screen reader find it
        QCOMPARE(QAccessible::queryAccessibleInterface(body)->text(QAccessible::Name),
                 QStringLiteral("Email body"));
        QVERIFY(pane.findChild<QLabel *>("previewHeader")->text().contains(email.subject().toHtmlEscaped()));
        QVERIFY(body->geometry().height() > pane.height() / 2); // the body takes the room the line had
    }

    // What a screen reader reads in the status bar is what it shows: the count of loaded emails and
    // the connection, not a fixed "Loaded emails" (Orca reads the names of the status bar's parts).
    void theStatusBarReadsItsText()
    {
        connectToSandbox();
        QAccessibleInterface *bar = QAccessible::queryAccessibleInterface(window->statusBar());
        QVERIFY(bar);
        const auto readOut = [bar] {
            QStringList names;
            for (int i = 0; i < bar->childCount(); ++i)
                if (QAccessibleInterface *part = bar->child(i); part && !part->state().invisible)
                    names.append(part->text(QAccessible::Name));
            return names;
        };
        auto *paging = window->findChild<QLabel *>("pagingLabel");
        QTRY_VERIFY(paging->text().contains("loaded"));
        QVERIFY2(readOut().contains(paging->text()), qPrintable(readOut().join(" | ")));
        QVERIFY2(readOut().contains(window->findChild<QLabel *>("connectionLabel")->text()),
                 qPrintable(readOut().join(" | ")));
        // It follows the text: after Load All, "All … emails loaded" is what is read.
        window->findChild<QAction *>("loadAllAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(paging->text().startsWith("All "), 10000);
        QVERIFY2(readOut().contains(paging->text()), qPrintable(readOut().join(" | ")));
    }

    void theInspectorIsNamed()
    {
        connectToSandbox();
        window->findChild<QAction *>("inspectorAction")->trigger();
        auto *inspector = window->findChild<NetworkInspector *>();
        QTRY_VERIFY(inspector->isVisible());
        checkWindow(window.get(), "main window with the inspector");
    }

    void everyTabOfTheEditorIsNamed()
    {
        connectToSandbox();
        DraftEditor *editor = openFirstDraft();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto *tabs = editor->findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            checkWindow(editor, qPrintable(QStringLiteral("editor, tab %1").arg(tabs->tabText(i))));
        }
        editor->close();
    }

    void theSendDialogIsNamed()
    {
        connectToSandbox();
        DraftEditor *editor = openFirstDraft();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        SendDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = editor->findChild<SendDialog *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        checkWindow(dialog, "send dialog, now");
        dialog->findChild<QWidget *>("scheduleRadio")->setFocus();
        QTest::keyClick(dialog->findChild<QWidget *>("scheduleRadio"), Qt::Key_Space);
        checkWindow(dialog, "send dialog, schedule");
        dialog->reject();
        editor->close();
    }

    void theNewDraftDialogIsNamed()
    {
        connectToSandbox();
        NewDraftDialog dialog(session->client());
        dialog.setSearchDelay(0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit *>("leadSearchField"),
                         sandbox.store->leads.first().value("display_name").toString());
        QTRY_VERIFY(dialog.findChild<QListWidget *>("contactList")->count() > 0);
        checkWindow(&dialog, "new draft");
        const QStringList wrong = stepsAgainstTheLayout(&dialog);
        QVERIFY2(wrong.isEmpty(), qPrintable("new draft: " + wrong.join(", ")));
    }

    void theTemplatePickerIsNamed()
    {
        connectToSandbox();
        EmailTemplates templates(session->client());
        TemplatePicker picker(&templates);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QTRY_VERIFY(picker.findChild<QListWidget *>("templateList")->count() > 0);
        checkWindow(&picker, "template picker");
        const QStringList wrong = stepsAgainstTheLayout(&picker);
        QVERIFY2(wrong.isEmpty(), qPrintable("template picker: " + wrong.join(", ")));
    }

    void theSignaturesDialogIsNamed()
    {
        SignaturesDialog dialog({"\"Anna Krause\" <anna@northwind.example>", "ben@northwind.example"});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        checkWindow(&dialog, "signatures");
        const QStringList wrong = stepsAgainstTheLayout(&dialog);
        QVERIFY2(wrong.isEmpty(), qPrintable("signatures: " + wrong.join(", ")));
    }

    void theSettingsDialogIsNamed()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        checkWindow(&dialog, "settings");
    }

    void theRecoveryAndConflictDialogsAreNamed()
    {
        DraftJournal::Entry entry;
        entry.emailId = QStringLiteral("acti_1");
        entry.subject = QStringLiteral("Quote");
        entry.savedAt = QDateTime::currentDateTimeUtc();
        entry.edits = QJsonObject {{"subject", "Quote"}};
        RecoveryDialog recovery({entry});
        recovery.show();
        QVERIFY(QTest::qWaitForWindowExposed(&recovery));
        checkWindow(&recovery, "recovery");

        const QJsonObject record = *sandbox.store->email(sandbox.store->orderedEmailIds().constFirst());
        const EmailActivity mine = EmailActivity::fromJson(record).activity;
        QJsonObject changed = record;
        changed.insert("subject", "Changed in Close");
        const EmailActivity theirs = EmailActivity::fromJson(changed).activity;
        ConflictDialog conflict(mine, theirs, QStringLiteral("Someone changed it."));
        conflict.show();
        QVERIFY(QTest::qWaitForWindowExposed(&conflict));
        checkWindow(&conflict, "conflict");
    }

    // Errors, successes and warnings stay readable (WCAG AA, 4.5:1) on a light and on a dark window.
    void meaningfulColoursAreReadableOnLightAndDarkPalettes()
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const double la = luminance(a), lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        const QPalette original = QGuiApplication::palette();
        const auto restore = qScopeGuard([&] { QGuiApplication::setPalette(original); });
        // Fusion's light window, Breeze's and Adwaita's dark ones.
        for (const QColor &background :
             {QColor(0xef, 0xef, 0xef), QColor(0x31, 0x36, 0x3b), QColor(0x35, 0x35, 0x35)}) {
            QPalette palette = original;
            palette.setColor(QPalette::Window, background);
            QGuiApplication::setPalette(palette);
            for (Tone::Kind kind : {Tone::Kind::Error, Tone::Kind::Success, Tone::Kind::Warning}) {
                const double ratio = contrast(Tone::color(kind), background);
                QVERIFY2(ratio >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2: %3:1")
                                        .arg(Tone::color(kind).name(), background.name())
                                        .arg(ratio, 0, 'f', 2)));
            }
        }
    }

    // Every formatting action has an icon (the toolbar shows icons, the words are in the tooltips with
    // the shortcut); a bundled icon is drawn in the palette's text colour, light or dark.
    void toolbarIconsFollowThePalette()
    {
        connectToSandbox();
        DraftEditor *editor = openFirstDraft();
        QVERIFY(editor);
        auto *toolbar = editor->findChild<QToolBar *>("formatToolbar");
        for (QAction *action : toolbar->actions()) {
            if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
                continue;
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
            if (!action->shortcut().isEmpty())
                QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                         qPrintable(action->toolTip()));
        }
        for (const char *name :
             {"newDraftAction", "openAction", "findAction", "refreshAction", "settingsAction"})
            QVERIFY2(!window->findChild<QAction *>(name)->icon().isNull(), name);
        editor->close();

        const QIcon bold = Icons::named(QStringLiteral("format-text-bold"));
        if (QIcon::hasThemeIcon(QStringLiteral("format-text-bold")))
            QSKIP("the desktop theme draws this icon");
        checkInkFollowsTheTextColour([&bold] { return bold.pixmap(QSize(32, 32)).toImage(); });
    }

    // A desktop theme whose icons are dark grey (GNOME's light style, handed to a dark window by Qt's
    // GTK theme) would leave dark on dark: those icons give way to the bundled ones, in the palette's
    // text colour; on a light window the theme's own stay.
    void darkGreyThemeIconsGiveWayOnADarkWindow()
    {
        QTemporaryDir themes;
        QVERIFY(QDir().mkpath(themes.filePath("greyish/actions")));
        QFile index(themes.filePath("greyish/index.theme"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=greyish\nDirectories=actions\n\n[actions]\nSize=16\nType=Scalable\n"
                    "MinSize=8\nMaxSize=512\n");
        index.close();
        QFile icon(themes.filePath("greyish/actions/format-text-bold.svg"));
        QVERIFY(icon.open(QIODevice::WriteOnly));
        icon.write("<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16'>"
                   "<rect x='2' y='2' width='12' height='12' fill='#2e3436'/></svg>");
        icon.close();
        const QStringList paths = QIcon::themeSearchPaths();
        const QString theme = QIcon::themeName();
        const QPalette original = QGuiApplication::palette();
        const auto restore = qScopeGuard([&] {
            QIcon::setThemeSearchPaths(paths);
            QIcon::setThemeName(theme);
            QGuiApplication::setPalette(original);
        });
        QIcon::setThemeSearchPaths({themes.path()});
        QIcon::setThemeName("greyish");
        QVERIFY(QIcon::hasThemeIcon("format-text-bold"));

        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x24, 0x24, 0x24));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QGuiApplication::setPalette(dark);
        const QIcon onDark = Icons::named("format-text-bold");
        QVERIFY(Icons::standsOut(onDark, dark.color(QPalette::Window)));
        QVERIFY(onDark.name().isEmpty()); // not the theme's

        QPalette light = original;
        light.setColor(QPalette::Window, QColor(0xf6, 0xf5, 0xf4));
        light.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
        QGuiApplication::setPalette(light);
        QCOMPARE(Icons::named("format-text-bold").name(), QStringLiteral("format-text-bold"));
    }

    // The list's status marks, the app's icon and the clear button keep their own colours and are
    // drawn by QSvgRenderer itself (not Qt's SVG icon plugin, which a start no longer loads): each is
    // drawn, the draft mark in its grey, and a disabled one greyed as the style greys any icon.
    void ownColouredIconsAreDrawn()
    {
        const auto drawn = [](const QIcon &icon, QIcon::Mode mode = QIcon::Normal) {
            return icon.pixmap(QSize(24, 24), mode).toImage().convertToFormat(QImage::Format_ARGB32);
        };
        for (const char *status : {"draft", "scheduled", "outbox", "sent", "inbox", "error"}) {
            const QImage image = drawn(StatusDecorationModel::iconFor(QString::fromLatin1(status)));
            QVERIFY2(image.size() == QSize(24, 24), status);
            QVERIFY2(qAlpha(image.pixel(12, 3)) == 255, status); // inside the round mark
            QVERIFY2(qAlpha(image.pixel(0, 0)) == 0, status); // its corner stays clear
        }
        const QIcon draft = StatusDecorationModel::iconFor(QStringLiteral("draft"));
        QCOMPARE(QColor(drawn(draft).pixel(3, 12)).name(), QStringLiteral("#6b7280"));
        QVERIFY(drawn(draft, QIcon::Disabled).pixel(3, 12) != drawn(draft).pixel(3, 12));
        QVERIFY(!drawn(Icons::fromSvg(QStringLiteral(":/icons/draftdesk.svg"))).isNull());
        AppStyle style(QStringLiteral("Fusion"));
        const QImage clear = drawn(style.standardIcon(QStyle::SP_LineEditClearButton));
        QVERIFY(qAlpha(clear.pixel(12, 12)) > 0);
        QVERIFY(Icons::fromSvg(QStringLiteral(":/icons/no-such-icon.svg")).isNull());
    }

    // Views paint their icons row after row and at every scroll (QIcon::paint): what they paint is the
    // icon's own pixmap at the painter's scale (sharp on a 2x screen), and a tinted icon painted again
    // after the palette changed takes the new colour.
    void iconsPaintedInViewsAreTheirPixmaps()
    {
        const auto painted = [](const QIcon &icon, qreal scale) {
            QImage image(QSize(16, 16) * scale, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(scale);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            icon.paint(&painter, QRect(0, 0, 16, 16));
            painter.end();
            return image;
        };
        const QIcon sent = StatusDecorationModel::iconFor(QStringLiteral("sent"));
        for (const qreal scale : {1.0, 2.0}) {
            QImage expected = sent.pixmap(QSize(16, 16), scale).toImage();
            QCOMPARE(expected.size(), QSize(16, 16) * scale);
            expected = expected.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            expected.setDevicePixelRatio(scale);
            QCOMPARE(painted(sent, scale), expected);
            QCOMPARE(painted(sent, scale), expected); // the second time too
        }

        if (QIcon::hasThemeIcon(QStringLiteral("format-text-bold")))
            QSKIP("the desktop theme draws this icon");
        const QIcon bold = Icons::named(QStringLiteral("format-text-bold"));
        checkInkFollowsTheTextColour([&] { return painted(bold, 1.0); });
    }

    // A translation must not let a name drift from its label: German and French, window by window.
    void namesMatchTheirLabelsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << "de";
        QTest::newRow("fr") << "fr";
    }
    void namesMatchTheirLabelsInEveryLanguage()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/draftdesk_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        window.reset();
        window = std::make_unique<MainWindow>(session.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        connectToSandbox();
        QCOMPARE(window->menuBar()->actions().constFirst()->text(),
                 language == "de" ? QStringLiteral("&Datei") : QStringLiteral("&Fichier"));
        checkWindow(window.get(), qPrintable(language + " main window"));
        window->findChild<QAction *>("inspectorAction")->trigger();
        QTRY_VERIFY(window->findChild<NetworkInspector *>()->isVisible());
        checkWindow(window.get(), qPrintable(language + " main window with the inspector"));
        DraftEditor *editor = openFirstDraft();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto *tabs = editor->findChild<QTabWidget *>();
        for (int i = tabs->count() - 1; i >= 0; --i) {
            tabs->setCurrentIndex(i);
            checkWindow(editor, qPrintable(language + " editor, tab " + tabs->tabText(i)));
        }
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        SendDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = editor->findChild<SendDialog *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        checkWindow(dialog, qPrintable(language + " send dialog, now"));
        QTest::keyClick(dialog->findChild<QWidget *>("scheduleRadio"), Qt::Key_Space);
        checkWindow(dialog, qPrintable(language + " send dialog, schedule"));
        dialog->reject();
        editor->close();
        SettingsDialog settings;
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        checkWindow(&settings, qPrintable(language + " settings"));
        NewDraftDialog newDraft(session->client());
        newDraft.show();
        QVERIFY(QTest::qWaitForWindowExposed(&newDraft));
        checkWindow(&newDraft, qPrintable(language + " new draft"));
        EmailTemplates templates(session->client());
        TemplatePicker picker(&templates);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QTRY_VERIFY(picker.findChild<QListWidget *>("templateList")->count() > 0);
        checkWindow(&picker, qPrintable(language + " template picker"));
        SignaturesDialog signatures({"ben@northwind.example"});
        signatures.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signatures));
        checkWindow(&signatures, qPrintable(language + " signatures"));
        checkQaDialogs(language);
    }

    // The QA workbench's dialogs: edit and resend, and a scenario's replay.
    void checkQaDialogs(const QString &language)
    {
        RequestEditorDialog editor(session->inspector(),
                                   {"PUT", "activity/email/acti_x/", "", "{\"status\": \"outbox\"}"});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        checkWindow(&editor, qPrintable(language + " request editor"));
        Scenario scenario;
        scenario.name = "Check";
        scenario.variables.insert("email_id", "acti_x");
        scenario.steps.append({"GET", "activity/email/{{email_id}}/", {}, std::nullopt, 200, {}});
        ScenarioDialog replay(session->client(), scenario);
        replay.show();
        QVERIFY(QTest::qWaitForWindowExposed(&replay));
        checkWindow(&replay, qPrintable(language + " scenario"));
    }

    void theQaDialogsAreNamed() { checkQaDialogs("en"); }

    // Tab goes through the list window's controls in the order they are laid out: top to bottom,
    // left to right, and round again.
    void tabFollowsTheLayout()
    {
        // With a saved profile the profile bar's switcher is enabled (on the demo it is not).
        session->saveProfileAndConnect(
            {"Staging org", sandbox.server->baseUrl(), AuthMethod::ApiKey, false, false}, "k");
        QTRY_VERIFY_WITH_TIMEOUT(table()->model()->rowCount() > 0, 10000);
        QTRY_VERIFY(window->findChild<QWidget *>("profileSwitcher")->isEnabled());
        // As a person sees it: the first row is chosen and its email shown (the preview's views are
        // made then, and take their place in the Tab order).
        QTRY_VERIFY_WITH_TIMEOUT(!window->listPanel()->preview()->shownId().isEmpty(), 10000);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->findChild<QWidget *>("profileSwitcher")->setFocus(Qt::TabFocusReason);
        QStringList order;
        for (int i = 0; i < 30; ++i) {
            // A preview with links takes one Tab per link before letting go (keyboard access to the
            // links): the widget counts once.
            if (order.isEmpty() || order.constLast() != QApplication::focusWidget()->objectName())
                order.append(QApplication::focusWidget()->objectName());
            press(Qt::Key_Tab);
            if (QApplication::focusWidget()->objectName() == order.constFirst())
                break;
        }
        const QStringList expected {"profileSwitcher", "statusFilter", "searchField", "mineOnly",
                                    "leadFilter",      "periodFilter", "emailTable",  "previewBody"};
        QCOMPARE(order.join(", "), expected.join(", "));
    }

    // Where Tab goes from the first control of a window, round once: each step goes down the window,
    // or right along the same row.
    static QStringList stepsAgainstTheLayout(QWidget *shown)
    {
        shown->activateWindow();
        if (!QTest::qWaitForWindowActive(shown))
            return {QStringLiteral("window not active")};
        QWidget *first = shown->nextInFocusChain();
        while (first != shown
               && !(first->isVisible() && first->isEnabled() && (first->focusPolicy() & Qt::TabFocus)))
            first = first->nextInFocusChain();
        first->setFocus(Qt::TabFocusReason);
        QList<QWidget *> chain;
        for (int i = 0; i < 60; ++i) {
            QWidget *now = QApplication::focusWidget();
            if (!now || (!chain.isEmpty() && now == chain.constFirst()))
                break;
            chain.append(now);
            QTest::keyClick(now, Qt::Key_Tab);
        }
        QStringList wrong;
        for (qsizetype i = 1; i < chain.size(); ++i) {
            const QRect a(chain.at(i - 1)->mapTo(shown, QPoint()), chain.at(i - 1)->size());
            const QRect b(chain.at(i)->mapTo(shown, QPoint()), chain.at(i)->size());
            const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
            const bool forward = sameRow ? b.left() >= a.left() : b.top() >= a.top();
            if (!forward)
                wrong.append(chain.at(i - 1)->objectName() + QStringLiteral(" → ")
                             + chain.at(i)->objectName());
        }
        return wrong;
    }

    void tabFollowsTheLayoutInTheEditorAndDialogs()
    {
        connectToSandbox();
        DraftEditor *editor = openFirstDraft();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto *tabs = editor->findChild<QTabWidget *>();
        QStringList wrong;
        for (int i = tabs->count() - 1; i >= 0; --i) {
            tabs->setCurrentIndex(i);
            wrong = stepsAgainstTheLayout(editor);
            QVERIFY2(wrong.isEmpty(),
                     qPrintable("editor, tab " + tabs->tabText(i) + ": " + wrong.join(", ")));
        }
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        SendDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = editor->findChild<SendDialog *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        wrong = stepsAgainstTheLayout(dialog);
        QVERIFY2(wrong.isEmpty(), qPrintable("send dialog: " + wrong.join(", ")));
        dialog->reject();
        editor->close();
        SettingsDialog settings;
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        wrong = stepsAgainstTheLayout(&settings);
        QVERIFY2(wrong.isEmpty(), qPrintable("settings: " + wrong.join(", ")));
        DraftJournal::Entry entry;
        entry.emailId = QStringLiteral("acti_1");
        entry.subject = QStringLiteral("Quote");
        entry.savedAt = QDateTime::currentDateTimeUtc();
        RecoveryDialog recovery({entry});
        recovery.show();
        QVERIFY(QTest::qWaitForWindowExposed(&recovery));
        wrong = stepsAgainstTheLayout(&recovery);
        QVERIFY2(wrong.isEmpty(), qPrintable("recovery: " + wrong.join(", ")));
    }

    // From the list to sent with the keyboard alone: find the draft, open it, add a line, Ctrl+Return,
    // give the sender it lacks, send. Not one mouse event.
    void fromTheListToSentWithTheKeyboardOnly()
    {
        QJsonObject draft = *sandbox.store->email(sandbox.store->orderedEmailIds().constFirst());
        draft.insert("id", "acti_keyboard");
        draft.insert("status", "draft");
        draft.insert("subject", "Keyboard only");
        draft.insert("sender", QJsonValue());
        draft.insert("to", QJsonArray {"jane.doe@acme-logistics.example"});
        draft.insert("date_created", "2026-11-28T09:00:00.000000+00:00");
        sandbox.store->putEmail(draft);
        MouseWatch mouse;
        qApp->installEventFilter(&mouse);
        connectToSandbox();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));

        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("searchField"));
        type("Keyboard only");
        QTRY_COMPARE(table()->model()->rowCount(), 1);
        press(Qt::Key_Return); // to the list
        QTRY_COMPARE(QApplication::focusWidget(), table());
        press(Qt::Key_Return); // open
        DraftEditor *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = window->findChild<DraftEditor *>()) != nullptr, 10000);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QTRY_VERIFY(editor->isAncestorOf(QApplication::focusWidget()));

        // To the body: Alt+M is the Message tab's mnemonic; Tab from it enters the text.
        press(Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("bodyEdit"));
        press(Qt::Key_End, Qt::ControlModifier);
        type(" Thanks!");

        press(Qt::Key_Return, Qt::ControlModifier);
        SendDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = editor->findChild<SendDialog *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // The sender is missing, so the dialog starts there.
        QTRY_VERIFY(dialog->findChild<QWidget *>("sendSender")->isAncestorOf(QApplication::focusWidget())
                    || QApplication::focusWidget() == dialog->findChild<QWidget *>("sendSender"));
        type("anna.krause@northwind.example");
        press(Qt::Key_U, Qt::AltModifier); // "Undo possible for": no delay in a test
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QSpinBox *>("sendInSpin"));
        press(Qt::Key_A, Qt::ControlModifier);
        type("0");
        press(Qt::Key_S, Qt::AltModifier); // &Send
        QTRY_VERIFY_WITH_TIMEOUT(editor->isReadOnly(), 10000);
        sandbox.clock->advance(1000);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.store->email("acti_keyboard")->value("status").toString(),
                                  QStringLiteral("sent"), 10000);
        const QJsonObject sent = *sandbox.store->email("acti_keyboard");
        QCOMPARE(sent.value("sender").toString(), QStringLiteral("anna.krause@northwind.example"));
        QVERIFY(sent.value("body_text").toString().endsWith("Thanks!"));
        QCOMPARE(mouse.events, 0);
        qApp->removeEventFilter(&mouse);
        editor->close();
    }

    // The composer's whole path with the keyboard alone: a new draft for a lead (Ctrl+N), a template
    // (Draft menu), a file (Ctrl+Shift+A and the file dialog), a misspelt word fixed from the context
    // menu (Shift+F10), and the send. Not one mouse event; Close ends with all of it.
    void theComposerWithTheKeyboardOnly()
    {
        const QString leadName = sandbox.store->leads.first().value("display_name").toString();
        QVERIFY(!leadName.isEmpty());
        QTemporaryDir files;
        const QString path = files.filePath("Proposal.pdf");
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n" + QByteArray(20000, 'q'));
        pdf.close();
        QSettings().setValue("spell/default", "en_US");
        auto resetSpelling = qScopeGuard([] { QSettings().remove("spell"); });

        MouseWatch mouse;
        qApp->installEventFilter(&mouse);
        connectToSandbox();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));

        press(Qt::Key_N, Qt::ControlModifier);
        NewDraftDialog *newDraft = nullptr;
        QTRY_VERIFY((newDraft = window->findChild<NewDraftDialog *>()) != nullptr);
        newDraft->setSearchDelay(0);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("leadSearchField"));
        type(leadName);
        QTRY_VERIFY(newDraft->findChild<QListWidget *>("leadList")->count() > 0);
        press(Qt::Key_Return); // to the leads found
        QSignalSpy created(session->drafts(), &Drafts::emailCreated);
        press(Qt::Key_Return); // Create Draft
        QVERIFY(created.wait(10000));
        const QString id = created.first().first().value<EmailActivity>().id();
        DraftEditor *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = window->findChild<DraftEditor *>()) != nullptr, 10000);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QTRY_VERIFY(editor->isBodyReady());

        // Draft → Apply Template…: filter, Return to the list, Return applies; the signature counts as
        // typed text, so it asks, and Alt+Y says yes.
        whenModal<TemplatePicker>(this, [](TemplatePicker *picker) {
            if (picker->findChild<QListWidget *>("templateList")->count() == 0)
                return false;
            QTest::keyClicks(QApplication::focusWidget(), "follow");
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            return true;
        });
        whenModal<QMessageBox>(this, [](QMessageBox *box) {
            QTest::keyClick(box, Qt::Key_Y, Qt::AltModifier);
            return true;
        });
        press(Qt::Key_R, Qt::AltModifier); // the Draft menu
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_T); // Apply &Template…
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        QTRY_VERIFY_WITH_TIMEOUT(subject->text().contains("Following up"), 10000);

        // Ctrl+Shift+A: the file dialog takes a typed path and Return.
        whenModal<QFileDialog>(this, [path](QFileDialog *) {
            QTest::keyClicks(QApplication::focusWidget(), path);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            return true;
        });
        // Offscreen there is no window manager to hand the focus back when a dialog closes.
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(editor->session()->attachments().size(), 1, 10000);
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));

        // A misspelt word at the end of the text; Shift+F10 opens its menu, the first suggestion fixes it.
        press(Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("bodyEdit"));
        auto *body = editor->findChild<QTextEdit *>("bodyEdit");
        body->moveCursor(QTextCursor::Start); // the template's text comes first, the signature after
        press(Qt::Key_End);
        type(" We are gratefull.");
        press(Qt::Key_Left);
        press(Qt::Key_Left);
        const auto marked = [body] {
            for (const QTextLayout::FormatRange &range : body->textCursor().block().layout()->formats())
                if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(marked(), 10000);
        press(Qt::Key_F10, Qt::ShiftModifier);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
        QCOMPARE(menu->actions().constFirst()->text(), QStringLiteral("grateful"));
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
        QTRY_VERIFY(body->toPlainText().contains("We are grateful."));
        QTRY_COMPARE(QApplication::focusWidget(), body); // back from the menu

        // Send now, no undo delay.
        press(Qt::Key_Return, Qt::ControlModifier);
        SendDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = editor->findChild<SendDialog *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_U, Qt::AltModifier);
        press(Qt::Key_A, Qt::ControlModifier);
        type("0");
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isReadOnly(), 10000);
        sandbox.clock->advance(1000);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.store->email(id)->value("status").toString(),
                                  QStringLiteral("sent"), 10000);
        const QJsonObject sent = *sandbox.store->email(id);
        QVERIFY(!sent.value("template_id").toString().isEmpty());
        QCOMPARE(sent.value("attachments").toArray().size(), 1);
        QCOMPARE(sent.value("attachments")[0]["filename"].toString(), QStringLiteral("Proposal.pdf"));
        QVERIFY2(sent.value("body_text").toString().contains("We are grateful."),
                 qPrintable(sent.value("body_text").toString()));
        QCOMPARE(mouse.events, 0);
        qApp->removeEventFilter(&mouse);
        editor->close();
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
