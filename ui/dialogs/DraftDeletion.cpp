#include "ui/dialogs/DraftDeletion.h"

#include "core/api/ApiError.h"
#include "core/base/EmailAddress.h"
#include "core/base/ShownText.h"
#include "core/drafts/Drafts.h"
#include "core/email/EmailActivity.h"
#include "ui/common/MessageBox.h"

bool DraftDeletion::confirmAndDelete(QWidget *parent, Drafts *drafts, const EmailActivity &email)
{
    if (email.status() != EmailStatus::Draft) {
        MessageBox::warning(parent, tr("Delete Draft"), tr("Only drafts can be deleted here."));
        return false;
    }
    const QString subject = email.subject().isEmpty() ? tr("(no subject)") : ShownText::line(email.subject());
    const QString to = email.to().isEmpty()
        ? tr("nobody yet")
        : ShownText::line(EmailAddress::shownNames(email.to().join(u", ")));
    const QMessageBox::StandardButton answer = MessageBox::question(
        parent, tr("Delete Draft"),
        tr("Delete the draft “%1” to %2? Close has no undo: a deleted draft cannot be brought back.")
            .arg(subject, to),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    if (!drafts->deleteDraft(email)) {
        MessageBox::warning(parent, tr("Delete Draft"),
                            tr("The draft cannot be deleted while a save or send of it is under way."));
        return false;
    }
    // Whoever asked hears if it fails (the status bar hears it too); the answer ends the watch.
    auto *watch = new QObject(parent);
    const QString id = email.id();
    QObject::connect(drafts, &Drafts::emailDeleted, watch, [watch, id](const QString &gone) {
        if (gone == id)
            watch->deleteLater();
    });
    QObject::connect(drafts, &Drafts::deleteFailed, watch,
                     [parent, watch, id](const QString &failed, const ApiError &error) {
                         if (failed != id)
                             return;
                         watch->deleteLater();
                         MessageBox::warning(parent, tr("Delete Draft"),
                                             tr("The draft was not deleted: %1").arg(error.fullText()));
                     });
    return true;
}
