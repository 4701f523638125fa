#include "richtext/HtmlBody.h"
#include "richtext/SafeTextDocument.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextCursor>
#include <QTextList>

class TestHtmlBody final : public QObject
{
    Q_OBJECT

private slots:
    void minimalHtmlWithoutQtBoilerplate()
    {
        SafeTextDocument document;
        HtmlBody::load(document, "<p>Hello <b>bold</b> <i>italic</i> <u>under</u> <s>gone</s></p>");
        const QString html = HtmlBody::toEmailHtml(document);
        QVERIFY(!html.contains("DOCTYPE"));
        QVERIFY(!html.contains("qrichtext"));
        QVERIFY(!html.contains("<style"));
        QVERIFY(!html.contains("<body"));
        QCOMPARE(html, QStringLiteral("<p>Hello <b>bold</b> <i>italic</i> <u>under</u> <s>gone</s></p>"));
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("paragraphs") << "<p>One</p><p>Two</p>";
        QTest::newRow("bullets") << "<ul><li>a</li><li>b</li></ul>";
        QTest::newRow("numbers") << "<ol><li>first</li><li>second</li></ol>";
        QTest::newRow("nested") << "<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>";
        QTest::newRow("link") << "<p>See <a href=\"https://northwind.example/catalogue\">our site</a>.</p>";
        QTest::newRow("colour") << "<p><span style=\"color:#c00000\">red</span></p>";
        QTest::newRow("centered") << "<p style=\"text-align:center\">mid</p>";
        QTest::newRow("unicode") << QString::fromUtf8("<p>Grüße 👋 שלום 你好 e\u0301</p>");
        QTest::newRow("escaping") << "<p>a &lt; b &amp; c &gt; d \"q\"</p>";
    }
    void roundTrips()
    {
        QFETCH(QString, html);
        SafeTextDocument first;
        HtmlBody::load(first, html);
        const QString once = HtmlBody::toEmailHtml(first);
        SafeTextDocument second;
        HtmlBody::load(second, once);
        QCOMPARE(HtmlBody::toEmailHtml(second), once); // stable after one pass
        QCOMPARE(second.toPlainText(), first.toPlainText());
    }

    void demoBodiesRoundTrip()
    {
        QFile file(QStringLiteral(DRAFTDESK_SOURCE_DIR "/resources/demo/demo.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray messages
            = QJsonDocument::fromJson(file.readAll()).object().value("messages").toArray();
        QVERIFY(messages.size() >= 10);
        for (const QJsonValue &message : messages) {
            const QString html = message.toObject()
                                     .value("html")
                                     .toString()
                                     .replace("{first}", "Jane")
                                     .replace("{user}", "Anna");
            SafeTextDocument first;
            HtmlBody::load(first, html);
            const QString once = HtmlBody::toEmailHtml(first);
            SafeTextDocument second;
            HtmlBody::load(second, once);
            QCOMPARE(HtmlBody::toEmailHtml(second), once);
            QCOMPARE(second.toPlainText().simplified(), first.toPlainText().simplified()); // no text lost
            const bool lossy = !HtmlBody::lossesIn(html).isEmpty();
            QCOMPARE(lossy, html.contains("<table")); // only the styled table is flagged
        }
    }

    void formatsSurvive()
    {
        SafeTextDocument document;
        HtmlBody::load(document,
                       "<ul><li>x</li></ul><ol><li>y</li></ol><p><a href=\"https://a.example/\">l</a> "
                       "<span style=\"color:#0000ff\">c</span></p>");
        const QString html = HtmlBody::toEmailHtml(document);
        QVERIFY(html.contains("<ul><li>x</li></ul>"));
        QVERIFY(html.contains("<ol><li>y</li></ol>"));
        QVERIFY(html.contains("<a href=\"https://a.example/\">l</a>"));
        QVERIFY(html.contains("color:#0000ff"));
    }

    void readablePlainText()
    {
        SafeTextDocument document;
        HtmlBody::load(
            document,
            "<p>Hi Jane,</p><p>The quote:</p><ul><li>40 jackets</li><li>free logo</li></ul>"
            "<ol><li>one</li><li>two</li></ol><p>See <a href=\"https://x.example/c\">the catalogue</a>"
            " or <a href=\"https://x.example/\">https://x.example/</a>.</p>");
        QCOMPARE(HtmlBody::toPlainText(document),
                 QStringLiteral("Hi Jane,\n\nThe quote:\n\n- 40 jackets\n- free logo\n1. one\n2. two\n\n"
                                "See the catalogue (https://x.example/c) or https://x.example/."));
    }

    void lossesAreNamed_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<int>("losses");
        QTest::newRow("plain") << "<p>Hello</p>" << 0;
        QTest::newRow("style-block") << "<style>p{color:red}</style><p>x</p>" << 1;
        QTest::newRow("styled-table") << "<table style=\"border:1px\"><tr><td>x</td></tr></table>" << 1;
        QTest::newRow("image") << "<p><img src=\"https://t.example/p.gif\"></p>" << 1;
        QTest::newRow("script") << "<script>alert(1)</script>" << 1;
        QTest::newRow("demo-table") << "<table border=\"1\" cellpadding=\"4\" "
                                       "style=\"border-collapse:collapse\"><tr><td>a</td></tr></table>"
                                    << 1;
    }
    void lossesAreNamed()
    {
        QFETCH(QString, html);
        QFETCH(int, losses);
        QCOMPARE(HtmlBody::lossesIn(html).size(), losses);
    }

    void nothingIsFetched()
    {
        SafeTextDocument document;
        const SanitizedHtml body = HtmlBody::load(
            document, "<p><img src=\"https://tracker.example/p.gif\"><img src=\"file:///etc/passwd\"></p>");
        QCOMPARE(body.blockedImages, 2);
        (void)document.size(); // images would be asked for when the document is laid out
        QCOMPARE(document.refusedResources(), 0); // the sanitizer left nothing to ask for
        QVERIFY(!document.toHtml().contains("passwd"));
        QVERIFY(!document.toHtml().contains("tracker"));
    }

    void editingProducesHtml()
    {
        SafeTextDocument document;
        QTextCursor cursor(&document);
        cursor.insertText("Plain ");
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.insertText("strong", bold);
        cursor.insertBlock();
        cursor.createList(QTextListFormat::ListDisc);
        cursor.insertText("item", QTextCharFormat());
        QCOMPARE(HtmlBody::toEmailHtml(document),
                 QStringLiteral("<p>Plain <b>strong</b></p><ul><li>item</li></ul>"));
        QCOMPARE(HtmlBody::toPlainText(document), QStringLiteral("Plain strong\n\n- item"));
    }

    void emptyDocument()
    {
        SafeTextDocument document;
        HtmlBody::load(document, QString());
        QCOMPARE(HtmlBody::toPlainText(document), QString());
        QCOMPARE(HtmlBody::toEmailHtml(document), QStringLiteral("<p><br></p>"));
    }
};

QTEST_MAIN(TestHtmlBody)
#include "tst_htmlbody.moc"
