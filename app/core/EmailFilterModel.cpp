#include "core/EmailFilterModel.h"

#include "core/EmailListModel.h"

EmailFilterModel::EmailFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EmailListModel::SortRole);
    setDynamicSortFilter(true);
}

void EmailFilterModel::setStatusFilter(std::optional<EmailStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void EmailFilterModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    // Every word must appear somewhere, in any order ("jane quote" finds "Quote for Jane").
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool EmailFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(EmailListModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(EmailListModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool EmailFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(EmailListModel::SortRole);
    const QVariant b = right.data(EmailListModel::SortRole);
    if (a.userType() == QMetaType::QDateTime && b.userType() == QMetaType::QDateTime)
        return a.toDateTime() < b.toDateTime();
    if (a.userType() == QMetaType::Int && b.userType() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}
