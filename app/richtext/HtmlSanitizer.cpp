#include "richtext/HtmlSanitizer.h"

#include "richtext/CssSanitizer.h"

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

enum class Policy {
    Keep, // written out with its allowed attributes
    Unwrap, // the tag goes, its content stays
    Drop, // the tag and everything inside go
};

Policy policyFor(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_B:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_P:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_IMG:
        return Policy::Keep;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE: // collected separately, through CssSanitizer
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_COLGROUP:
        return Policy::Drop;
    default:
        return Policy::Unwrap;
    }
}

// Content a reader would notice missing; meta, title and column hints go without a word.
bool isActiveContent(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION:
        return true;
    default:
        return false;
    }
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
}

bool isTablePart(GumboTag tag)
{
    return tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT || tag == GUMBO_TAG_TR
        || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_CAPTION;
}

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

bool onlyChars(QStringView value, qsizetype maxLength, bool (*allowed)(QChar))
{
    if (value.isEmpty() || value.size() > maxLength)
        return false;
    for (const QChar c : value) {
        if (!allowed(c))
            return false;
    }
    return true;
}

// "600", "100%", "20px": a size a layout can afford.
bool isSmallSize(QStringView value, int limit)
{
    QStringView number = value;
    if (number.endsWith(u'%'))
        number.chop(1);
    else if (number.endsWith(u"px", Qt::CaseInsensitive))
        number.chop(2);
    bool ok = false;
    const int n = number.toInt(&ok);
    return ok && n >= 0 && n <= limit;
}

bool isColourWord(QStringView value)
{
    return onlyChars(value, 32, [](QChar c) { return c.isLetterOrNumber() || c == u'#'; });
}

