#pragma once

#include "core/email/EmailStatus.h"
#include "core/store/SortKeys.h"

#include <QSortFilterProxyModel>

#include <map>
#include <optional>

// The client-side part of the list's filters (the API cannot filter by status) and its sort order:
// a status, and text matched against subject, recipients, sender and lead name.
class EmailFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailFilterModel)

public:
    explicit EmailFilterModel(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;

    void setStatusFilter(std::optional<EmailStatus> status);
    std::optional<EmailStatus> statusFilter() const { return m_status; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Text columns sort by locale (case-insensitive, numbers as numbers). Each row's key is made
    // once per column and kept until the row changes: a sort of 10,000 rows compares about 130,000
    // times, and making the text again for every comparison was most of its cost. The subject's
    // keys are made as rows arrive, so that a click on its header sorts at once; other columns'
    // keys are made by their first sort.
    SortKeys &keysFor(int column) const;
    void onRowsInserted(int first, int last);
    void forgetKeys() const;

    SortCollator m_collator; // the locale's order, as the model was made
    mutable std::map<int, SortKeys> m_keys; // by text column
    std::optional<EmailStatus> m_status;
    QString m_search;
    QStringList m_words;
};
