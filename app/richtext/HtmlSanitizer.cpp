#include "richtext/HtmlSanitizer.h"

#include "core/base/ShownText.h"
#include "richtext/HtmlRules.h"
#include "richtext/HtmlWriter.h"
#include "richtext/TextRuns.h"

#include <QBuffer>
#include <QImageReader>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <cstddef>
#include <gumbo.h>
#include <memory>
#include <optional>
#include <vector>

using namespace HtmlRules;

namespace {

// gumbo frees its tree recursively, which a few hundred thousand nested tags turn into a stack
// overflow. Its allocations go to this arena instead, released at once when the parse is done: no
// walk over the tree, and no free() at all while parsing (the waste is bounded by the input limit).
class Arena final
{
public:
    void *allocate(std::size_t size)
    {
        size = (size + 15) & ~std::size_t(15);
        if (size == 0)
            size = 16;
        if (size > blockSize / 4) {
            m_blocks.push_back(std::make_unique<std::byte[]>(size));
            return m_blocks.back().get();
        }
        if (m_left < size) {
            m_blocks.push_back(std::make_unique<std::byte[]>(blockSize));
            m_next = m_blocks.back().get();
            m_left = blockSize;
        }
        void *out = m_next;
        m_next += size;
        m_left -= size;
        return out;
    }

    static void *gumboAllocate(void *arena, std::size_t size)
    {
        return static_cast<Arena *>(arena)->allocate(size);
    }
    static void gumboFree(void *, void *) { }

private:
    static constexpr std::size_t blockSize = 1 << 20;
    std::vector<std::unique_ptr<std::byte[]>> m_blocks;
    std::byte *m_next = nullptr;
    std::size_t m_left = 0;
};

const GumboNode *childElement(const GumboNode *parent, GumboTag tag)
{
    const GumboVector &children = parent->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == tag)
            return child;
    }
    return nullptr;
}

// Elements under `root`, counted without recursion; stops counting once past `limit`.
int countElements(const GumboNode *root, int limit)
{
    int count = 0;
    std::vector<const GumboNode *> pending {root};
    while (!pending.empty() && count <= limit) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
            continue;
        ++count;
        const GumboVector &children
            = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            pending.push_back(static_cast<const GumboNode *>(children.data[i]));
    }
    return count;
}

// The readable text of a parsed document, for a body too complex to show formatted.
QString textOf(const GumboNode *root)
{
    QString out;
    std::vector<std::pair<const GumboNode *, bool>> pending {{root, false}}; // (node, closing)
    while (!pending.empty()) {
        const auto [node, closing] = pending.back();
        pending.pop_back();
        if (closing) {
            if (!out.endsWith(u'\n'))
                out += u'\n';
            continue;
        }
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
            out += utf8(node->v.text.text).simplified() + u' ';
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_HEAD
            || tag == GUMBO_TAG_TEMPLATE)
            continue;
        if (isBlock(tag) || tag == GUMBO_TAG_TD)
            pending.push_back({node, true});
        const GumboVector &children = node->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            pending.push_back({static_cast<const GumboNode *>(children.data[i - 1]), false});
    }
    QString collapsed;
    collapsed.reserve(out.size());
    int newlines = 0;
    for (const QChar c : std::as_const(out)) {
        newlines = c == u'\n' ? newlines + 1 : 0;
        if (newlines <= 2)
            collapsed += c;
    }
    return collapsed.trimmed();
}

void showAsPlainText(SanitizedHtml &result, const QString &text, const QString &reason,
                     const SanitizeLimits &limits)
{
    result.display = SanitizedHtml::Display::PlainText;
    result.reason = reason;
    result.plainText = text;
    if (result.plainText.size() > limits.maxPlainChars) {
        qsizetype cut = limits.maxPlainChars;
        if (result.plainText.at(cut - 1).isHighSurrogate())
            --cut;
        result.plainText.truncate(cut);
        result.plainTextCut = true;
    }
    // Shown, not edited (a preview, or a body the editor locks because of `reason`): long runs may
    // break and marks are capped, for display only.
    if (limits.use == SanitizeLimits::Use::Show
        || (limits.use == SanitizeLimits::Use::Edit && !reason.isEmpty()))
        result.plainText = ShownText::breakable(result.plainText);
}

constexpr qsizetype maxSourceShown = 20'000;

// For a body to be edited: why its text would hold the window, in words; empty when it would not.
QString tooSlowToEdit(const ShownText::Shape &shape, const SanitizeLimits &limits)
{
    if (limits.use != SanitizeLimits::Use::Edit)
        return {}; // shown (the runs are broken), or the user's own paste
    if (shape.longestRun > limits.maxEditableRun)
        return HtmlSanitizer::tr("This email has a word of %L1 characters, longer than the editor lays out "
                                 "quickly, so it is shown as text, broken into lines.")
            .arg(shape.longestRun);
    if (shape.mostMarks > limits.maxEditableMarks)
        return HtmlSanitizer::tr("This email has a letter with %L1 accent marks, more than the editor lays "
                                 "out quickly, so it is shown as text with a few of them.")
            .arg(shape.mostMarks);
    return {};
}

} // namespace