bool isSafeHref(QStringView href)
{
    if (href.startsWith(u'#'))
        return onlyChars(href.mid(1), 256,
                         [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'_'; });
    const QUrl url(href.toString(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && href.size() <= 8192
        && (((scheme == u"http" || scheme == u"https") && !url.host().isEmpty()) || scheme == u"mailto");
}

const GumboAttribute *attribute(const GumboNode *node, const char *name)
{
    return gumbo_get_attribute(&node->v.element.attributes, name);
}

// One open element during the walk.
struct Frame
{
    const GumboNode *node = nullptr;
    unsigned next = 0;
    QString close {}; // written when the element ends
    bool countsDepth = false;
    bool opensTable = false; // pushed onto Writer::m_tables
};

// Writes the allowed part of a parsed body, iteratively: no recursion, whatever the nesting.
class Writer final
{
public:
    Writer(const SanitizeLimits &limits, SanitizedHtml &result) : m_limits(limits), m_result(result) { }

    void noteStyleElement(const GumboNode *style)
    {
        m_hasStyleSheet = true;
        const GumboVector &children = style->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *text = static_cast<const GumboNode *>(children.data[i]);
            if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_WHITESPACE)
                m_css += utf8(text->v.text.text) + u'\n';
        }
    }

    void writeBody(const GumboNode *body)
    {
        std::vector<Frame> stack;
        stack.push_back({body});
        while (!stack.empty()) {
            Frame &frame = stack.back();
            const GumboVector &children = frame.node->v.element.children;
            if (frame.next >= children.length) {
                m_out += frame.close;
                if (frame.countsDepth)
                    --m_depth;
                if (frame.opensTable) {
                    m_realTables -= m_tables.back() ? 0 : 1;
                    m_tables.pop_back();
                }
                stack.pop_back();
                continue;
            }
            const auto *child = static_cast<const GumboNode *>(children.data[frame.next++]);
            switch (child->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA:
                m_out += utf8(child->v.text.text).toHtmlEscaped();
                break;
            case GUMBO_NODE_ELEMENT:
                if (std::optional<Frame> opened = open(child))
                    stack.push_back(std::move(*opened)); // `frame` is not used after this
                break;
            default: // comments, templates
                break;
            }
        }
    }

    QString finish()
    {
        if (m_hasStyleSheet)
            m_result.editorLosses.append(HtmlSanitizer::tr("a style sheet (<style>)"));
        if (m_styledTable)
            m_result.editorLosses.append(HtmlSanitizer::tr("a styled table"));
        if (m_hasImages)
            m_result.editorLosses.append(HtmlSanitizer::tr("images"));
        if (m_result.removedElements > 0)
            m_result.editorLosses.append(HtmlSanitizer::tr("scripts or embedded content"));
        if (m_hasClasses)
            m_result.editorLosses.append(HtmlSanitizer::tr("CSS classes"));
        if (m_hasBoxes)
            m_result.editorLosses.append(HtmlSanitizer::tr("boxes, borders or backgrounds"));
        const QString sheet = CssSanitizer::styleSheet(m_css);
        return sheet.isEmpty() ? m_out : QLatin1String("<style>") + sheet + QLatin1String("</style>") + m_out;
    }

private:
    // Writes the start of an element and returns its frame, or nothing when it has no content to visit.
    std::optional<Frame> open(const GumboNode *node)
    {
        const GumboTag tag = node->v.element.tag;
        if (node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) {
            // SVG and MathML islands: nothing Qt can show, and SVG can name files.
            ++m_result.removedElements;
            return std::nullopt;
        }
        Policy policy = policyFor(tag);
        if (tag == GUMBO_TAG_STYLE) {
            noteStyleElement(node);
            return std::nullopt;
        }
        if (policy == Policy::Drop) {
            if (isActiveContent(tag))
                ++m_result.removedElements;
            return std::nullopt;
        }
        if (attribute(node, "class"))
            m_hasClasses = true;
        if (tag == GUMBO_TAG_IMG)
            return writeImage(node);

        Frame frame {node};
        const bool inFlattenedTable = !m_tables.empty() && m_tables.back();
        QString name = utf8(gumbo_normalized_tagname(tag));
        if (tag == GUMBO_TAG_TABLE) {
            const bool flatten = m_depth >= m_limits.maxDepth || m_realTables >= m_limits.maxTableDepth;
            m_tables.push_back(flatten);
            m_realTables += flatten ? 0 : 1;
            frame.opensTable = true;
            if (attribute(node, "style") || attribute(node, "class") || attribute(node, "bgcolor")
                || attribute(node, "background"))
                m_styledTable = true;
            if (flatten) {
                ++m_result.flattened;
                name = QStringLiteral("div");
            }
        } else if (isTablePart(tag) && (m_tables.empty() || inFlattenedTable)) {
            // Rows of a flattened table become lines; cells run on in them.
            if (tag == GUMBO_TAG_TR) {
                name = QStringLiteral("div");
            } else {
                frame.close = tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH ? QStringLiteral(" ") : QString();
                return frame;
            }
        }
        if (policy == Policy::Unwrap)
            return frame;
        if (m_depth >= m_limits.maxDepth && !isVoid(tag)) {
            ++m_result.flattened;
            if (isBlock(tag))
                frame.close = QStringLiteral("<br>");
            return frame;
        }
        m_out += u'<' + name + attributes(node, tag) + u'>';
        if (isVoid(tag))
            return std::nullopt;
        frame.close = QLatin1String("</") + name + u'>';
        frame.countsDepth = true;
        ++m_depth;
        return frame;
    }

    std::optional<Frame> writeImage(const GumboNode *node)
    {
        m_hasImages = true;
        const GumboAttribute *src = attribute(node, "src");
        if (src && isEmbeddableImage(utf8(src->value))) {
            QString out = QLatin1String("<img src=\"") + utf8(src->value).toHtmlEscaped() + u'"';
            for (const char *name : {"width", "height"}) {
                if (const GumboAttribute *size = attribute(node, name);
                    size && isSmallSize(utf8(size->value), 4000))
                    out += u' ' + utf8(name) + QLatin1String("=\"") + utf8(size->value).toHtmlEscaped()
                        + u'"';
            }
            if (const GumboAttribute *alt = attribute(node, "alt"))
                out += QLatin1String(" alt=\"") + utf8(alt->value).toHtmlEscaped() + u'"';
            m_out += out + u'>';
            return std::nullopt;
        }
        ++m_result.blockedImages;
        if (const GumboAttribute *alt = attribute(node, "alt"); alt && *alt->value)
            m_out += u'[' + utf8(alt->value).toHtmlEscaped() + u']';
        return std::nullopt;
    }

    // A data: URL of a raster format, within the size limits, whose header a Qt image reader accepts.
    bool isEmbeddableImage(const QString &src)
    {
        static const char *const types[] = {"png", "jpeg", "jpg", "gif", "webp", "bmp"};
        const QString trimmed = src.trimmed();
        if (!trimmed.startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive))
            return false;
        const qsizetype comma = trimmed.indexOf(u',');
        if (comma < 0)
            return false;
        const QString header = trimmed.mid(11, comma - 11).toLower();
        const QString type = header.section(u';', 0, 0);
        if (!header.endsWith(QLatin1String(";base64"))
            || std::none_of(std::begin(types), std::end(types),
                            [&](const char *t) { return type == utf8(t); }))
            return false;
        const qsizetype encodedSize = trimmed.size() - comma - 1;
        if (encodedSize / 4 * 3 > m_limits.maxImageBytes
            || m_imageBytes + encodedSize / 4 * 3 > m_limits.maxTotalImageBytes)
            return false;
        const auto decoded = QByteArray::fromBase64Encoding(trimmed.mid(comma + 1).toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        QByteArray bytes = *decoded;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        if (!reader.canRead() || !size.isValid()
            || qint64(size.width()) * size.height() > m_limits.maxImagePixels)
            return false;
        m_imageBytes += bytes.size();
        return true;
    }

    QString attributes(const GumboNode *node, GumboTag tag)
    {
        QString out;
        const auto add = [&](const char *name, const QString &value) {
            out += u' ' + utf8(name) + QLatin1String("=\"") + value.toHtmlEscaped() + u'"';
        };
        const GumboVector &list = node->v.element.attributes;
        for (unsigned i = 0; i < list.length; ++i) {
            const auto *attr = static_cast<const GumboAttribute *>(list.data[i]);
            const QByteArray name(attr->name);
            const QString value = utf8(attr->value).trimmed();
            if (name == "style") {
                const QString css = CssSanitizer::declarations(value);
                if (tag != GUMBO_TAG_TABLE
                    && (css.contains(QLatin1String("border")) || css.contains(QLatin1String("padding"))
                        || css.contains(QLatin1String("background")) || css.contains(QLatin1String("width"))
                        || css.contains(QLatin1String("height"))))
                    m_hasBoxes = true;
                if (!css.isEmpty())
                    add("style", css);
            } else if (name == "href" && tag == GUMBO_TAG_A) {
                if (isSafeHref(value))
                    add("href", value);
            } else if (name == "name" && tag == GUMBO_TAG_A) {
                if (onlyChars(value, 256,
                              [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'_'; }))
                    add("name", value);
            } else if (name == "class") {
                if (onlyChars(value, 256, [](QChar c) {
                        return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u' ';
                    }))
                    add("class", value);
            } else if (name == "title") {
                add("title", value.left(1000));
            } else if (name == "dir") {
                if (value == u"ltr" || value == u"rtl" || value == u"auto")
                    add("dir", value);
            } else if (name == "align" || name == "valign") {
                if (onlyChars(value, 10, [](QChar c) { return c.isLetter(); }))
                    add(name.constData(), value.toLower());
            } else if (name == "bgcolor" || name == "color") {
                if (isColourWord(value))
                    add(name.constData(), value);
            } else if (name == "width" || name == "height" || name == "border" || name == "cellpadding"
                       || name == "cellspacing") {
                if (isSmallSize(value, 4000))
                    add(name.constData(), value);
            } else if (name == "colspan" || name == "rowspan") {
                bool ok = false;
                const int span = value.toInt(&ok);
                if (ok && span > 0)
                    add(name.constData(), QString::number(qMin(span, m_limits.maxCellSpan)));
            } else if (name == "face") {
                if (onlyChars(value, 200, [](QChar c) {
                        return c.isLetterOrNumber() || c == u' ' || c == u',' || c == u'-' || c == u'\'';
                    }))
                    add("face", value);
            } else if (name == "size" || name == "start" || name == "value") {
                if (isSmallSize(value, 1000)
                    || (name == "size" && (value.startsWith(u'+') || value.startsWith(u'-'))
                        && isSmallSize(QStringView(value).mid(1), 7)))
                    add(name.constData(), value);
            } else if (name == "type" && (tag == GUMBO_TAG_OL || tag == GUMBO_TAG_UL)) {
                if (onlyChars(value, 8, [](QChar c) { return c.isLetterOrNumber(); }))
                    add("type", value);
            } else if (name == "nowrap" && (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)) {
                add("nowrap", QStringLiteral("nowrap"));
            }
            // Everything else (event handlers, background, id, src on other tags …) is dropped.
        }
        return out;
    }

    const SanitizeLimits &m_limits;
    SanitizedHtml &m_result;
    QString m_out;
    QString m_css;
    int m_depth = 0;
    std::vector<bool> m_tables; // open tables, true when flattened
    int m_realTables = 0; // open tables written as tables
    qsizetype m_imageBytes = 0;
    bool m_hasStyleSheet = false;
    bool m_styledTable = false;
    bool m_hasImages = false;
    bool m_hasClasses = false;
    bool m_hasBoxes = false;
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
}

} // namespace

