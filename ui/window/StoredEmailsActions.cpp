#include "ui/window/StoredEmailsActions.h"

#include "core/session/Session.h"
#include "ui/common/MessageBox.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/window/OpenDrafts.h"

#include <QDir>
#include <QLocale>
#include <QStatusBar>

QString StoredEmailsActions::connectionName(const Session &session)
{
    if (session.origin() == Session::Origin::Demo)
        return tr("Demo sandbox");
    if (session.currentProfile().isValid())
        return session.currentProfile().name;
    return session.baseUrl().host();
}

QString StoredEmailsActions::describe(Session &session)
{
    // Named: the form above may be setting up another connection (from the demo, say) than the one
    // whose emails these are, and Forget acts on these.
    const qint64 count = session.storedEmailCount();
    const QString file = session.storeFile();
    if (file.isEmpty())
        return tr("%n email(s) of the connection in use (%1) are kept in memory for this session only.",
                  nullptr, int(count))
            .arg(connectionName(session));
    return tr("%n email(s) of the connection in use (%2) are stored in %1. Deleting it loses nothing: "
              "the list is loaded again from Close.",
              nullptr, int(count))
        .arg(QDir::toNativeSeparators(file), connectionName(session));
}

void StoredEmailsActions::bind(SettingsDialog *dialog, Session *session, QStatusBar *statusBar)
{
    const bool saved = session->currentProfile().isValid()
        && session->profiles().find(session->currentProfile().name).has_value();
    dialog->setStoredEmails(describe(*session), session->storedEmailCount() > 0);
    dialog->setRemovable(saved);
    QObject::connect(dialog, &SettingsDialog::forgetStoredRequested, dialog, [dialog, session, statusBar] {
        const qint64 count = session->storedEmailCount();
        if (MessageBox::question(dialog, tr("Forget Stored Emails"),
                                 tr("Forget the %n email(s) stored for this connection? The list is loaded "
                                    "again from Close; unsaved edits are kept.",
                                    nullptr, int(count)))
            != QMessageBox::Yes)
            return;
        session->forgetStoredEmails();
        dialog->setStoredEmails(describe(*session), false);
        statusBar->showMessage(tr("%n stored email(s) forgotten.", nullptr, int(count)), 10000);
    });
    QObject::connect(dialog, &SettingsDialog::removeProfileRequested, dialog,
                     [dialog, session, statusBar](const QString &name) {
                         if (MessageBox::question(dialog, tr("Remove Profile"),
                                                  tr("Remove the profile “%1”? Its key leaves the keychain, "
                                                     "and its stored emails and kept request log are "
                                                     "deleted.")
                                                      .arg(name))
                             != QMessageBox::Yes)
                             return;
                         // Its open drafts go with its connection: closed first, or nothing is removed.
                         if (name == session->currentProfile().name
                             && !OpenDrafts::closeBeforeSwitch(dialog->parentWidget(), *session))
                             return;
                         session->removeProfile(name);
                         statusBar->showMessage(tr("Profile “%1” removed, with its stored emails.").arg(name),
                                                10000);
                         dialog->reject();
                     });
}
