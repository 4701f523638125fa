#pragma once

#include <QString>
#include <QStringView>

// Server text as the window shows it, with the work of showing it bounded. A megabyte subject, a
// 100,000-character word or a letter with 100,000 combining marks froze the window for seconds to
// minutes: Qt lays out, shapes and line-breaks every character it is given. So, for display only
// (the data never changes; Raw JSON and the tooltips of QA views have it whole):
//   - direction controls out and right-to-left text isolated (BidiText);
//   - at most maxMarksPerLetter combining marks on one letter;
//   - elided with "…" beyond a fixed length;
//   - for text that wraps, a break opportunity (U+200B) in every run of more than longestRun
//     characters without a space, so that a line can end there.
class ShownText final
{
public:
    static constexpr int maxMarksPerLetter = 4;
    static constexpr qsizetype longestRun = 40;
    // Code points shown in one-line places: list cells, window titles, tabs, combo boxes.
    static constexpr qsizetype lineLength = 300;
    // Code points shown where text wraps: the preview's header, labels, tooltips.
    static constexpr qsizetype wrappedLength = 2000;

    // For one line: elided beyond `maxCodePoints`, marks capped, direction controls handled.
    static QString line(QStringView text, qsizetype maxCodePoints = lineLength);
    // For text that wraps: as line(), and long runs get break opportunities.
    static QString wrapped(QStringView text, qsizetype maxCodePoints = wrappedLength);
    // The marks capped and long runs broken, nothing elided and no direction handling: for a body
    // shown (not edited) as plain text or inside HTML that the caller escapes.
    static QString breakable(QStringView text);
    // The longest run without a space, and the most combining marks on one letter: what makes text
    // slow to lay out.
    struct Shape
    {
        qsizetype longestRun = 0;
        qsizetype mostMarks = 0;
        friend bool operator==(const Shape &, const Shape &) = default;
    };
    static Shape shapeOf(QStringView text);
};