SanitizedHtml HtmlSanitizer::plainText(const QString &text, const SanitizeLimits &limits)
{
    SanitizedHtml result;
    showAsPlainText(result, text, QString(), limits);
    return result;
}

SanitizedHtml HtmlSanitizer::sanitize(const QString &html, const QString &bodyText,
                                      const SanitizeLimits &limits)
{
    SanitizedHtml result;
    const QLocale locale;
    const bool hasText = !bodyText.trimmed().isEmpty();
    if (html.size() > limits.maxHtmlChars) {
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
            limits);
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
    Arena arena;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::gumboAllocate;
    options.deallocator = &Arena::gumboFree;
    options.userdata = &arena;
    options.max_errors = 0; // errors are not shown; don't allocate them
    GumboOutput *output = gumbo_parse_with_options(&options, bytes.constData(), size_t(bytes.size()));
    const int elements = countElements(output->document, limits.maxElements);
    if (elements > limits.maxElements) {
        showAsPlainText(
            result, hasText ? bodyText : textOf(output->root),
            tr("This email's HTML has more than %L1 elements, the most shown formatted, so it is shown "
               "as plain text.")
                .arg(limits.maxElements),
            limits);
        return result; // the arena frees the tree
    }
    Writer writer(limits, result);
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
    result.html = writer.finish();
    return result;
}
