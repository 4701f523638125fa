#pragma once

#include "core/store/ListRow.h"

#include <QCoreApplication>
#include <QVariant>

class LeadNames;

// What a cell of the email list shows (Qt::DisplayRole) or its tooltip: statuses and dates in words,
// names for addresses, lead names for lead ids, every server string through BidiText.
class ListCellText final
{
    // The words were EmailListModel's before they moved here: the translations keep their context.
    Q_DECLARE_TR_FUNCTIONS(EmailListModel)

public:
    static QVariant text(const ListRow &row, int column, int role, const LeadNames &leads);

private:
    // A record that could not be read: its status "Unreadable", its subject cell says why.
    static QVariant damagedText(const ListRow &row, int column, int role);
};
