#pragma once

#include <QCoreApplication>
#include <QString>

// An address can look like another: "pаypal.com" with a Cyrillic "а", or "anna​@example.com" with a
// zero-width space. Browsers show such domains in their raw form; Draftdesk names the problem next to
// the field (the field keeps the text as it is: it is the data).
class AddressLooks final
{
    Q_DECLARE_TR_FUNCTIONS(AddressLooks)

public:
    // Why `entry` ("Name <addr>" or a bare address) may not be what it looks like, in words, with the
    // characters in question written as ⟨U+0430⟩; empty when its address looks as it is.
    static QString problem(const QString &entry);
};
