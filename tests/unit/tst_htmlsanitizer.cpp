// The sanitizer between an email's HTML and QTextDocument: what may load (data: images within limits),
// what never does (files, relative paths, qrc:, the network, CSS url(), <link>, frames, scripts), and
// how nesting, size and element count are bounded, with the text kept readable.
#include "richtext/BodyPreparer.h"
#include "richtext/CssSanitizer.h"
#include "richtext/DocumentPrebuild.h"
#include "richtext/HtmlSanitizer.h"
#include "richtext/SafeTextDocument.h"
#include "richtext/TextRuns.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QThread>
#include <QThreadPool>

namespace {
QString pngDataUrl(int width = 2, int height = 2)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return "data:image/png;base64," + QString::fromLatin1(bytes.toBase64());
}

// A BMP whose header claims 20000 × 20000 pixels: small to send, 1.6 GB to decode.
QString bmpBombDataUrl()
{
    QImage image(1, 1, QImage::Format_RGB32);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "BMP");
    const qint32 side = 20000;
    memcpy(bytes.data() + 18, &side, 4);
    memcpy(bytes.data() + 22, &side, 4);
    return "data:image/bmp;base64," + QString::fromLatin1(bytes.toBase64());
}

// How deep <table> elements nest in well-formed output.
int tableNesting(const QString &html)
{
    int depth = 0;
    int deepest = 0;
    static const QRegularExpression tag("<(/?)table[\\s>]");
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        depth += it.next().captured(1).isEmpty() ? 1 : -1;
        deepest = qMax(deepest, depth);
    }
    return deepest;
}

QString nested(const QString &open, const QString &close, int levels, const QString &inner = "deep text")
{
    return open.repeated(levels) + inner + close.repeated(levels);
}
} // namespace

