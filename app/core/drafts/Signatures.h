#pragma once

#include <QString>

// Signatures per sender identity, kept locally with the settings (like KMail's identities; Close has
// none of its own for the API). A signature goes at the end of a draft after the usual "-- " line,
// so it can be found again and swapped when the sender changes, as long as nobody has touched it.
namespace Signatures {
// The signature stored for this sender ("Name" <a@b> or a@b; matched by address, case-insensitive).
QString forSender(const QString &sender);
void setForSender(const QString &sender, const QString &signature);
// The block that ends a draft: "\n-- \n" and the signature; empty when there is no signature.
QString plainBlock(const QString &signature);
QString htmlBlock(const QString &signature);
// Whether the text ends with this signature's block, untouched, on lines of its own; where it starts.
bool endsWithUntouched(const QString &text, const QString &signature, qsizetype *blockStart = nullptr);
} // namespace Signatures
