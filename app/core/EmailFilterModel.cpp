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
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { forgetKeys(); });
        connect(model, &QAbstractItemModel::rowsMoved, this, [this] { forgetKeys(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { forgetKeys(); });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { forgetKeys(); });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    for (auto &[column, keys] : m_keys) {
                        for (int row = topLeft.row(); row <= bottomRight.row() && size_t(row) < keys.size();
                             ++row)
                            keys[size_t(row)].reset();
                    }
                });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void EmailFilterModel::forgetKeys() const
{
    m_keys.clear();
}

void EmailFilterModel::onRowsInserted(int first, int last)
{
    const size_t count = size_t(last - first + 1);
    for (auto &[column, keys] : m_keys) {
        if (size_t(first) <= keys.size())
            keys.insert(keys.begin() + first, count, std::nullopt);
        else
            keys.clear();
    }
    Keys &subjects = m_keys[EmailListModel::SubjectColumn];
    if (subjects.size() < size_t(sourceModel()->rowCount()))
        subjects.resize(size_t(sourceModel()->rowCount()));
    for (int row = first; row <= last; ++row)
        subjects[size_t(row)] = makeKey(row, EmailListModel::SubjectColumn);
}

QCollatorSortKey EmailFilterModel::makeKey(int sourceRow, int column) const
{
    return m_collator.sortKey(
        sourceModel()->index(sourceRow, column).data(EmailListModel::SortRole).toString());
}

const QCollatorSortKey &EmailFilterModel::sortKey(int sourceRow, int column) const
{
    // Called twice per comparison: the common case (the key is there) touches nothing else.
    Keys &keys = m_keys[column];
    if (size_t(sourceRow) >= keys.size())
        keys.resize(size_t(qMax(sourceRow + 1, sourceModel()->rowCount())));
    std::optional<QCollatorSortKey> &key = keys[size_t(sourceRow)];
    if (!key)
        key = makeKey(sourceRow, column);
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
