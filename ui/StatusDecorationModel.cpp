#include "ui/StatusDecorationModel.h"

#include "core/EmailListModel.h"

QIcon StatusDecorationModel::iconFor(const QString &statusName)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(statusName);
    if (it == cache.end())
        it = cache.insert(statusName, QIcon(QStringLiteral(":/icons/status-%1.svg").arg(statusName)));
    return *it;
}

QVariant StatusDecorationModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == EmailListModel::StatusColumn)
        return iconFor(QIdentityProxyModel::data(index, EmailListModel::StatusNameRole).toString());
    return QIdentityProxyModel::data(index, role);
}
