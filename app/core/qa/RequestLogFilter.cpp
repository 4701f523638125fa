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

bool RequestLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
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
