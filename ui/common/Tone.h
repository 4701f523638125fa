#pragma once

#include <QColor>
#include <QString>

// The few colours that carry meaning (an error, a success, a warning), readable on a light and on a
// dark palette: the dark-red of a light theme would all but vanish on a dark window.
namespace Tone {
enum class Kind {
    Error,
    Success,
    Warning,
};
// For the application's current palette.
QColor color(Kind kind);
// "color: #rrggbb;" for a label's style sheet.
QString textStyle(Kind kind);
// A red frame around a field that holds a mistake, e.g. "QLineEdit { border: 1px solid #…; }".
QString errorBorder(const char *widgetClass);
} // namespace Tone
