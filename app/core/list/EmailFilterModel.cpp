#include "core/list/EmailFilterModel.h"

#include "core/list/EmailListModel.h"

#include <QLocale>

EmailFilterModel::EmailFilterModel(QObject *parent) : QSortFilterProxyModel(parent), m_collator(QLocale())
{
    setSortRole(EmailListModel::SortRole);
    setDynamicSortFilter(true);
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
                        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                            keys.forget(row);
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
    for (auto &[column, keys] : m_keys)
        keys.insertRows(first, last - first + 1);
    SortKeys &subjects = keysFor(EmailListModel::SubjectColumn);
    for (int row = first; row <= last; ++row)
        subjects.ensure(row, m_collator, [this](int sourceRow) {
            return sourceModel()
                ->index(sourceRow, EmailListModel::SubjectColumn)
                .data(EmailListModel::SortRole)
                .toString();
        });
}

SortKeys &EmailFilterModel::keysFor(int column) const
{
    SortKeys &keys = m_keys[column];
    if (keys.rowCount() < sourceModel()->rowCount())
        keys.insertRows(keys.rowCount(), sourceModel()->rowCount() - keys.rowCount());
    return keys;
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
    SortKeys &keys = keysFor(column);
    if (!keys.has(left.row()) || !keys.has(right.row())) {
        const auto textOf = [this, column](int sourceRow) {
            return sourceModel()->index(sourceRow, column).data(EmailListModel::SortRole).toString();
        };
        keys.ensure(left.row(), m_collator, textOf);
        keys.ensure(right.row(), m_collator, textOf);
    }
    return keys.compare(left.row(), right.row()) < 0;
}
