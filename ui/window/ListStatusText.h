#pragma once

#include <QCoreApplication>
#include <QString>

class Session;

// The status bar's sentence about the list: where its rows come from (the store, Close), whether
// more are in Close, and what could not be read. (Its sentences were the main window's before.)
class ListStatusText final
{
    Q_DECLARE_TR_FUNCTIONS(ListStatusText)

public:
    static QString of(Session &session);
};
