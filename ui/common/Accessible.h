#pragma once

#include <QString>

class QComboBox;
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
// A field with no label of its own is named by the words it shows: its placeholder.
void nameFromPlaceholder(QLineEdit *edit);
// An editable combo box's text field is a control of its own to AT-SPI: it gets the box's name.
void nameEditablePart(QComboBox *box, const QString &name);
} // namespace Accessible
