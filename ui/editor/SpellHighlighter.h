#pragma once

#include <QSyntaxHighlighter>

class SpellChecker;

// Marks misspelt words with the wavy underline of a word processor, block by block as Qt asks.
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(SpellChecker *checker, QTextDocument *document);

    // The words of a text and where they start (letters, with inner apostrophes and hyphens).
    struct Word
    {
        int start;
        int length;
    };
    static QList<Word> wordsIn(const QString &text);

protected:
    void highlightBlock(const QString &text) override;

private:
    SpellChecker *m_checker;
};
