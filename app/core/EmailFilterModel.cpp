#include "core/EmailFilterModel.h"

#include "core/EmailListModel.h"

EmailFilterModel::EmailFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EmailListModel::SortRole);
    setDynamicSortFilter(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void EmailFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        sourceModel()->disconnect(this);
    forgetKeys();
    // Before the base class connects: the keys must be right when it re-sorts on the same signal.
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    if (m_keyColumn >= 0 && size_t(first) <= m_keys.size())
                        m_keys.insert(m_keys.begin() + first, size_t(last - first + 1), std::nullopt);
                    else
                        forgetKeys();
                });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { forgetKeys(); });
        connect(model, &QAbstractItemModel::rowsMoved, this, [this] { forgetKeys(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { forgetKeys(); });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { forgetKeys(); });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    for (int row = topLeft.row(); row <= bottomRight.row() && size_t(row) < m_keys.size();
                         ++row)
                        m_keys[size_t(row)].reset();
                });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void EmailFilterModel::forgetKeys() const
{
    m_keys.clear();
    m_keyColumn = -1;
}

const QCollatorSortKey &EmailFilterModel::sortKey(int sourceRow, int column) const
{
    if (column != m_keyColumn) {
        m_keys.clear();
        m_keyColumn = column;
    }
    if (m_keys.size() < size_t(sourceModel()->rowCount()))
        m_keys.resize(size_t(sourceModel()->rowCount()));
    std::optional<QCollatorSortKey> &key = m_keys[size_t(sourceRow)];
    if (!key)
        key = m_collator.sortKey(
            sourceModel()->index(sourceRow, column).data(EmailListModel::SortRole).toString());
    return *key;
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
    const int column = left.column();
    if (column == EmailListModel::StatusColumn || column == EmailListModel::DateColumn
        || column == EmailListModel::UpdatedColumn) {
        const QVariant a = left.data(EmailListModel::SortRole);
        const QVariant b = right.data(EmailListModel::SortRole);
        if (a.userType() == QMetaType::QDateTime && b.userType() == QMetaType::QDateTime)
            return a.toDateTime() < b.toDateTime();
        return a.toInt() < b.toInt();
    }
    return sortKey(left.row(), column).compare(sortKey(right.row(), column)) < 0;
}