class TestHtmlSanitizer final : public QObject
{
    Q_OBJECT

private slots:
    void nothingOutsideLoads_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("mustNotContain");
        QTest::newRow("absolute-path-image") << "<img src=\"/etc/passwd\">"
                                             << "passwd";
        QTest::newRow("file-url-image") << "<img src=\"file:///etc/passwd\">"
                                        << "passwd";
        QTest::newRow("relative-image") << "<img src=\"probe.png\">"
                                        << "probe";
        QTest::newRow("qrc-image") << "<img src=\"qrc:/icons/draftdesk.svg\">"
                                   << "qrc";
        QTest::newRow("colon-qrc-image") << "<img src=\":/icons/draftdesk.svg\">"
                                         << "icons";
        QTest::newRow("remote-image") << "<img src=\"https://tracker.example/p.gif\">"
                                      << "tracker";
        QTest::newRow("svg-data-image") << "<img src=\"data:image/svg+xml;base64,PHN2Zy8+\">"
                                        << "svg";
        QTest::newRow("css-url") << "<p style=\"background-image:url(/etc/passwd)\">x</p>"
                                 << "passwd";
        QTest::newRow("css-background") << "<p style=\"background: url('file:///etc/passwd')\">x</p>"
                                        << "passwd";
        QTest::newRow("css-escape") << "<p style=\"backgr\\6f und-image:u\\72l(/etc/passwd)\">x</p>"
                                    << "passwd";
        QTest::newRow("sheet-url") << "<style>p{background-image:url(/etc/passwd)}</style><p>x</p>"
                                   << "passwd";
        QTest::newRow("sheet-import") << "<style>@import url(/etc/passwd.css); p{color:red}</style><p>x</p>"
                                      << "passwd";
        QTest::newRow("link-stylesheet") << "<link rel=stylesheet href=\"/etc/passwd.css\"><p>x</p>"
                                         << "passwd";
        QTest::newRow("table-background") << "<table background=\"/etc/passwd\"><tr><td>x</td></tr></table>"
                                          << "passwd";
        QTest::newRow("iframe") << "<iframe src=\"/etc/passwd\"></iframe><p>x</p>"
                                << "passwd";
        QTest::newRow("object") << "<object data=\"/etc/passwd\"></object>"
                                << "passwd";
        QTest::newRow("svg-image") << "<svg><image href=\"/etc/passwd\"/></svg>"
                                   << "passwd";
        QTest::newRow("base-href") << "<base href=\"file:///etc/\"><img src=\"passwd\">"
                                   << "passwd";
        QTest::newRow("javascript-link") << "<a href=\"javascript:alert(1)\">x</a>"
                                         << "javascript";
        QTest::newRow("file-link") << "<a href=\"file:///etc/passwd\">x</a>"
                                   << "passwd";
        QTest::newRow("event-handler") << "<p onclick=\"alert(1)\">x</p>"
                                       << "onclick";
        QTest::newRow("script") << "<script>document.write('passwd')</script>"
                                << "passwd";
    }
    void nothingOutsideLoads()
    {
        QFETCH(QString, html);
        QFETCH(QString, mustNotContain);
        const SanitizedHtml body = HtmlSanitizer::sanitize(html);
        QVERIFY(body.isRich());
        QVERIFY2(!body.html.contains(mustNotContain, Qt::CaseInsensitive), qPrintable(body.html));
        // And the document made from it asks for nothing, even when laid out and drawn.
        SafeTextDocument document;
        document.setHtml(body.html);
        document.setTextWidth(400);
        QImage canvas(400, 300, QImage::Format_RGB32);
        QPainter painter(&canvas);
        document.drawContents(&painter);
        QCOMPARE(document.refusedResources(), 0);
    }

    void embeddedImagesWithinLimitsLoad()
    {
        const QString small = pngDataUrl();
        SanitizedHtml body = HtmlSanitizer::sanitize("<p><img src=\"" + small + "\" alt=\"logo\"></p>");
        QVERIFY(body.html.contains(small));
        QCOMPARE(body.blockedImages, 0);
        QVERIFY(body.editorLosses.contains(HtmlSanitizer::tr("images")));

        SanitizeLimits tight;
        tight.maxImageBytes = 50;
        body = HtmlSanitizer::sanitize("<img src=\"" + pngDataUrl(64, 64) + "\" alt=\"big\">", {}, tight);
        QCOMPARE(body.blockedImages, 1);
        QVERIFY(body.html.contains("[big]")); // the alt text stands in
        QVERIFY(!body.html.contains("data:"));

        body = HtmlSanitizer::sanitize("<img src=\"" + bmpBombDataUrl() + "\">");
        QCOMPARE(body.blockedImages, 1);
        body = HtmlSanitizer::sanitize("<img src=\"data:image/png;base64,not*base64\">");
        QCOMPARE(body.blockedImages, 1);
    }

    void formattingSurvives()
    {
        const SanitizedHtml body = HtmlSanitizer::sanitize(
            "<html><head><title>t</title><style>.x{color:#123456}</style></head><body>"
            "<p style=\"color: rgb(10, 20, 30); font-family: 'DejaVu Sans', sans-serif\">Hello <b>bold</b> "
            "<a href=\"https://x.example/a?b=1&amp;c=2\">link</a> <a href=\"mailto:j@x.example\">mail</a></p>"
            "<table border=\"1\" cellpadding=\"4\"><tr><td colspan=\"9999\">cell</td></tr></table>"
            "<ul><li>one</li></ul><p dir=\"rtl\" class=\"x\">\u05e9\u05dc\u05d5\u05dd</p></body></html>");
        QVERIFY(body.isRich());
        QVERIFY(body.html.contains("color:rgb(10, 20, 30)"));
        QVERIFY(body.html.contains("font-family:'DejaVu Sans', sans-serif"));
        QVERIFY(body.html.contains("href=\"https://x.example/a?b=1&amp;c=2\""));
        QVERIFY(body.html.contains("href=\"mailto:j@x.example\""));
        QVERIFY(body.html.contains("colspan=\"50\"")); // clamped
        QVERIFY(body.html.contains(".x{color:#123456}"));
        QVERIFY(body.html.contains("dir=\"rtl\""));
        QVERIFY(!body.html.contains("<title>"));
        QTextDocument document;
        document.setHtml(body.html);
        QVERIFY(document.toPlainText().contains("Hello bold link mail"));
        QVERIFY(document.toPlainText().contains("\u05e9\u05dc\u05d5\u05dd"));
    }

    void brokenHtmlKeepsItsText()
    {
        const SanitizedHtml body
            = HtmlSanitizer::sanitize("<p>one<b>two<i>three</p><td>four<table><tr>five&amp;"
                                      "<![CDATA[x]]><!-- c -->&lt;six&gt;");
        QVERIFY(body.isRich());
        QTextDocument document;
        document.setHtml(body.html);
        const QString text = document.toPlainText();
        for (const char *word : {"one", "two", "three", "four", "five&", "<six>"})
            QVERIFY2(text.contains(QString::fromLatin1(word)), qPrintable(text));
        QVERIFY(!text.contains("c -->"));
    }

    void deepNestingIsFlattened_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("30-tables") << nested("<table><tr><td>", "</td></tr></table>", 30);
        QTest::newRow("3000-tables") << nested("<table><tr><td>", "</td></tr></table>", 3000);
        QTest::newRow("3000-tables-unclosed") << QString("<table><tr><td>").repeated(3000) + "deep text";
        QTest::newRow("5000-divs") << nested("<div>", "</div>", 5000);
        QTest::newRow("5000-spans") << nested("<span style=\"color:red\">", "</span>", 5000);
        QTest::newRow("3000-lists") << nested("<ul><li>", "</li></ul>", 3000);
        QTest::newRow("3000-quotes") << nested("<blockquote>", "</blockquote>", 3000);
    }
    void deepNestingIsFlattened()
    {
        QFETCH(QString, html);
        SanitizeLimits limits;
        limits.maxElements = 50'000; // flattening itself; the default sends these to plain text
        const SanitizedHtml body = HtmlSanitizer::sanitize(html, {}, limits);
        QVERIFY(body.isRich());
        QVERIFY(body.flattened > 0);
        QVERIFY(tableNesting(body.html) <= limits.maxTableDepth);
        QTextDocument document;
        document.setHtml(body.html);
        document.setTextWidth(600);
        (void)document.size(); // lays it out: this overflowed the stack with 3,000 tables
        QVERIFY(document.toPlainText().contains("deep text"));
    }

    void defaultLimitsSendHugeNestingToText()
    {
        const SanitizedHtml body
            = HtmlSanitizer::sanitize(QString("<table><tr><td>").repeated(3000) + "deep text");
        QVERIFY(!body.isRich());
        QVERIFY(body.plainText.contains("deep text"));
        QVERIFY(body.reason.contains("10,000"));
    }

    void tooLargeIsPlainText()
    {
        SanitizeLimits limits;
        limits.maxHtmlChars = 1000;
        const QString html = "<p>" + QString("word ").repeated(400) + "</p>";
        SanitizedHtml body = HtmlSanitizer::sanitize(html, "the body text", limits);
        QVERIFY(!body.isRich());
        QCOMPARE(body.plainText, "the body text");
        QVERIFY(body.reason.contains(QLocale().formattedDataSize(html.size())));
        // Without a text body the HTML source is shown, cut to the display limit.
        limits.maxPlainChars = 100;
        body = HtmlSanitizer::sanitize(html, {}, limits);
        QVERIFY(!body.isRich());
        QCOMPARE(body.plainText, html.left(100));
        QVERIFY(body.plainTextCut);
    }

    void textBodiesAreCutForDisplayOnly()
    {
        SanitizeLimits limits;
        limits.maxPlainChars = 10;
        SanitizedHtml body = HtmlSanitizer::plainText("short", limits);
        QVERIFY(!body.isRich());
        QCOMPARE(body.plainText, "short");
        QVERIFY(!body.plainTextCut);
        QVERIFY(body.reason.isEmpty());
        body = HtmlSanitizer::plainText(QString::fromUtf8("123456789\U0001F600 more"), limits);
        QCOMPARE(body.plainText, "123456789"); // never half a surrogate pair
        QVERIFY(body.plainTextCut);
    }

    void tooManyElementsIsPlainText()
    {
        SanitizeLimits limits;
        limits.maxElements = 100;
        const QString html = QString("<p>para <b>bold</b></p>").repeated(80);
        SanitizedHtml body = HtmlSanitizer::sanitize(html, {}, limits);
        QVERIFY(!body.isRich());
        QVERIFY(body.plainText.startsWith("para bold"));
        QVERIFY(!body.plainText.contains('<'));
        QVERIFY(!body.reason.isEmpty());
        // Far too many tags: refused before parsing.
        body = HtmlSanitizer::sanitize(QString("<b>").repeated(10000), "text", limits);
        QVERIFY(!body.isRich());
        QCOMPARE(body.plainText, "text");
    }

    void cssAllowList_data()
    {
        QTest::addColumn<QString>("css");
        QTest::addColumn<QString>("kept");
        QTest::newRow("colour") << "color: red"
                                << "color:red";
        QTest::newRow("unknown-property") << "position: fixed; color: red"
                                          << "color:red";
        QTest::newRow("url") << "background-color: url(x)"
                             << "";
        QTest::newRow("expression") << "width: expression(alert(1))"
                                    << "";
        QTest::newRow("escape") << "color: \\72 ed"
                                << "";
        QTest::newRow("huge-font") << "font-size: 99999px"
                                   << "";
        QTest::newRow("huge-margin") << "margin: 1px 100000px"
                                     << "";
        QTest::newRow("semicolon-in-quotes") << "font-family: 'a;b'; color: blue"
                                             << "color:blue";
        QTest::newRow("hex-colour") << "color: #123456; margin: 0 4px"
                                    << "color:#123456;margin:0 4px";
        QTest::newRow("comment") << "color:/* x */green"
                                 << "color:green";
        QTest::newRow("upper-case") << "COLOR: Blue"
                                    << "color:Blue";
    }
    void cssAllowList()
    {
        QFETCH(QString, css);
        QFETCH(QString, kept);
        QCOMPARE(CssSanitizer::declarations(css), kept);
    }

    void styleSheetRules()
    {
        QCOMPARE(
            CssSanitizer::styleSheet(u"@media screen { p { color: red } } p.a, td { color: blue; "
                                     "background: url(x) } div[x=\"y\"] { color: red } @font-face { src: "
                                     u"url(x) } h1{font-weight:bold}"),
            "p.a, td{color:blue}\nh1{font-weight:bold}\n");
        QCOMPARE(CssSanitizer::styleSheet(u"p{color:red}\n").size(), 13);
        QCOMPARE(CssSanitizer::styleSheet(QString("p{color:red} ").repeated(500)).count('\n'), 200);
        QCOMPARE(CssSanitizer::styleSheet(u"p{color:red"), "p{color:red}\n"); // unclosed block
    }

    void textIsUntouched()
    {
        // Bidi controls, NULs and odd characters in the content are the sender's text: kept, escaped.
        const QString text = QString::fromUtf8("invoice \u202egnp.exe & <b>");
        const SanitizedHtml body = HtmlSanitizer::sanitize("<p>" + text.toHtmlEscaped() + "</p>");
        QTextDocument document;
        document.setHtml(body.html);
        QCOMPARE(document.toPlainText(), text);
    }

    // A large body is sanitized once: the preview's work serves the editor that opens it next.
    // Long runs of text set aside before the parse (TextRuns) give exactly the result of parsing the
    // whole: around every kind of markup the scan could misread, where the parse is then trusted only
    // when every run came back as text once.
    void settingTextAsideChangesNothing_data()
    {
        QTest::addColumn<QString>("html");
        const QString run = QStringLiteral("Plain words of a long sentence, with ümlauts, 漢字 and 👋 in it");
        const QList<QString> shapes = {
            "<p>%1</p><p>%1</p>",
            "%1",
            "  %1  <b>%1</b>\n%1",
            "<pre>\n%1</pre><textarea>\n%1</textarea>",
            "<p title=\"a > %1\">%1</p>",
            "<p title='x'>%1</p><a b\"c d='>' e>%1</a>",
            "<p data-x=%1>%1</p>",
            "<!-- %1 --> %1 <!-- unterminated %1",
            "<!--> %1 <!---> %1 --!> %1",
            "<style>p { color: red } /* %1 */</style>%1",
            "<script>var s = '<b title=\">' + \"%1\";</script>%1",
            "<title>%1</title><p>%1</p>",
            "<table><tr><td>%1</td></tr>%1<tr><td>x</td></tr></table>",
            "<table>%1<td>%1</table>",
            "<frameset>%1</frameset>",
            "<svg><text>%1</text><![CDATA[ %1 ]]></svg>%1",
            "<math><mi>%1</mi></math>%1",
            "%1 &amp; %1 &lt; %1 &#x41; %1 &nbsp%1",
            "%1\r\n%1\r%1",
            "<p>%1</p><plaintext>%1 <b>%1</b>",
            "<select><option>%1</option>%1</select>",
            "<xmp><b>%1</b></xmp><noscript>%1</noscript>",
            "<?php %1 ?>%1<!DOCTYPE html %1>%1",
            "</ %1 >%1</p %1>%1",
            "<p>%1<b>%1<i>%1</b>%1</i>%1</p>",
            "<head>%1<meta charset=x>%1</head>%1",
            "<img src=x alt=\"%1\">%1<br/>%1",
            "<p>\uE000%1\uE001</p>",
            "%1\x1d%1\x7f%1\u0085%1", // controls the parser replaces
            "%1\uFDD0%1\uFFFE%1\U0001FFFE%1", // noncharacters
            "\uFEFF%1<p>\uFEFF%1</p>", // a byte order mark first, and one inside
        };
        for (qsizetype i = 0; i < shapes.size(); ++i)
            QTest::addRow("%lld", i) << QString(shapes.at(i)).arg(run);
    }
    void settingTextAsideChangesNothing()
    {
        QFETCH(QString, html);
        for (const SanitizeLimits::Use use :
             {SanitizeLimits::Use::Edit, SanitizeLimits::Use::Show, SanitizeLimits::Use::Insert}) {
            SanitizeLimits whole;
            whole.use = use;
            whole.setAsideFrom = std::numeric_limits<qsizetype>::max();
            SanitizeLimits setAside = whole;
            setAside.setAsideFrom = 0;
            for (const qsizetype minRun : {1, 8, 64}) {
                setAside.setAsideRun = minRun;
                const SanitizedHtml expected = HtmlSanitizer::sanitize(html, {}, whole);
                const SanitizedHtml got = HtmlSanitizer::sanitize(html, {}, setAside);
                QVERIFY2(
                    got == expected,
                    qPrintable(
                        QStringLiteral("run %1:\n%2\n---\n%3").arg(minRun).arg(expected.html, got.html)));
            }
        }
    }

    // The runs are set aside, and come back whole, once each.
    void textRunsComeBackOnce()
    {
        const QByteArray html = QByteArray("<p>") + QByteArray(500, 'a') + "</p><p title=\""
            + QByteArray(100, 'b') + "\">  " + QByteArray(200, 'c') + " &amp; " + QByteArray(100, 'd')
            + "</p>";
        TextRuns runs;
        const QByteArray shortened = runs.setAside(html, 64);
        QCOMPARE(runs.count(), 3); // not the attribute's
        QVERIFY(shortened.size() < 200);
        QVERIFY(shortened.contains(QByteArray("title=\"" + QByteArray(100, 'b'))));
        QVERIFY(!runs.allRestored());
        const qsizetype first = shortened.indexOf("<p>") + 3;
        const QByteArray marker = shortened.mid(first, shortened.indexOf("</p>") - first);
        QCOMPARE(runs.restore(marker.constData()), QString(500, u'a'));
        QVERIFY(!runs.allRestored());
        QCOMPARE(runs.restore(marker.constData()), QString(500, u'a'));
        QVERIFY(!runs.allRestored()); // twice is not once
        // HTML that holds the marker characters itself sets nothing aside.
        TextRuns none;
        const QByteArray marked = QByteArray("<p>\xEE\x80\x80") + QByteArray(100, 'x') + QByteArray("</p>");
        QCOMPARE(none.setAside(marked, 8), marked);
        QVERIFY(none.isEmpty());
    }

    void aPreparedLargeBodyIsNotSanitizedAgain()
    {
        QString html = QStringLiteral("<p>Dear <b>Jane</b>,</p>");
        while (html.size() <= BodyPreparer::inlineLimit)
            html += QStringLiteral("<p>The quote for the <i>jackets</i> follows. <script>x()</script></p>");
        BodyPreparer preview;
        QSignalSpy ready(&preview, &BodyPreparer::ready);
        QVERIFY(!preview.prepare(html, {}).has_value()); // large: on a worker thread
        QVERIFY(ready.wait(10000));
        const SanitizedHtml first = ready.first().at(0).value<SanitizedHtml>();
        QVERIFY(first.isRich());
        QVERIFY(!first.html.contains(QLatin1String("script")));

        BodyPreparer editor;
        const std::optional<SanitizedHtml> again = editor.prepare(html, {});
        QVERIFY(again.has_value()); // at once, from what the preview prepared
        QCOMPARE(again->html, first.html);
        QVERIFY(!editor.isPending());

        // Other limits, or another body, are not served from it.
        SanitizeLimits tight;
        tight.maxElements = 10;
        QVERIFY(!editor.prepare(html, {}, tight).has_value());
        QVERIFY(!editor.prepare(html + QStringLiteral("<p>more</p>"), {}).has_value());
    }

    // A large body's document built on a worker is the one setHtml makes, and is offered only for
    // exactly the HTML it was built from, in a document set up the same way.
    void aPrebuiltDocumentIsTheOneSetHtmlMakes()
    {
        QString html = QStringLiteral("<h1>Quote</h1><p>Dear <b>Jane</b>,</p>");
        for (int i = 0; i < 2000; ++i)
            html += QStringLiteral("<p>Line %1 <i>of</i> the <span style=\"color:#c00000\">quote</span></p>")
                        .arg(i);
        QTextDocument like;
        DocumentPrebuild prebuild(html, like);
        QSignalSpy ready(&prebuild, &DocumentPrebuild::ready);
        QVERIFY(prebuild.isReady() || ready.wait(10000));
        QVERIFY(prebuild.matches(html, like));
        QVERIFY(!prebuild.matches(html + QStringLiteral("<p>more</p>"), like));
        QTextDocument larger;
        larger.setDefaultFont(QFont(QStringLiteral("Serif"), 20));
        QVERIFY(!prebuild.matches(html, larger)); // sizes are relative to the default font
        std::unique_ptr<SafeTextDocument> built = prebuild.take();
        QVERIFY(built);
        QCOMPARE(built->thread(), QThread::currentThread());
        QVERIFY(!built->isUndoAvailable());
        QVERIFY(!prebuild.take()); // taken once
        QVERIFY(!prebuild.matches(html, like));
        QTextDocument direct;
        direct.setHtml(html);
        QCOMPARE(built->toHtml(), direct.toHtml());

        // One begun ahead is taken over by the editor's; one nobody takes is let go once built.
        DocumentPrebuild::prefetch(html);
        DocumentPrebuild::prefetch(html + QStringLiteral("<p>2</p>"));
        DocumentPrebuild::prefetch(html + QStringLiteral("<p>3</p>")); // the first of three is let go
        DocumentPrebuild again(html + QStringLiteral("<p>3</p>"), like);
        QSignalSpy againReady(&again, &DocumentPrebuild::ready);
        QVERIFY(again.isReady() || againReady.wait(10000));
        QVERIFY(again.take()->toPlainText().endsWith(QLatin1String("3")));
        DocumentPrebuild::prefetch(html + QStringLiteral("<p>4</p>"));
        DocumentPrebuild::forgetAhead(); // nobody took it: let go once built
        auto *unwaited = new DocumentPrebuild(html, like);
        delete unwaited; // still being built: deleted when done, on this thread
        QTRY_VERIFY(QThreadPool::globalInstance()->activeThreadCount() == 0);
        // The workers are done, and each posted its document's deletion to this thread: it runs here,
        // not after the test (LeakSanitizer, in the asan preset, saw the documents left otherwise).
        QCoreApplication::sendPostedEvents();
    }
};

QTEST_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
