#pragma once

#include <QCoreApplication>
#include <QString>

class Session;

// The status bar's sentences: about the list (where its rows come from, the store or Close; whether
// more are in Close; what could not be read) and about the connection. (They were the main window's
// and the session's before.)
class ListStatusText final
{
    Q_DECLARE_TR_FUNCTIONS(ListStatusText)

public:
    static QString of(Session &session);
    // The connection, for the status bar's right end: "Anna Krause · api.close.com", "Demo sandbox ·
    // 127.0.0.1:41234", "Waiting for the keychain…", "Not connected"…
    static QString connectionOf(const Session &session);
};
