#pragma once

#include "richtext/HtmlSanitizer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextDocument;

// Between the editor's QTextDocument and the API's body_html / body_text. Writes minimal, email-safe
// HTML (KMail's TextHTMLBuilder idea): no DOCTYPE, no qrichtext meta, no style block; paragraphs,
// lists, links, bold/italic/underline/strike-through, colours, sizes and alignment as plain tags and
// short inline styles. Derives a readable plain text. Says up front what an HTML body would lose in
// the editor (style blocks, styled tables, images, scripts), so the user can keep it untouched.
// Email HTML only reaches a document through HtmlSanitizer.
class HtmlBody final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlBody)

public:
    static QString toEmailHtml(const QTextDocument &document);
    // Paragraphs separated by a blank line, "- " and "1. " list markers, links as "text (url)".
    static QString toPlainText(const QTextDocument &document);
    // Human descriptions of what QTextDocument cannot keep from this HTML; empty when nothing.
    static QStringList lossesIn(const QString &html);
    // Sanitizes the HTML (HtmlSanitizer) and loads what is left, formatted or as plain text.
    static SanitizedHtml load(QTextDocument &document, const QString &html);
    // Loads an already sanitized body.
    static void apply(QTextDocument &document, const SanitizedHtml &body);
};
