#include "core/qa/RequestLogFilter.h"

#include "core/api/RequestLog.h"

RequestLogFilter::RequestLogFilter(QObject *parent) : QSortFilterProxyModel(parent) { }

void RequestLogFilter::setStatusClass(int statusClass)
{
    m_statusClass = statusClass;
    invalidateRowsFilter();
}

void RequestLogFilter::setMethod(const QString &method)
{
    m_method = method;
    invalidateRowsFilter();
}

void RequestLogFilter::setPathPart(const QString &part)
{
    m_pathPart = part.trimmed();
    invalidateRowsFilter();
}

void RequestLogFilter::setAlwaysShown(quint64 exchangeId)
{
    m_alwaysShown = exchangeId;
    invalidateRowsFilter();
}

bool RequestLogFilter::shownAgainstFilters(quint64 exchangeId) const
{
    if (exchangeId == 0 || exchangeId != m_alwaysShown)
        return false;
    const RequestLog *log = qobject_cast<const RequestLog *>(sourceModel());
    for (int row = 0; log && row < log->rowCount(); ++row) {
        if (log->index(row, 0).data(RequestLog::ExchangeIdRole).toULongLong() == exchangeId)
            return !passesFilters(row, {});
    }
    return false;
}

bool RequestLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_alwaysShown != 0
        && sourceModel()->index(sourceRow, 0, sourceParent).data(RequestLog::ExchangeIdRole).toULongLong()
            == m_alwaysShown)
        return true;
    return passesFilters(sourceRow, sourceParent);
}

bool RequestLogFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Times can tie to the millisecond; the order the requests were made cannot.
    if (left.column() == RequestLog::TimeColumn)
        return left.data(RequestLog::ExchangeIdRole).toULongLong()
            < right.data(RequestLog::ExchangeIdRole).toULongLong();
    return QSortFilterProxyModel::lessThan(left, right);
}

bool RequestLogFilter::passesFilters(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *log = sourceModel();
    const QModelIndex status = log->index(sourceRow, RequestLog::StatusColumn, sourceParent);
    const int statusClass = status.data(RequestLog::StatusClassRole).toInt();
    if (m_statusClass == -1 && statusClass != 0)
        return false;
    if (m_statusClass > 0 && statusClass != m_statusClass)
        return false;
    if (!m_method.isEmpty()
        && log->index(sourceRow, RequestLog::MethodColumn, sourceParent).data().toString() != m_method)
        return false;
    if (!m_pathPart.isEmpty()
        && !log->index(sourceRow, RequestLog::PathColumn, sourceParent)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(m_pathPart, Qt::CaseInsensitive))
        return false;
    return true;
}
