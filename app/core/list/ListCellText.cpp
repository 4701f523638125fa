#include "core/list/ListCellText.h"

#include "core/base/EmailAddress.h"
#include "core/base/ShownText.h"
#include "core/list/EmailListModel.h"
#include "core/list/LeadNames.h"

#include <QLocale>

namespace {
// A cell shows one line; its tooltip more of a long text (Raw JSON has all of it).
qsizetype shownLength(int role)
{
    return role == Qt::ToolTipRole ? ShownText::wrappedLength : ShownText::lineLength;
}
} // namespace

QVariant ListCellText::text(const ListRow &row, int column, int role, const LeadNames &leads)
{
    const auto when = [role](const QDateTime &value) -> QVariant {
        if (!value.isValid())
            return QString();
        const QDateTime local = value.toLocalTime();
        if (role == Qt::ToolTipRole)
            return QLocale().toString(local, QLocale::LongFormat);
        // Minutes are enough in a list; the tooltip has the rest.
        return QString(QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                       + QLocale().toString(local.time(), QStringLiteral("HH:mm")));
    };
    if (row.damaged)
        return damagedText(row, column, role);
    switch (column) {
    case EmailListModel::StatusColumn:
        if (row.statusUnreadable)
            return role == Qt::ToolTipRole ? tr("Close sent a status Draftdesk does not know; open the email "
                                                "to see what it holds.")
                                           : tr("Unreadable");
        // Written while Close could not be reached: a draft here only, until Close makes it.
        if (EmailActivity::isLocalId(row.id()))
            return role == Qt::ToolTipRole ? tr("Written while Close could not be reached: it is made in "
                                                "Close when it is back.")
                                           : tr("Draft (not in Close yet)");
        return EmailStatuses::displayName(row.status);
    case EmailListModel::SubjectColumn:
        return row.subject().isEmpty() ? tr("(no subject)")
                                       : ShownText::line(QString::fromUtf8(row.subject()), shownLength(role));
    case EmailListModel::ToColumn:
    case EmailListModel::SenderColumn: {
        // Names in the column, the full addresses in its tooltip (and in the search text).
        const QString addresses
            = QString::fromUtf8(column == EmailListModel::ToColumn ? row.to() : row.sender());
        if (addresses.isEmpty() && column == EmailListModel::SenderColumn && role == Qt::DisplayRole)
            return tr("(no sender)");
        return ShownText::line(role == Qt::ToolTipRole ? addresses : EmailAddress::shownNames(addresses),
                               shownLength(role));
    }
    case EmailListModel::LeadColumn:
        if (role == Qt::ToolTipRole && leads.isPending(QString::fromUtf8(row.leadId())))
            return tr("The lead's name is on its way from Close.");
        return ShownText::line(leads.nameOf(QString::fromUtf8(row.leadId())), shownLength(role));
    case EmailListModel::DateColumn:
        return when(row.shownDate());
    case EmailListModel::UpdatedColumn:
        return when(row.updated);
    }
    return {};
}

QVariant ListCellText::damagedText(const ListRow &row, int column, int role)
{
    const QString reason = QString::fromUtf8(row.subject());
    switch (column) {
    case EmailListModel::StatusColumn:
        return tr("Unreadable");
    case EmailListModel::SubjectColumn:
        return role == Qt::ToolTipRole
            ? tr("Close sent this email in a form Draftdesk cannot read: %1. The other emails of its page "
                 "are shown.")
                  .arg(reason)
            : tr("(cannot be shown: %1)").arg(reason);
    default:
        return QString();
    }
}
