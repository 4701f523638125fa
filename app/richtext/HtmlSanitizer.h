#pragma once

#include "core/base/ShownText.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The limits that keep an email's HTML cheap to show. Past the size or element bounds the body is
// shown as plain text; past the depth bounds the structure is flattened (its text stays).
struct SanitizeLimits
{
    qsizetype maxHtmlChars = 2'000'000;
    // Qt's HTML import takes about 8 µs per element on the UI thread: 10,000 stay under 100 ms.
    int maxElements = 10'000;
    int maxDepth = 32;
    // Qt lays out nested tables again for every level: 20 levels took 17 s. Deeper tables become divs.
    int maxTableDepth = 4;
    int maxCellSpan = 50;
    qsizetype maxImageBytes = 2 * 1024 * 1024;
    qsizetype maxTotalImageBytes = 8 * 1024 * 1024;
    qint64 maxImagePixels = 16'000'000;
    // Plain text shown (a text-only body, or the fallback); longer text is cut for display only:
    // Qt takes about 70 ms to lay out 200,000 characters on the UI thread.
    qsizetype maxPlainChars = 200'000;
    // What the result is for. Qt took a second to lay out one 100,000-character word, and 12 s for
    // one letter with 100,000 combining marks, so:
    //   Show    a body only shown (preview, viewer): runs of text without a space get break
    //           opportunities and letters keep a few marks (ShownText::breakable), for display only;
    //   Edit    an email's body in the editor: text whose layout alone would hold the window (a word
    //           longer than maxEditableRun, a letter with more marks than maxEditableMarks) is shown
    //           as text instead, broken for display and locked, so it is never rewritten;
    //   Insert  what the user pastes or a template brings: taken as it is.
    enum class Use { Edit, Show, Insert };
    Use use = Use::Edit;
    qsizetype maxEditableRun = 5'000;
    int maxEditableMarks = 16;
    // From this many bytes of HTML on, long runs of text are set aside before the parse (TextRuns):
    // the same result, several times faster for a large body of prose. Tests set 0 to compare.
    qsizetype setAsideFrom = 100'000;
    qsizetype setAsideRun = 64; // bytes: shorter runs stay in place

    friend bool operator==(const SanitizeLimits &, const SanitizeLimits &) = default;
};

// An email's HTML made safe for QTextDocument: parsed with gumbo (the WHATWG HTML5 algorithm, as a
// browser would) and written out again from an allow-list. Nothing in the result can make Qt read a
// file or the network: images survive only as size-checked data: URLs, links only as http(s)/mailto,
// styles only through CssSanitizer. The input is never changed; the email keeps its own HTML.
struct SanitizedHtml
{
    enum class Display { Rich, PlainText };

    Display display = Display::Rich;
    QString html; // for Rich
    QString plainText; // for PlainText (the body's own text when it has one)
    QString reason; // why it is PlainText, for the user
    int blockedImages = 0; // images that were not embedded (remote, local files, too large)
    int removedElements = 0; // scripts, frames, objects, forms, links to style sheets
    int flattened = 0; // elements unwrapped for depth or tables turned into blocks
    bool plainTextCut = false;
    ShownText::Shape textShape; // of the text written out (Rich, Use::Edit only)
    // What the rich-text editor cannot keep from this HTML, in words; empty when nothing.
    QStringList editorLosses;

    bool isRich() const { return display == Display::Rich; }
    friend bool operator==(const SanitizedHtml &, const SanitizedHtml &) = default;
};

class TextRuns;

class HtmlSanitizer final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlSanitizer)

public:
    // `bodyText` is what PlainText shows when it is not empty (Close sends both bodies).
    static SanitizedHtml sanitize(const QString &html, const QString &bodyText = {},
                                  const SanitizeLimits &limits = {});
    // A body with no HTML: its text, cut for display when it is longer than maxPlainChars.
    static SanitizedHtml plainText(const QString &text, const SanitizeLimits &limits = {});

private:
    // Parses and writes; with `runs` (set aside from `bytes`), nothing when they did not all come back
    // as text, or when the result would be read from the tree as plain text: then the caller parses
    // the original.
    static std::optional<SanitizedHtml> parseAndWrite(const QByteArray &bytes, TextRuns *runs,
                                                      const QString &bodyText, const SanitizeLimits &limits);
};
