#include "ui/editor/SpellHighlighter.h"

#include "core/drafts/SpellChecker.h"

#include <QTextBoundaryFinder>

SpellHighlighter::SpellHighlighter(SpellChecker *checker, QTextDocument *document)
    : QSyntaxHighlighter(document), m_checker(checker)
{ }

QList<SpellHighlighter::Word> SpellHighlighter::wordsIn(const QString &text)
{
    QList<Word> words;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) {
            const QStringView piece = QStringView(text).sliced(start, end - start);
            if (!piece.isEmpty() && piece.front().isLetter())
                words.append({int(start), int(end - start)});
        }
        start = end;
    }
    return words;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker || !m_checker->isActive())
        return;
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelt.setUnderlineColor(QColor(0xd0, 0x34, 0x2c));
    for (const Word &word : wordsIn(text))
        if (!m_checker->isCorrect(text.mid(word.start, word.length)))
            setFormat(word.start, word.length, misspelt);
}
