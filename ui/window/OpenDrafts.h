#pragma once

#include <QCoreApplication>

class QUrl;
class QWidget;
class Session;

// Drafts open in editors belong to the connection in use: their saves and sends go through the
// session's one client, so after a switch they would reach another organisation (or its 404s).
// Before another connection takes over they are closed; one with unsaved changes stops the switch,
// brought forward with a sentence saying why, so that nothing typed is saved in the wrong place.
class OpenDrafts final
{
    Q_DECLARE_TR_FUNCTIONS(OpenDrafts)

public:
    // Connecting to this profile (empty: the demo sandbox), at this address when one is given, leaves
    // the connection in use.
    static bool leaveConnectionInUse(const Session &session, const QString &profileName, const QUrl &baseUrl);
    // The editors among `window`'s children; true when none is left open (none was, or all were
    // closed), false when one has unsaved changes (nothing is closed then).
    static bool closeBeforeSwitch(QWidget *window, const Session &session);
    // Both: true when the switch to that connection may go ahead.
    static bool maySwitch(QWidget *window, const Session &session, const QString &profileName,
                          const QUrl &baseUrl);
};
