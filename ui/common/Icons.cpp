#include "ui/common/Icons.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

#include <cmath>

namespace {
// An SVG drawn by QSvgRenderer itself, not through Qt's SVG icon plugin: QIcon("x.svg") loads that
// plugin (a dlopen and a scan of the plugin folder) when the window's first icon is made, which was
// part of every start. Tinted: "currentColor" is coloured at paint time from the palette for the
// icon's mode; otherwise the drawing keeps its own colours.
class SvgEngine final : public QIconEngine
{
public:
    enum class Colours { Own, Palette };
    SvgEngine(QByteArray svg, Colours colours) : m_svg(std::move(svg)), m_colours(colours) { }

    QIconEngine *clone() const override { return new SvgEngine(m_svg, m_colours); }
    QString key() const override { return QStringLiteral("draftdesk-svg"); }

    // Views paint icons through here (QIcon::paint), row after row and at every scroll: the drawing is
    // parsed and rendered once per size and mode, then painted from the pixmap it made.
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        // At the screen's pixels: drawn into `rect`, they are its pixels one for one.
        const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        painter->drawPixmap(rect, drawn((QSizeF(rect.size()) * scale).toSize(), mode));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override { return drawn(size, mode); }

    // Qt 6.4 asks for the size in device pixels already (QIcon::pixmap multiplies it by the scale).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        QPixmap pixmap = drawn(size, mode);
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

private:
    // The drawing at this many pixels, in the colours of `mode`.
    QPixmap drawn(const QSize &pixels, QIcon::Mode mode)
    {
        const QString key = QStringLiteral("%1x%2/%3/%4")
                                .arg(pixels.width())
                                .arg(pixels.height())
                                .arg(int(mode))
                                .arg(colourFor(mode).name());
        QPixmap cached = m_cache.value(key);
        if (cached.isNull()) {
            cached = QPixmap(pixels);
            cached.fill(Qt::transparent);
            QPainter painter(&cached);
            QSvgRenderer(tinted(mode)).render(&painter, QRect(QPoint(), pixels));
            painter.end();
            if (m_colours == Colours::Own && mode == QIcon::Disabled) {
                // Greyed as the style greys any other icon (a tinted one has the disabled text colour).
                QStyleOption option;
                option.palette = QGuiApplication::palette();
                cached = QApplication::style()->generatedIconPixmap(QIcon::Disabled, cached, &option);
            }
            if (m_cache.size() > 16)
                m_cache.clear();
            m_cache.insert(key, cached);
        }
        return cached;
    }

    static QColor colourFor(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        default:
            return palette.color(QPalette::Active, QPalette::WindowText);
        }
    }
    QByteArray tinted(QIcon::Mode mode) const
    {
        if (m_colours == Colours::Own)
            return m_svg;
        QByteArray svg = m_svg;
        return svg.replace("currentColor", colourFor(mode).name().toLatin1());
    }

    QByteArray m_svg;
    Colours m_colours;
    QHash<QString, QPixmap> m_cache;
};

QIcon iconFrom(const QString &path, SvgEngine::Colours colours)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new SvgEngine(file.readAll(), colours));
}
} // namespace

namespace Icons {

double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

bool standsOut(const QIcon &icon, const QColor &background)
{
    // The ink of the icon: its mostly opaque pixels, weighted alike.
    const QImage image = icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
    double ink = 0;
    int pixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) < 128)
                continue;
            ink += relativeLuminance(QColor::fromRgb(pixel));
            ++pixels;
        }
    }
    if (pixels == 0)
        return false;
    ink /= pixels;
    const double ground = relativeLuminance(background);
    // WCAG's 3:1 for graphics that carry meaning.
    return (qMax(ink, ground) + 0.05) / (qMin(ink, ground) + 0.05) >= 3.0;
}

QIcon named(const QString &name)
{
    // Without a desktop icon theme (a bare X session, offscreen) there is nothing to look up, and
    // looking scans the hicolor directories for each name. A theme icon is taken only when it can be
    // seen on the window: under GNOME's dark style Qt's GTK theme hands out the light style's dark
    // grey icons, which vanish on a dark toolbar; Draftdesk's own are drawn in the palette's colour.
    if (!QIcon::themeName().isEmpty() && QIcon::hasThemeIcon(name)) {
        const QIcon themed = QIcon::fromTheme(name);
        if (standsOut(themed, QGuiApplication::palette().color(QPalette::Window)))
            return themed;
    }
    return iconFrom(QStringLiteral(":/icons/actions/%1.svg").arg(name), SvgEngine::Colours::Palette);
}

QIcon fromSvg(const QString &path)
{
    return iconFrom(path, SvgEngine::Colours::Own);
}

} // namespace Icons
