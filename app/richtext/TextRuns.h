#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

// gumbo tokenizes text one character at a time: a body of 1 MB of prose takes it about 40 ms, most of
// the sanitizer's time. So before the parse, long runs of plain text are set aside and a short marker
// takes each one's place (a private-use character, the run's number, another private-use character);
// the writer puts the runs back into the text nodes. A run holds no character the HTML tokenizer
// treats specially in text ('<', '&' and the reference after it, NUL, CR) or the parser replaces
// (controls, noncharacters), and starts and ends with a non-space character, so in
// any text the parser keeps it yields exactly the characters the run would have. Wherever the parser
// does not keep a marker as text (a comment, an attribute, a dropped element: the scan below misread
// the markup), the marker does not come back once, allRestored() says so, and the caller parses the
// original instead. The scan is therefore allowed to be simple; it only has to be right often.
class TextRuns final
{
public:
    // The HTML (UTF-8) with every run of at least `minRun` bytes set aside. When the HTML holds the
    // marker characters itself, nothing is set aside.
    QByteArray setAside(const QByteArray &html, qsizetype minRun = 64);
    bool isEmpty() const { return m_runs.empty(); }
    qsizetype count() const { return qsizetype(m_runs.size()); }
    // A text node's text (UTF-8, as gumbo gives it) with its runs put back.
    QString restore(const char *text);
    // Every run came back exactly once.
    bool allRestored() const { return !m_twice && m_restoredCount == qsizetype(m_runs.size()); }

private:
    struct Run
    {
        qsizetype offset = 0;
        qsizetype size = 0;
        bool restored = false;
    };
    void copyText(QByteArray &out, qsizetype from, qsizetype to, qsizetype minRun);
    qsizetype endOfMarkup(qsizetype at) const;
    qsizetype endOfTag(qsizetype at) const;

    QByteArray m_html;
    std::vector<Run> m_runs;
    qsizetype m_restoredCount = 0;
    bool m_twice = false;
};
