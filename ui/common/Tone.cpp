#include "ui/common/Tone.h"

#include <QGuiApplication>
#include <QPalette>

namespace Tone {

QColor color(Kind kind)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    // Each pair keeps a contrast of at least 4.5:1 (WCAG AA) against the usual window colours of
    // Fusion, Breeze and Adwaita, light and dark.
    switch (kind) {
    case Kind::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xaa, 0x11, 0x11);
    case Kind::Success:
        return dark ? QColor(0x6c, 0xd9, 0x7e) : QColor(0x17, 0x6b, 0x2c);
    case Kind::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x50, 0x00);
    }
    return {};
}

QString textStyle(Kind kind)
{
    return QStringLiteral("color: %1;").arg(color(kind).name());
}

QString errorBorder(const char *widgetClass)
{
    return QStringLiteral("%1 { border: 1px solid %2; }")
        .arg(QLatin1String(widgetClass), color(Kind::Error).name());
}

} // namespace Tone
