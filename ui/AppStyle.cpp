#include "ui/AppStyle.h"

#include <QIcon>

AppStyle::AppStyle() = default;

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                             const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_LineEditClearButton:
        return QIcon(QStringLiteral(":/icons/edit-clear.svg"));
    case SP_ToolBarHorizontalExtensionButton:
        return QIcon(QStringLiteral(":/icons/toolbar-extension.svg"));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}
