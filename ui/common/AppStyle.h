#pragma once

#include <QProxyStyle>

// The platform's own style, with the few standard icons a window needs at start-up drawn from bundled
// SVGs: the menu bar's overflow arrow and the line edits' clear button. Qt's own are PNGs, and the
// first PNG a process reads makes QImageReader load every image-format plugin (TIFF, WebP, JPEG, …,
// about 8 ms on the 2-core machine) before the window can appear. SVGs also stay sharp at any scale.
class AppStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStyle)

public:
    // Wraps the style named `baseKey`: the one Qt chose for this desktop, or the one the user asked
    // for (-style, QT_STYLE_OVERRIDE). See install().
    explicit AppStyle(const QString &baseKey);
    // Makes the application's style an AppStyle around the style it already has.
    static void install();
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
