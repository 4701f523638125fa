#pragma once

#include <QString>
#include <QStringView>

#include <gumbo.h>

// The allow-list HtmlSanitizer writes email HTML through: what happens to each element, which ones a
// reader would miss, how elements lay out, and which attribute values are safe and cheap to show.
// Free functions over gumbo's tags, so each rule is one place to read and to test.
namespace HtmlRules {
enum class Policy {
    Keep, // written out with its allowed attributes
    Unwrap, // the tag goes, its content stays
    Drop, // the tag and everything inside go
};

// What the sanitizer does with an element.
Policy policyFor(GumboTag tag);
// Content a reader would notice missing; meta, title and column hints go without a word.
bool isActiveContent(GumboTag tag);
bool isBlock(GumboTag tag);
bool isVoid(GumboTag tag);
bool isTablePart(GumboTag tag);
QString utf8(const char *text);
// A value of at most maxLength characters, every one of them allowed.
bool onlyChars(QStringView value, qsizetype maxLength, bool (*allowed)(QChar));
// "600", "100%", "20px": a size a layout can afford.
bool isSmallSize(QStringView value, int limit);
bool isColourWord(QStringView value);
// An http(s) link with a host, a mailto: link, or a #fragment.
bool isSafeHref(QStringView href);
const GumboAttribute *attribute(const GumboNode *node, const char *name);
} // namespace HtmlRules
