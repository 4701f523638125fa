#include "ui/list/StatusDecorationModel.h"

#include "core/list/EmailListModel.h"
#include "ui/common/Icons.h"

#include <QTextDocument>

QIcon StatusDecorationModel::iconFor(const QString &statusName)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(statusName);
    if (it == cache.end())
        it = cache.insert(statusName,
                          Icons::fromSvg(QStringLiteral(":/icons/status-%1.svg").arg(statusName)));
    return *it;
}

QVariant StatusDecorationModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == EmailListModel::StatusColumn)
        return iconFor(QIdentityProxyModel::data(index, EmailListModel::StatusNameRole).toString());
    if (role == Qt::ToolTipRole) {
        // A tooltip that looks like HTML is shown as rich text, which loads images from files: what an
        // email's subject or addresses say is shown as text.
        const QString tip = QIdentityProxyModel::data(index, role).toString();
        return tip.isEmpty() ? QVariant() : QVariant(Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal));
    }
    return QIdentityProxyModel::data(index, role);
}
