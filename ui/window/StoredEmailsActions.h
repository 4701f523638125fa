#pragma once

#include <QCoreApplication>

class QStatusBar;
class Session;
class SettingsDialog;

// The settings dialog's privacy buttons, done for real: what is stored where, Forget Stored Emails
// (after a question) and Remove Profile (its key, log and stored emails go with it). Each confirms
// in the status bar what it did.
class StoredEmailsActions final
{
    Q_DECLARE_TR_FUNCTIONS(StoredEmailsActions)

public:
    static void bind(SettingsDialog *dialog, Session *session, QStatusBar *statusBar);
    // "2,481 emails of the connection in use (Acme) are stored in /home/…/emails-1a2b.sqlite. …"
    static QString describe(Session &session);
    // The connection whose store that is, as the user knows it: its profile, the demo, or its host.
    static QString connectionName(const Session &session);
};
