#pragma once

#include "richtext/HtmlSanitizer.h"
#include "richtext/TextRuns.h"

#include <QString>

#include <gumbo.h>
#include <optional>
#include <vector>

// Writes the allowed part of a parsed body (HtmlRules), iteratively: no recursion, whatever the
// nesting. Counts what it left out and notes what the rich-text editor cannot keep.
class HtmlWriter final
{
public:
    // `runs`: text set aside before the parse, put back into the text it writes (none: nothing was).
    HtmlWriter(const SanitizeLimits &limits, SanitizedHtml &result, TextRuns *runs = nullptr)
        : m_limits(limits), m_result(result), m_runs(runs)
    { }

    void noteStyleElement(const GumboNode *style);

    void writeBody(const GumboNode *body);

    QString finish();

private:
    // One open element during the walk.
    struct Frame
    {
        const GumboNode *node = nullptr;
        unsigned next = 0;
        QString close {}; // written when the element ends
        bool countsDepth = false;
        bool opensTable = false; // pushed onto m_tables
    };

    // Writes the start of an element and returns its frame, or nothing when it has no content to visit.
    std::optional<Frame> open(const GumboNode *node);

    std::optional<Frame> writeImage(const GumboNode *node);

    // A data: URL of a raster format, within the size limits, whose header a Qt image reader accepts.
    bool isEmbeddableImage(const QString &src);

    QString attributes(const GumboNode *node, GumboTag tag);

    // A text node's text, with what was set aside put back.
    QString textOf(const GumboNode *text);

    const SanitizeLimits &m_limits;
    SanitizedHtml &m_result;
    TextRuns *m_runs;
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
