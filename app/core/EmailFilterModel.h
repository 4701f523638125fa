#pragma once

#include "core/EmailStatus.h"

#include <QSortFilterProxyModel>

#include <optional>

// The client-side part of the list's filters (the API cannot filter by status) and its sort order:
// a status, and text matched against subject, recipients, sender and lead name.
class EmailFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailFilterModel)

public:
    explicit EmailFilterModel(QObject *parent = nullptr);

    void setStatusFilter(std::optional<EmailStatus> status);
    std::optional<EmailStatus> statusFilter() const { return m_status; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<EmailStatus> m_status;
    QString m_search;
    QStringList m_words;
};
