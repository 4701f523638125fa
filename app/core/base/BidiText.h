#pragma once

#include <QString>
#include <QStringView>

// Text from an email shown in the window: a right-to-left override in a subject or file name turns
// "invoice<U+202E>gnp.exe" into what reads as "invoiceexe.png". For display, the explicit direction controls
// are removed and text with right-to-left letters is isolated, so it cannot reorder what stands
// around it. The data itself is never changed; QA views show the controls escaped instead.
class BidiText final
{
public:
    // U+202A–U+202E (embeddings, overrides, pop) and U+2066–U+2069 (isolates).
    static bool isDirectionControl(char32_t c);
    static bool containsControls(QStringView text);
    // Controls removed; wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it has
    // right-to-left letters. Plain left-to-right text comes back unchanged.
    static QString forDisplay(QStringView text);
    // Every direction control and invisible format character written as ⟨U+202E⟩, for inspectors.
    static QString escaped(QStringView text);
};
