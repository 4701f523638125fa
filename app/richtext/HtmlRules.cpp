#include "richtext/HtmlRules.h"

#include <QUrl>

#include <algorithm>
#include <iterator>

namespace HtmlRules {
namespace {
// Elements not listed are unwrapped: the tag goes, its content stays.
constexpr GumboTag keepTags[]
    = {GUMBO_TAG_A,     GUMBO_TAG_B,       GUMBO_TAG_STRONG,     GUMBO_TAG_I,      GUMBO_TAG_EM,
       GUMBO_TAG_U,     GUMBO_TAG_S,       GUMBO_TAG_STRIKE,     GUMBO_TAG_DEL,    GUMBO_TAG_INS,
       GUMBO_TAG_SUB,   GUMBO_TAG_SUP,     GUMBO_TAG_SMALL,      GUMBO_TAG_BIG,    GUMBO_TAG_FONT,
       GUMBO_TAG_SPAN,  GUMBO_TAG_DIV,     GUMBO_TAG_P,          GUMBO_TAG_BR,     GUMBO_TAG_HR,
       GUMBO_TAG_H1,    GUMBO_TAG_H2,      GUMBO_TAG_H3,         GUMBO_TAG_H4,     GUMBO_TAG_H5,
       GUMBO_TAG_H6,    GUMBO_TAG_UL,      GUMBO_TAG_OL,         GUMBO_TAG_LI,     GUMBO_TAG_DL,
       GUMBO_TAG_DT,    GUMBO_TAG_DD,      GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_PRE,    GUMBO_TAG_CODE,
       GUMBO_TAG_TT,    GUMBO_TAG_KBD,     GUMBO_TAG_SAMP,       GUMBO_TAG_VAR,    GUMBO_TAG_CITE,
       GUMBO_TAG_Q,     GUMBO_TAG_ABBR,    GUMBO_TAG_ADDRESS,    GUMBO_TAG_CENTER, GUMBO_TAG_TABLE,
       GUMBO_TAG_THEAD, GUMBO_TAG_TBODY,   GUMBO_TAG_TFOOT,      GUMBO_TAG_TR,     GUMBO_TAG_TD,
       GUMBO_TAG_TH,    GUMBO_TAG_CAPTION, GUMBO_TAG_IMG};
// Style sheets are collected separately, through CssSanitizer.
constexpr GumboTag dropTags[]
    = {GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,    GUMBO_TAG_IFRAME,   GUMBO_TAG_FRAME,    GUMBO_TAG_FRAMESET,
       GUMBO_TAG_NOFRAMES, GUMBO_TAG_OBJECT,   GUMBO_TAG_EMBED,    GUMBO_TAG_APPLET,   GUMBO_TAG_PARAM,
       GUMBO_TAG_VIDEO,    GUMBO_TAG_AUDIO,    GUMBO_TAG_SOURCE,   GUMBO_TAG_TRACK,    GUMBO_TAG_CANVAS,
       GUMBO_TAG_SVG,      GUMBO_TAG_MATH,     GUMBO_TAG_TEMPLATE, GUMBO_TAG_TITLE,    GUMBO_TAG_META,
       GUMBO_TAG_LINK,     GUMBO_TAG_BASE,     GUMBO_TAG_INPUT,    GUMBO_TAG_BUTTON,   GUMBO_TAG_SELECT,
       GUMBO_TAG_TEXTAREA, GUMBO_TAG_OPTION,   GUMBO_TAG_OPTGROUP, GUMBO_TAG_DATALIST, GUMBO_TAG_KEYGEN,
       GUMBO_TAG_OUTPUT,   GUMBO_TAG_PROGRESS, GUMBO_TAG_METER,    GUMBO_TAG_MAP,      GUMBO_TAG_AREA,
       GUMBO_TAG_BGSOUND,  GUMBO_TAG_COL,      GUMBO_TAG_COLGROUP};

bool listed(const GumboTag *begin, const GumboTag *end, GumboTag tag)
{
    return std::find(begin, end, tag) != end;
}
} // namespace

Policy policyFor(GumboTag tag)
{
    if (listed(std::begin(keepTags), std::end(keepTags), tag))
        return Policy::Keep;
    if (listed(std::begin(dropTags), std::end(dropTags), tag))
        return Policy::Drop;
    return Policy::Unwrap;
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
} // namespace HtmlRules
