#pragma once

#include <QSortFilterProxyModel>

// The inspector's filters over the request log: status class (2xx, 4xx, …, or failed without an
// answer), method, and a part of the path.
class RequestLogFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogFilter)

public:
    explicit RequestLogFilter(QObject *parent = nullptr);
    // 0: any; 1..5: that class; -1: no HTTP answer at all.
    void setStatusClass(int statusClass);
    void setMethod(const QString &method);
    void setPathPart(const QString &part);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_statusClass = 0;
    QString m_method;
    QString m_pathPart;
};
