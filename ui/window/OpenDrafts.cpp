#include "ui/window/OpenDrafts.h"

#include "core/session/Session.h"
#include "ui/common/MessageBox.h"
#include "ui/editor/DraftEditor.h"
#include "ui/window/StoredEmailsActions.h"

bool OpenDrafts::leaveConnectionInUse(const Session &session, const QString &profileName, const QUrl &baseUrl)
{
    const bool demo = session.origin() == Session::Origin::Demo;
    if (profileName.isEmpty())
        return !demo;
    const ConnectionProfile current = session.currentProfile();
    return demo || !current.isValid() || current.name != profileName
        || (!baseUrl.isEmpty() && current.baseUrl != baseUrl);
}

bool OpenDrafts::closeBeforeSwitch(QWidget *window, const Session &session)
{
    QList<DraftEditor *> open;
    for (DraftEditor *editor : window->findChildren<DraftEditor *>(Qt::FindDirectChildrenOnly)) {
        if (editor->isVisible())
            open.append(editor);
    }
    for (DraftEditor *editor : std::as_const(open)) {
        editor->syncBody(); // the body's last keys, debounced, count too
        if (!editor->isWindowModified())
            continue;
        editor->raise();
        editor->activateWindow();
        MessageBox::information(
            editor, tr("Unsaved Changes"),
            tr("“%1” has unsaved changes. Save or close it before switching: it "
               "belongs to %2, and its changes can only be saved there.")
                .arg(editor->subjectText(), StoredEmailsActions::connectionName(session)));
        return false;
    }
    for (DraftEditor *editor : std::as_const(open))
        editor->close();
    return true;
}

bool OpenDrafts::maySwitch(QWidget *window, const Session &session, const QString &profileName,
                           const QUrl &baseUrl)
{
    return !leaveConnectionInUse(session, profileName, baseUrl) || closeBeforeSwitch(window, session);
}
