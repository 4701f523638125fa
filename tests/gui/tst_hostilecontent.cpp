// Hostile email content opened in the preview and the editor, checked from outside: a unique probe
// file watched with inotify (any open or read of it counts), a second loopback server and the
// sandbox's own request log (any request counts), and the time the UI thread spends on each body.
#include "core/api/CloseClient.h"
#include "core/base/BidiText.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "fakes/SandboxFixture.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/SafeTextBrowser.h"
#include "ui/editor/DraftEditor.h"
#include "ui/editor/RecipientField.h"
#include "ui/editor/RichTextEdit.h"
#include "ui/list/PreviewPane.h"
#include "ui/list/StatusDecorationModel.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/inotify.h>
#include <unistd.h>

namespace {
// Generous: the failures this guards against took 17 s, over 100 s, or crashed. A debug build on a
// busy 2-core machine stays far below it.
constexpr qint64 uiBoundMs = 5000;
} // namespace

class TestHostileContent final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture sandbox;
    std::unique_ptr<CloseClient> client;
    std::unique_ptr<QTemporaryDir> journalDir;
    std::unique_ptr<DraftJournal> journal;
    std::unique_ptr<Drafts> drafts;
    QTemporaryDir probeDir;
    QString probeName; // unique per run: nothing else on the machine opens it
    RawHttpServer elsewhere;
    int watch = -1;
    QStringList sandboxPaths;
    QString previousDir;

    QString probePath(const QString &suffix) const { return probeDir.filePath(probeName + suffix); }

    // Everything that opened or read a file in the probe directory since the last call.
    QStringList probeEvents()
    {
        QStringList events;
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            const ssize_t n = read(watch, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (char *p = buffer; p < buffer + n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(p);
                events.append(event->len ? QString::fromUtf8(event->name) : QStringLiteral("(dir)"));
                p += sizeof(inotify_event) + event->len;
            }
        }
        return events;
    }

    // The body of the newest PUT the client sent.
    QJsonObject lastPutBody() const
    {
        for (int i = client->requestLog()->size() - 1; i >= 0; --i) {
            if (client->requestLog()->at(i).method == "PUT")
                return QJsonDocument::fromJson(client->requestLog()->at(i).requestBody).object();
        }
        return {};
    }

    QJsonObject hostileEmail(const QString &html, const QString &text = {})
    {
        QJsonObject email = *sandbox.store->email(sandbox.firstEmail("draft", true).id());
        email.insert("body_html", html);
        email.insert("body_text", text);
        sandbox.store->putEmail(email);
        return email;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=false");
        QVERIFY(probeDir.isValid());
        probeName = "probe-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QImage pixel(1, 1, QImage::Format_RGB32);
        pixel.fill(Qt::red);
        QVERIFY(pixel.save(probePath(".png")));
        QFile css(probePath(".css"));
        QVERIFY(css.open(QIODevice::WriteOnly));
        css.write("p { color: red; }");
        css.close();
        watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QVERIFY(watch >= 0);
        QVERIFY(inotify_add_watch(watch, QFile::encodeName(probeDir.path()).constData(), IN_OPEN | IN_ACCESS)
                >= 0);
        // The watch itself must be able to fail: reading the probe is seen.
        QFile probe(probePath(".png"));
        QVERIFY(probe.open(QIODevice::ReadOnly));
        (void)probe.readAll();
        probe.close();
        const QStringList seen = probeEvents();
        QVERIFY2(seen.contains(probeName + ".png"), qPrintable(seen.join(',')));
        QVERIFY(elsewhere.start());
        // Relative names resolve against the working directory: make that the probe's.
        previousDir = QDir::currentPath();
        QVERIFY(QDir::setCurrent(probeDir.path()));
    }
    void cleanupTestCase()
    {
        QDir::setCurrent(previousDir);
        if (watch >= 0)
            close(watch);
    }
    void init()
    {
        QVERIFY(sandbox.start(20));
        connect(sandbox.server.get(), &SandboxServer::requestHandled, this,
                [this](const QByteArray &, const QString &path, int) { sandboxPaths.append(path); });
        client = sandbox.makeClient();
        journalDir = std::make_unique<QTemporaryDir>();
        journal = std::make_unique<DraftJournal>(journalDir->path());
        journal->setDelay(0);
        drafts = std::make_unique<Drafts>(client.get(), journal.get());
        sandboxPaths.clear();
        probeEvents();
    }
    void cleanup()
    {
        QList<QPointer<QWidget>> windows;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (qobject_cast<DraftEditor *>(w) || qobject_cast<PreviewPane *>(w))
                windows.append(w);
        }
        qDeleteAll(windows);
        drafts.reset();
        journal.reset();
        journalDir.reset();
        client.reset();
        sandbox.stop();
    }

    void opensWithinBoundsAndTouchesNothing_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("rich"); // false: shown as plain text with a reason (editor)
        QTest::addColumn<bool>("previewRich"); // the preview may still show it formatted
        const QString abs = probePath(".png");
        const QString css = probePath(".css");
        const QString here = QString::fromLatin1(elsewhere.base());
        QTest::newRow("nested-tables-30")
            << QString("<table><tr><td>x").repeated(30) + "deep" + QString("</td></tr></table>").repeated(30)
            << true << true;
        QTest::newRow("nested-tables-3000") << QString("<table><tr><td>x").repeated(3000) + "deep"
                + QString("</td></tr></table>").repeated(3000)
                                            << false << false; // 12,000 elements: plain text, with the reason
        QTest::newRow("nested-tables-300") << QString("<table><tr><td>x").repeated(300) + "deep"
                + QString("</td></tr></table>").repeated(300)
                                           << true << true; // flattened below four levels
        QTest::newRow("local-file-images")
            << QString(
                   "<p>deep</p><img src=\"%1\"><img src=\"file://%1\"><img src=\"%2.png\"><img "
                   "src=\"./%2.png\">"
                   "<input type=image src=\"%1\"><video poster=\"%1\"></video><table background=\"%1\"><tr>"
                   "<td background=\"%1\">x</td></tr></table>")
                   .arg(abs, probeName)
            << true << true;
        QTest::newRow("css-url")
            << QString("<style>@import url(%2); @import \"%3.css\"; p{background-image:url(%1)} "
                       "body{background:url(%1)}</style><p "
                       "style=\"background-image:url(%1);list-style-image:url(%1)\">"
                       "deep</p><ul style=\"list-style-image:url('%3.png')\"><li>x</li></ul>")
                   .arg(abs, css, probeName)
            << true << true;
        QTest::newRow("link-and-frames")
            << QString("<link rel=stylesheet href=\"%2\"><link rel=stylesheet href=\"%3.css\">"
                       "<link rel=stylesheet href=\"%4/%3.css\"><p>deep</p><iframe src=\"%1\"></iframe>"
                       "<iframe src=\"%4/%3.html\"></iframe><frameset><frame src=\"%1\"></frameset>"
                       "<object data=\"%1\"></object><embed src=\"%1\"><svg><image href=\"%1\"/></svg>")
                   .arg(abs, css, probeName, here)
            << true << true;
        QTest::newRow("remote-images")
            << QString("<p>deep</p><img src=\"%1/%2.png\"><img src=\"//127.0.0.1:%3/%2.png\">"
                       "<p style=\"background-image:url(%1/%2.png)\">x</p>")
                   .arg(here, probeName, QString::number(elsewhere.serverPort()))
            << true << true;
        QTest::newRow("10-mb-body") << "<p>deep " + QString("0123456789").repeated(1'000'000) + "</p>"
                                    << false << false;
        QTest::newRow("3000-nested-divs") << QString("<div>").repeated(3000) + "deep" << true << true;
        QTest::newRow("rtl-overrides")
            << QString::fromUtf8("<p>deep \u202Egnp.exe\u202C and \u2067isolate</p>") << true << true;
        // Text whose layout alone would hold the window: locked, shown as text, broken for display.
        QTest::newRow("100000-character-word")
            << "<p>deep " + QString(100'000, 'w') + "</p>" << false << true;
        QTest::newRow("100000-combining-marks")
            << "<p>deep a" + QString(100'000, QChar(0x0301)) + "</p>" << false << true;
        QTest::newRow("5-mb-data-image")
            << "<p>deep <img src=\"data:image/png;base64," + QString(5'000'000, 'A') + "\"></p>" << false
            << false;
    }
    void opensWithinBoundsAndTouchesNothing()
    {
        QFETCH(QString, html);
        QFETCH(bool, rich);
        QFETCH(bool, previewRich);
        // The sandbox's own origin too: an image there would show up in its request log.
        html += QString("<img src=\"%1/%2.png\">").arg(sandbox.server->baseUrl().toString(), probeName);
        const EmailActivity email = EmailActivity::fromJson(hostileEmail(html, "deep text body")).activity;

        auto *preview = new PreviewPane;
        preview->resize(800, 600);
        preview->show();
        QVERIFY(QTest::qWaitForWindowExposed(preview));
        QElapsedTimer ui;
        ui.start();
        QSignalSpy shown(preview->body(), &SafeTextBrowser::bodyShown);
        preview->showEmail(email);
        qint64 uiMs = ui.elapsed(); // the call itself; a large body continues on a worker
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        ui.restart();
        (void)preview->grab(); // lays out and paints the body
        uiMs = qMax(uiMs, ui.elapsed());
        QVERIFY2(uiMs < uiBoundMs, qPrintable(QString::number(uiMs)));
        QCOMPARE(preview->body()->shownBody().isRich(), previewRich);
        QVERIFY(preview->body()->toPlainText().contains("deep"));
        if (!previewRich)
            QVERIFY(preview->findChild<QLabel *>("previewNote")
                        ->text()
                        .contains(preview->body()->shownBody().reason));

        ui.restart();
        QPointer<DraftEditor> editor = new DraftEditor(drafts.get(), email, {});
        editor->resize(900, 700);
        editor->show();
        uiMs = ui.elapsed();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QTRY_VERIFY_WITH_TIMEOUT(editor->isBodyReady(), 30000);
        ui.restart();
        (void)editor->grab();
        uiMs = qMax(uiMs, ui.elapsed());
        QVERIFY2(uiMs < uiBoundMs, qPrintable(QString::number(uiMs)));
        auto *body = editor->findChild<RichTextEdit *>("bodyEdit");
        QVERIFY(body->toPlainText().contains("deep"));
        QCOMPARE(body->isReadOnly(), !rich);
        if (!rich)
            QVERIFY(editor->findChild<QLabel *>("lossNote")->isVisible());

        QCOMPARE(probeEvents(), QStringList());
        QCOMPARE(elsewhere.connections, 0);
        for (const QString &path : std::as_const(sandboxPaths))
            QVERIFY2(!path.contains(probeName), qPrintable(path));
        delete editor.data();
    }

    // The one kind of image that loads: embedded data, decoded into a picture in preview and editor.
    void embeddedImagesShow()
    {
        QImage red(8, 8, QImage::Format_RGB32);
        red.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        red.save(&buffer, "PNG");
        const QString src = "data:image/png;base64," + QString::fromLatin1(png.toBase64());
        const EmailActivity email
            = EmailActivity::fromJson(
                  hostileEmail("<p>logo <img src=\"" + src + "\" width=8 height=8></p>", "logo"))
                  .activity;
        auto *preview = new PreviewPane;
        preview->show();
        preview->showEmail(email);
        QTRY_VERIFY(!preview->body()->isPreparing());
        QCOMPARE(preview->body()->blockedCount(), 0);
        const QVariant shown = preview->body()->document()->resource(QTextDocument::ImageResource, QUrl(src));
        QVERIFY(!QImage::fromData(shown.toByteArray()).isNull() || !shown.value<QImage>().isNull());
        QPointer<DraftEditor> editor = new DraftEditor(drafts.get(), email, {});
        editor->show();
        QTRY_VERIFY(editor->isBodyReady());
        const QVariant edited = editor->findChild<RichTextEdit *>("bodyEdit")
                                    ->document()
                                    ->resource(QTextDocument::ImageResource, QUrl(src));
        QVERIFY(!QImage::fromData(edited.toByteArray()).isNull() || !edited.value<QImage>().isNull());
        delete editor.data();
    }

    void directionControlsAreNeutralisedForDisplay()
    {
        const QString subject = QString::fromUtf8("Invoice \u202Egnp.exe");
        QJsonObject json = hostileEmail("<p>body</p>", "body");
        json.insert("subject", subject);
        json.insert("to", QJsonArray {QString::fromUtf8("\u202Emoc.elpmaxe@lieve")});
        sandbox.store->putEmail(json);
        const EmailActivity email = EmailActivity::fromJson(json).activity;

        auto *preview = new PreviewPane;
        preview->showEmail(email);
        const QString header = preview->findChild<QLabel *>("previewHeader")->text();
        QVERIFY(header.contains("Invoice gnp.exe"));
        QVERIFY(!BidiText::containsControls(header));

        QPointer<DraftEditor> editor = new DraftEditor(drafts.get(), email, {});
        editor->show();
        QTRY_VERIFY(editor->isBodyReady());
        QVERIFY(!BidiText::containsControls(editor->windowTitle()));
        QCOMPARE(editor->findChild<QLineEdit *>("subjectField")->text(), subject); // the data is untouched
        auto *note = editor->findChild<QLabel *>("directionNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QString::fromUtf8("Invoice ⟨U+202E⟩gnp.exe")),
                 qPrintable(note->text()));
        QVERIFY(note->text().contains(QString::fromUtf8("⟨U+202E⟩moc.elpmaxe@lieve")));
        QVERIFY(!editor->session()->isDirty());
        delete editor.data();
    }

    // A look-alike address typed into To (a Cyrillic "а" in the domain) and one with a zero-width
    // space: the note beside the fields names both; the field keeps what was typed.
    void lookalikeAddressesAreMarked()
    {
        const EmailActivity email = EmailActivity::fromJson(hostileEmail("<p>body</p>", "body")).activity;
        QPointer<DraftEditor> editor = new DraftEditor(drafts.get(), email, {});
        editor->show();
        QTRY_VERIFY(editor->isBodyReady());
        auto *note = editor->findChild<QLabel *>("directionNote");
        QVERIFY(note->isHidden());
        auto *to = editor->findChild<QLineEdit *>("toField");
        to->setFocus();
        to->selectAll();
        // As a keyboard layout types them: QTest::keyClicks knows only ASCII.
        for (const QChar c : QString::fromUtf8("billing@pаypal.com, anna\u200B@example.com")) {
            if (c.unicode() < 0x80)
                QTest::keyClick(to, c.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, to, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QString::fromUtf8("pаypal.com mixes letters")),
                 qPrintable(note->text()));
        QVERIFY(note->text().contains("invisible characters"));
        QCOMPARE(editor->session()->current().to().size(), 2);
        QVERIFY(editor->session()->current().to().constFirst().contains(QString::fromUtf8("pаypal")));
        delete editor.data();
    }

    // Text that looks like HTML in a subject, an address or a server's message: labels, tooltips and
    // banners show it as text. A label left to guess would render it, and load the image from disk.
    void htmlLookingTextLoadsNothing()
    {
        const QString hostile = QString("<img src=\"%1.png\"> <b>bold</b>").arg(probeName);
        {
            QLabel guessing(hostile); // the control: Qt's default does read the file
            guessing.show();
            (void)guessing.grab();
            QVERIFY(probeEvents().contains(probeName + ".png"));
        }
        ErrorBanner banner;
        banner.showError(hostile, false);
        banner.show();
        (void)banner.grab();
        QStandardItemModel source(1, 1);
        source.setData(source.index(0, 0), hostile, Qt::ToolTipRole);
        StatusDecorationModel list;
        list.setSourceModel(&source);
        const QString tip = list.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains("&lt;img"));
        QLabel tooltipLike(tip); // a tooltip is a rich label: the escaped text must stay text
        (void)tooltipLike.grab();
        RecipientField field;
        field.show();
        field.setText(hostile);
        QTest::keyClick(&field, Qt::Key_Tab);
        QLabel recipientTip(field.toolTip());
        (void)recipientTip.grab();
        QVERIFY2(field.toolTip().contains("&lt;img"), qPrintable(field.toolTip()));
        QCOMPARE(probeEvents(), QStringList());
    }

    // 10 MB of text and no HTML: the beginning is shown (saying so), within the bound, and the editor
    // keeps the body as it is.
    void hugeTextOnlyBodyIsCutForDisplay()
    {
        const QString text = "deep " + QString("0123456789 abcdefghij\n").repeated(500'000);
        const EmailActivity email = EmailActivity::fromJson(hostileEmail(QString(), text)).activity;
        auto *preview = new PreviewPane;
        preview->resize(800, 600);
        preview->show();
        QElapsedTimer ui;
        ui.start();
        preview->showEmail(email);
        (void)preview->grab();
        QVERIFY2(ui.elapsed() < uiBoundMs, qPrintable(QString::number(ui.elapsed())));
        QVERIFY(preview->body()->shownBody().plainTextCut);
        QVERIFY(preview->body()->toPlainText().startsWith("deep"));
        QVERIFY(preview->body()->toPlainText().size() < text.size());
        QVERIFY(preview->findChild<QLabel *>("previewNote")->text().contains("characters are shown"));

        ui.restart();
        QPointer<DraftEditor> editor = new DraftEditor(drafts.get(), email, {});
        editor->show();
        QTRY_VERIFY(editor->isBodyReady());
        (void)editor->grab();
        QVERIFY2(ui.elapsed() < uiBoundMs, qPrintable(QString::number(ui.elapsed())));
        QVERIFY(editor->findChild<RichTextEdit *>("bodyEdit")->isReadOnly());
        QVERIFY(editor->findChild<QLabel *>("lossNote")->isVisible());
        QVERIFY(!editor->session()->isDirty());
        delete editor.data();
    }

    // Pasted HTML goes through the same sanitizer: formatting stays, files and scripts do not.
    void pastedHtmlIsSanitized()
    {
        const EmailActivity email = EmailActivity::fromJson(hostileEmail("<p>start</p>", "start")).activity;
        QPointer<DraftEditor> editor = new DraftEditor(drafts.get(), email, {});
        editor->show();
        QTRY_VERIFY(editor->isBodyReady());
        auto *body = editor->findChild<RichTextEdit *>("bodyEdit");
        body->moveCursor(QTextCursor::End);
        auto *mime = new QMimeData;
        mime->setHtml(QString("<b>pasted bold</b><img src=\"%1.png\"><script>evil()</script>"
                              "<p style=\"background-image:url(%2)\">styled</p>")
                          .arg(probeName, probePath(".png")));
        mime->setText("pasted bold styled");
        QApplication::clipboard()->setMimeData(mime);
        body->paste();
        (void)editor->grab();
        QVERIFY(body->toPlainText().contains("pasted bold"));
        QVERIFY(!body->toPlainText().contains("evil"));
        QVERIFY(body->toHtml().contains("font-weight:700") || body->toHtml().contains("font-weight:600"));
        QVERIFY(!body->toHtml().contains(probeName));
        QCOMPARE(probeEvents(), QStringList());
        delete editor.data();
    }

    // A subject longer than a line edit holds (it cut at 32,767 silently), or slow to lay out: shown
    // shortened and locked, said so, and a save of another field leaves it as Close has it.
    void subjectBeyondTheFieldIsShownShortAndKept_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::newRow("40000 characters") << "Long " + QString(40'000, 'S');
        QTest::newRow("100000 marks") << "Zalgo a" + QString(100'000, QChar(0x0301));
    }
    void subjectBeyondTheFieldIsShownShortAndKept()
    {
        QFETCH(QString, subject);
        QJsonObject json = hostileEmail("<p>body</p>", "body");
        json.insert("subject", subject);
        sandbox.store->putEmail(json);
        const EmailActivity email = EmailActivity::fromJson(json).activity;

        auto *preview = new PreviewPane;
        preview->showEmail(email);
        QVERIFY(preview->findChild<QLabel *>("previewHeader")->text().size() < 5'000);

        QPointer<DraftEditor> editor = new DraftEditor(drafts.get(), email, {});
        editor->show();
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QTRY_VERIFY(editor->isBodyReady());
        QVERIFY(editor->windowTitle().size() < 1'000);
        auto *field = editor->findChild<QLineEdit *>("subjectField");
        QVERIFY(field->isReadOnly());
        QVERIFY(field->text().size() < 5'000);
        auto *note = editor->findChild<QLabel *>("unusableFieldsNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains("subject: ") && note->text().contains("Raw JSON"),
                 qPrintable(note->text()));
        // A person changes the recipients and saves: only they go to Close.
        auto *to = editor->findChild<QLineEdit *>("toField");
        to->setFocus();
        to->selectAll();
        QTest::keyClicks(to, "anna@example.com");
        QSignalSpy saved(editor->session(), &DraftSession::saved);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(saved.wait(10000), qPrintable(editor->findChild<QLabel *>("editorProblem")->text()));
        const QJsonObject put = lastPutBody();
        QCOMPARE(put.keys(), QStringList {"to"});
        QCOMPARE(sandbox.store->email(email.id())->value("subject").toString(), subject);
        delete editor.data();
    }

    void tooLargeBodyIsKeptOnSave()
    {
        const QString html = "<p>" + QString("0123456789").repeated(300'000) + "</p>";
        const EmailActivity email = EmailActivity::fromJson(hostileEmail(html, "short text")).activity;
        QPointer<DraftEditor> editor = new DraftEditor(drafts.get(), email, {});
        editor->show();
        QTRY_VERIFY_WITH_TIMEOUT(editor->isBodyReady(), 30000);
        QVERIFY(editor->findChild<RichTextEdit *>("bodyEdit")->isReadOnly());
        auto *subject = editor->findChild<QLineEdit *>("subjectField");
        subject->selectAll();
        QTest::keyClicks(subject, "Only the subject");
        QSignalSpy saved(editor->session(), &DraftSession::saved);
        editor->save();
        QVERIFY(saved.wait(10000));
        const QJsonObject put = lastPutBody();
        QCOMPARE(put.keys(), QStringList {"subject"});
        QCOMPARE(sandbox.store->email(email.id())->value("body_html").toString(), html);
        delete editor.data();
    }
};

QTEST_MAIN(TestHostileContent)
#include "tst_hostilecontent.moc"
