#pragma once

#include <QSortFilterProxyModel>

// The inspector's filters over the request log: status class (2xx, 4xx, …, or failed without an
// answer), method, and a part of the path; and its order (the time column sorts by the order the
// requests were made, newest first by default). One exchange can be let through whatever the
// filters say: the one the user just sent, which they expect to see.
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
    // Shown even when the filters hide it (0: none); whether it is shown only because of that.
    void setAlwaysShown(quint64 exchangeId);
    bool shownAgainstFilters(quint64 exchangeId) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_statusClass = 0;
    QString m_method;
    QString m_pathPart;
    quint64 m_alwaysShown = 0;
    bool passesFilters(int sourceRow, const QModelIndex &sourceParent) const;
};
