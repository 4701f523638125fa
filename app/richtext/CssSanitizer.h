#pragma once

#include <QString>
#include <QStringView>

// Inline styles and <style> sheets from an email, reduced to an allow-list of properties whose values
// can only describe colours, fonts, sizes and boxes: no url(), no image, no @import, no escapes (which
// could spell a forbidden name), and no numbers large enough to make layout slow. What is not on the
// list is dropped, never repaired.
class CssSanitizer final
{
public:
    // "color: red; background: url(x)" -> "color:red"
    static QString declarations(QStringView css);
    // Rules with plain selectors and allowed declarations; @-rules dropped; at most maxRules rules.
    static QString styleSheet(QStringView css, int maxRules = 200);
};
