#include "ui/common/AppStyle.h"

#include "ui/common/Icons.h"

#include <QApplication>
#include <QIcon>

AppStyle::AppStyle(const QString &baseKey) : QProxyStyle(baseKey) { }

void AppStyle::install()
{
    // QApplication::style() honours -style and QT_STYLE_OVERRIDE; a bare QProxyStyle would not.
    QApplication::setStyle(new AppStyle(QApplication::style()->name())); // owned by the application
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                             const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_LineEditClearButton:
        return Icons::fromSvg(QStringLiteral(":/icons/edit-clear.svg"));
    case SP_ToolBarHorizontalExtensionButton:
        return Icons::fromSvg(QStringLiteral(":/icons/toolbar-extension.svg"));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}
