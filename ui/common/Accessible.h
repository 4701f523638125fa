#pragma once

#include <QString>

class QLineEdit;
class QToolBar;

// Names for the parts of Qt's widgets that Qt leaves unnamed, and the one rule for names that come
// from a label: a screen reader says what the label shows, without the mnemonic or the colon.
namespace Accessible {
// "Sub&ject:" → "Subject"
QString fromLabel(const QString &label);
// The line edit's clear button (shown while there is text), named "Clear" like its tooltip.
void enableClearButton(QLineEdit *edit);
// The » button a toolbar shows when its actions do not fit.
void nameOverflowButton(QToolBar *bar);
} // namespace Accessible
