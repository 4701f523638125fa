#pragma once

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>

// Adds the status icons (a GUI concern) on top of the email models, which know only status names.
class StatusDecorationModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDecorationModel)

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    static QIcon iconFor(const QString &statusName);
};