SanitizedHtml HtmlSanitizer::plainText(const QString &text, const SanitizeLimits &limits)
{
    SanitizedHtml result;
    showAsPlainText(result, text, tooSlowToEdit(ShownText::shapeOf(text), limits), limits);
    return result;
}

SanitizedHtml HtmlSanitizer::sanitize(const QString &html, const QString &bodyText,
                                      const SanitizeLimits &limits)
{
    SanitizedHtml result;
    const QLocale locale;
    const bool hasText = !bodyText.trimmed().isEmpty();
    if (html.size() > limits.maxHtmlChars) {
        // Without a text body the source is shown, and its start is all anyone reads of it: most of
        // a body this large is usually one data: URL, a single run that is slow to lay out.
        SanitizeLimits sourceLimits = limits;
        if (!hasText)
            sourceLimits.maxPlainChars = qMin(limits.maxPlainChars, maxSourceShown);
        showAsPlainText(
            result, hasText ? bodyText : html,
            hasText ? tr("This email's HTML is %1, more than the %2 shown formatted, so its text is "
                         "shown instead.")
                          .arg(locale.formattedDataSize(html.size()),
                               locale.formattedDataSize(limits.maxHtmlChars))
                    : tr("This email's HTML is %1, more than the %2 shown formatted, so its source is "
                         "shown as text.")
                          .arg(locale.formattedDataSize(html.size()),
                               locale.formattedDataSize(limits.maxHtmlChars)),
            sourceLimits);
        return result;
    }
    // Every element needs a '<': a cheap bound before the parse is paid for, when there is a text
    // body to show instead. Without one the parse is still bounded by maxHtmlChars.
    const qsizetype angles = html.count(u'<');
    if (hasText && angles > qsizetype(limits.maxElements) * 2 + 16) {
        showAsPlainText(
            result, bodyText,
            tr("This email's HTML has about %L1 tags, more than the %L2 elements shown formatted, so "
               "it is shown as plain text.")
                .arg(angles / 2)
                .arg(limits.maxElements),
            limits);
        return result;
    }
    const QByteArray bytes = html.toUtf8();
    if (bytes.size() >= limits.setAsideFrom) {
        TextRuns runs;
        const QByteArray shortened = runs.setAside(bytes, limits.setAsideRun);
        if (!runs.isEmpty()) {
            if (std::optional<SanitizedHtml> fast = parseAndWrite(shortened, &runs, bodyText, limits))
                return *fast;
        }
    }
    return *parseAndWrite(bytes, nullptr, bodyText, limits);
}

std::optional<SanitizedHtml> HtmlSanitizer::parseAndWrite(const QByteArray &bytes, TextRuns *runs,
                                                          const QString &bodyText,
                                                          const SanitizeLimits &limits)
{
    SanitizedHtml result;
    const bool hasText = !bodyText.trimmed().isEmpty();
    Arena arena;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::gumboAllocate;
    options.deallocator = &Arena::gumboFree;
    options.userdata = &arena;
    options.max_errors = 0; // errors are not shown; don't allocate them
    GumboOutput *output = gumbo_parse_with_options(&options, bytes.constData(), size_t(bytes.size()));
    const int elements = countElements(output->document, limits.maxElements);
    if (elements > limits.maxElements) {
        if (runs && !hasText)
            return std::nullopt; // its text is read from the tree: parse the original
        showAsPlainText(
            result, hasText ? bodyText : textOf(output->root),
            tr("This email's HTML has more than %L1 elements, the most shown formatted, so it is shown "
               "as plain text.")
                .arg(limits.maxElements),
            limits);
        return result; // the arena frees the tree
    }
    HtmlWriter writer(limits, result, runs);
    if (const GumboNode *head = childElement(output->root, GUMBO_TAG_HEAD)) {
        const GumboVector &children = head->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type != GUMBO_NODE_ELEMENT)
                continue;
            if (child->v.element.tag == GUMBO_TAG_STYLE)
                writer.noteStyleElement(child);
            else if (isActiveContent(child->v.element.tag))
                ++result.removedElements;
        }
    }
    if (const GumboNode *body = childElement(output->root, GUMBO_TAG_BODY))
        writer.writeBody(body);
    // A run that did not come back as text once: the scan misread the markup there. Not trusted.
    if (runs && !runs->allRestored())
        return std::nullopt;
    result.html = writer.finish();
    if (const QString slow = tooSlowToEdit(result.textShape, limits); !slow.isEmpty()) {
        if (runs && !hasText)
            return std::nullopt;
        showAsPlainText(result, hasText ? bodyText : textOf(output->root), slow, limits);
    }
    return result;
}
