#include "richtext/HtmlWriter.h"

#include "core/base/ShownText.h"
#include "richtext/CssSanitizer.h"
#include "richtext/HtmlRules.h"

#include <QBuffer>
#include <QImageReader>
#include <QUrl>

using namespace HtmlRules;

void HtmlWriter::noteStyleElement(const GumboNode *style)
{
    m_hasStyleSheet = true;
    const GumboVector &children = style->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *text = static_cast<const GumboNode *>(children.data[i]);
        if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_WHITESPACE)
            m_css += textOf(text) + u'\n';
    }
}

void HtmlWriter::writeBody(const GumboNode *body)
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
        case GUMBO_NODE_CDATA: {
            const QString text = textOf(child);
            if (m_limits.use == SanitizeLimits::Use::Edit) { // only an edited body is judged by it
                const ShownText::Shape shape = ShownText::shapeOf(text);
                m_result.textShape.longestRun = qMax(m_result.textShape.longestRun, shape.longestRun);
                m_result.textShape.mostMarks = qMax(m_result.textShape.mostMarks, shape.mostMarks);
            }
            const bool shown = m_limits.use == SanitizeLimits::Use::Show;
            m_out += (shown ? ShownText::breakable(text) : text).toHtmlEscaped();
            break;
        }
        case GUMBO_NODE_ELEMENT:
            if (std::optional<Frame> opened = open(child))
                stack.push_back(std::move(*opened)); // `frame` is not used after this
            break;
        default: // comments, templates
            break;
        }
    }
}

QString HtmlWriter::textOf(const GumboNode *text)
{
    return m_runs ? m_runs->restore(text->v.text.text) : utf8(text->v.text.text);
}

QString HtmlWriter::finish()
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

std::optional<HtmlWriter::Frame> HtmlWriter::open(const GumboNode *node)
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

std::optional<HtmlWriter::Frame> HtmlWriter::writeImage(const GumboNode *node)
{
    m_hasImages = true;
    const GumboAttribute *src = attribute(node, "src");
    if (src && isEmbeddableImage(utf8(src->value))) {
        QString out = QLatin1String("<img src=\"") + utf8(src->value).toHtmlEscaped() + u'"';
        for (const char *name : {"width", "height"}) {
            if (const GumboAttribute *size = attribute(node, name);
                size && isSmallSize(utf8(size->value), 4000))
                out += u' ' + utf8(name) + QLatin1String("=\"") + utf8(size->value).toHtmlEscaped() + u'"';
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

bool HtmlWriter::isEmbeddableImage(const QString &src)
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
        || std::none_of(std::begin(types), std::end(types), [&](const char *t) { return type == utf8(t); }))
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

QString HtmlWriter::attributes(const GumboNode *node, GumboTag tag)
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
            if (onlyChars(value, 256, [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'_'; }))
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
