#pragma once

#include <QIcon>

// Icons for actions by their freedesktop names (icon naming spec: "document-save", "edit-undo"): the
// desktop theme's own when it has one, else Draftdesk's bundled drawing of it (resources/icons/
// actions), drawn in the palette's text colour when it is painted, so it stays readable on light and
// dark palettes and sharp at any scale.
namespace Icons {
QIcon named(const QString &name);
} // namespace Icons
