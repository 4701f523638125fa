#pragma once

#include <QIcon>

// Icons for actions by their freedesktop names (icon naming spec: "document-save", "edit-undo"): the
// desktop theme's own when it has one, else Draftdesk's bundled drawing of it (resources/icons/
// actions), drawn in the palette's text colour when it is painted, so it stays readable on light and
// dark palettes and sharp at any scale.
namespace Icons {
// The theme's icon when it stands out from the window's background, else the bundled one.
QIcon named(const QString &name);
// An SVG drawing in its own colours (the app's icon, the list's status marks), drawn without Qt's
// SVG icon plugin.
QIcon fromSvg(const QString &path);
// Whether an icon's ink keeps a contrast of 3:1 (WCAG, graphics) against this background.
bool standsOut(const QIcon &icon, const QColor &background);
double relativeLuminance(const QColor &colour);
} // namespace Icons
