#include "richtext/TextRuns.h"

#include <cstring>

namespace {
// U+E000 and U+E001 in UTF-8: characters of no script, which no tokenizer state treats specially.
constexpr char openMark[] = "\xEE\x80\x80";
constexpr char closeMark[] = "\xEE\x80\x81";
constexpr qsizetype markSize = 3;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The length of the character at `i` when the tokenizer treats it specially in text, or the parser
// replaces it: '&', NUL, CR, the other C0 and the C1 controls, DEL, and noncharacters (UTF-8; checked
// loosely: a few ordinary characters near them count as special too, which only shortens a run).
qsizetype specialAt(const char *data, qsizetype i, qsizetype to)
{
    const auto byte = [&](qsizetype at) {
        return at < to ? uchar(data[at]) : 0;
    };
    const uchar c = byte(i);
    if (c == '&' || c == 0x7F || (c < 0x20 && c != '\t' && c != '\n' && c != '\f'))
        return 1;
    if (c == 0xC2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F)
        return 2; // U+0080..U+009F
    if (c == 0xEF && (byte(i + 1) == 0xB7 || byte(i + 1) == 0xBF))
        return qMin<qsizetype>(3, to - i); // U+FDC0..U+FDFF, U+FFC0..U+FFFF
    if (c >= 0xF0 && byte(i + 2) == 0xBF)
        return qMin<qsizetype>(4, to - i); // U+xFFC0..U+xFFFF and neighbours
    return 0;
}

// Elements whose content the tokenizer does not read as markup: nothing in them is set aside.
bool isRawText(QByteArrayView name)
{
    for (const char *raw : {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
                            "noscript", "plaintext"}) {
        if (name.compare(QByteArrayView(raw), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

QByteArray TextRuns::setAside(const QByteArray &html, qsizetype minRun)
{
    m_html = html;
    m_runs.clear();
    m_restoredCount = 0;
    m_twice = false;
    if (html.contains(openMark) || html.contains(closeMark))
        return html;
    QByteArray out;
    out.reserve(html.size() / 4);
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        if (html.at(i) != '<') {
            const qsizetype next = html.indexOf('<', i);
            const qsizetype end = next < 0 ? n : next;
            copyText(out, i, end, minRun);
            i = end;
            continue;
        }
        const qsizetype end = endOfMarkup(i);
        out.append(html.constData() + i, end - i);
        i = end;
    }
    if (m_runs.empty())
        return html;
    return out;
}

void TextRuns::copyText(QByteArray &out, qsizetype from, qsizetype to, qsizetype minRun)
{
    const char *data = m_html.constData();
    qsizetype piece = from;
    qsizetype i = from;
    while (true) {
        const qsizetype special = i < to ? specialAt(data, i, to) : 0;
        if (i < to && special == 0) {
            ++i;
            continue;
        }
        // [piece, i): plain text. Its spaces at both ends stay where they are.
        qsizetype start = piece;
        qsizetype end = i;
        while (start < end && isSpace(data[start]))
            ++start;
        while (end > start && isSpace(data[end - 1]))
            --end;
        if (end - start >= minRun) {
            out.append(data + piece, start - piece);
            out.append(openMark);
            out.append(QByteArray::number(qsizetype(m_runs.size())));
            out.append(closeMark);
            m_runs.push_back({start, end - start});
            out.append(data + end, i - end);
        } else {
            out.append(data + piece, i - piece);
        }
        if (i >= to)
            return;
        const bool reference = data[i] == '&';
        out.append(data + i, special);
        i += special;
        if (reference) {
            // A character reference reads the letters, digits and '#' after it, and a ';': they stay
            // where they are, so the tokenizer sees exactly the reference it would have.
            while (i < to && (isAlpha(data[i]) || (data[i] >= '0' && data[i] <= '9') || data[i] == '#'))
                out.append(data[i++]);
            if (i < to && data[i] == ';')
                out.append(data[i++]);
        }
        piece = i;
    }
}

qsizetype TextRuns::endOfMarkup(qsizetype at) const
{
    const QByteArrayView rest = QByteArrayView(m_html).sliced(at);
    const qsizetype n = m_html.size();
    const auto after = [&](const char *end, qsizetype from) {
        const qsizetype found = m_html.indexOf(end, from);
        return found < 0 ? n : found + qsizetype(std::strlen(end));
    };
    if (rest.startsWith("<!--"))
        return after("-->", at + 4);
    if (rest.size() < 2)
        return n;
    const char second = rest.at(1);
    if (second == '!' || second == '?')
        return after(">", at + 2); // a doctype, a bogus comment
    if (second == '/') {
        if (rest.size() > 2 && isAlpha(rest.at(2)))
            return endOfTag(at + 2);
        return after(">", at + 2);
    }
    if (!isAlpha(second))
        return at + 1; // a '<' that is text
    const qsizetype end = endOfTag(at + 1);
    qsizetype nameEnd = at + 1;
    while (nameEnd < end && !isSpace(m_html.at(nameEnd)) && m_html.at(nameEnd) != '/'
           && m_html.at(nameEnd) != '>')
        ++nameEnd;
    const QByteArrayView name = QByteArrayView(m_html).sliced(at + 1, nameEnd - at - 1);
    if (!isRawText(name))
        return end;
    if (name.compare("plaintext", Qt::CaseInsensitive) == 0)
        return n;
    // Up to its end tag, as the tokenizer reads it: "</name" in any case.
    for (qsizetype close = m_html.indexOf("</", end); close >= 0; close = m_html.indexOf("</", close + 2)) {
        const QByteArrayView candidate = QByteArrayView(m_html).sliced(close + 2);
        if (candidate.size() >= name.size()
            && candidate.first(name.size()).compare(name, Qt::CaseInsensitive) == 0)
            return close;
    }
    return n;
}

qsizetype TextRuns::endOfTag(qsizetype at) const
{
    // The tag's name, then attributes: a name, and after '=' a value, quoted or not. Ends after '>'.
    const qsizetype n = m_html.size();
    const char *data = m_html.constData();
    qsizetype i = at;
    bool afterEquals = false;
    while (i < n) {
        const char c = data[i];
        if (c == '>')
            return i + 1;
        if (afterEquals && (c == '"' || c == '\'')) {
            const qsizetype close = m_html.indexOf(c, i + 1);
            if (close < 0)
                return n;
            i = close + 1;
            afterEquals = false;
            continue;
        }
        if (c == '=')
            afterEquals = true;
        else if (!isSpace(c))
            afterEquals = false;
        ++i;
    }
    return n;
}

QString TextRuns::restore(const char *text)
{
    const char *mark = std::strstr(text, openMark);
    if (!mark)
        return QString::fromUtf8(text);
    QByteArray out;
    const char *from = text;
    while (mark) {
        out.append(from, mark - from);
        const char *digits = mark + markSize;
        const char *close = std::strstr(digits, closeMark);
        bool ok = false;
        const qsizetype index = close ? QByteArrayView(digits, close - digits).toLongLong(&ok) : -1;
        if (!ok || index < 0 || index >= qsizetype(m_runs.size())) {
            m_twice = true; // a marker the scan did not write: not trusted
            return QString::fromUtf8(text);
        }
        Run &run = m_runs[size_t(index)];
        if (run.restored)
            m_twice = true;
        run.restored = true;
        ++m_restoredCount;
        out.append(m_html.constData() + run.offset, run.size);
        from = close + markSize;
        mark = std::strstr(from, openMark);
    }
    out.append(from);
    return QString::fromUtf8(out);
}
