#pragma once

#include <QString>

// What the search index is given, and how a user's words become a search. SQLite's unicode61
// tokenizer finds words by letters and digits and folds case and accents ("resume" finds "Résumé"),
// but it would take a run of Chinese or Japanese characters as one word, and it drops emoji. So
// before indexing, every CJK character stands alone and every symbol (emoji) becomes a word named by
// its code point; a search is treated the same way, so "見積" finds "お見積りのご案内" and "🎉" finds
// a party subject. Words are matched by their start, in any order, anywhere in the email.
namespace SearchText {
// The text as the index sees it.
QString indexed(const QString &text);
// An FTS5 MATCH expression: every word must appear (in any column, in any order), each as the start
// of a word; empty when the text has nothing to search for.
QString matchExpression(const QString &userText);
} // namespace SearchText
