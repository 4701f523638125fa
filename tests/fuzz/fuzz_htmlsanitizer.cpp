// Email HTML through HtmlSanitizer, then into the kind of document the preview and editor use, laid
// out and drawn, and back out through HtmlBody. Properties: the document never asks for a resource
// (nothing but embedded data survives the sanitizer), tables never nest past the limit, and a body
// shown as plain text says why; and setting long text aside before the parse (TextRuns) gives the same
// result as parsing the whole.
#include "FuzzSupport.h"
#include "richtext/HtmlBody.h"
#include "richtext/HtmlSanitizer.h"
#include "richtext/SafeTextDocument.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cstdlib>
#include <limits>

namespace {
int tableDepth(QTextFrame *frame)
{
    // Iterative: the document is what is being tested, its depth is not trusted.
    int deepest = 0;
    QList<QPair<QTextFrame *, int>> pending {{frame, 0}};
    while (!pending.isEmpty()) {
        const auto [current, depth] = pending.takeLast();
        const int here = depth + (qobject_cast<QTextTable *>(current) ? 1 : 0);
        deepest = qMax(deepest, here);
        for (QTextFrame *child : current->childFrames())
            pending.append({child, here});
    }
    return deepest;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication *app = new QGuiApplication(*argc, *argv);
    // Qt keeps laid-out glyphs in a per-thread font cache (a global QThreadStorage) that only the
    // application's destructor empties. A static application is destroyed after that global, so at
    // exit LeakSanitizer saw the whole glyph cache as leaked. Draw once now, so the cache exists
    // before the handler below is registered, and the handler (run first) destroys the application.
    QImage warm(8, 8, QImage::Format_RGB32);
    QPainter painter(&warm);
    painter.drawText(0, 8, QStringLiteral("x"));
    painter.end();
    std::atexit([] { delete app; });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SanitizeLimits limits;
    limits.maxHtmlChars = 64 * 1024;
    limits.maxElements = 4000;
    // Text set aside before the parse (as for a large body) changes nothing: the same result as the
    // whole parse, for runs of any length.
    const QString html = fuzzText(data, size);
    limits.setAsideFrom = 0;
    limits.setAsideRun = 1 + qsizetype(size % 16);
    const SanitizedHtml body = HtmlSanitizer::sanitize(html, {}, limits);
    SanitizeLimits whole = limits;
    whole.setAsideFrom = std::numeric_limits<qsizetype>::max();
    FUZZ_CHECK(HtmlSanitizer::sanitize(html, {}, whole) == body);
    if (!body.isRich()) {
        FUZZ_CHECK(!body.reason.isEmpty());
        return 0;
    }
    SafeTextDocument document;
    HtmlBody::apply(document, body);
    document.setTextWidth(320);
    QImage canvas(320, 240, QImage::Format_RGB32);
    QPainter painter(&canvas);
    document.drawContents(&painter, QRectF(0, 0, 320, 240));
    painter.end();
    FUZZ_CHECK(document.refusedResources() == 0);
    FUZZ_CHECK(tableDepth(document.rootFrame()) <= limits.maxTableDepth);
    (void)HtmlBody::toEmailHtml(document);
    (void)HtmlBody::toPlainText(document);
    return 0;
}
