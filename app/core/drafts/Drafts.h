#pragma once

#include "core/drafts/DraftJournal.h"
#include "core/email/EmailActivity.h"

#include <QHash>
#include <QObject>
#include <QSet>

class ApiError;
class CloseClient;
class DraftSession;
class EmailStore;

// The owner of open emails: one DraftSession per email id, shared by every view of that email (an
// editor window today). A view opens a session and closes it; the session stays while a request
// or its read-back is under way, or while a send can still be undone, so closing a window never
// cancels "did it go out?". Whatever Close's copy of an open email becomes (saved, sent, scheduled,
// back to draft, read back) is announced once here, for the list and the preview to follow, and in
// words for the status bar, even after its window has closed. After a send it looks at the email
// again when it is due, so the list shows it sent without a refresh.
class Drafts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Drafts)

public:
    Drafts(CloseClient *client, DraftJournal *journal, QObject *parent = nullptr);
    ~Drafts() override;

    // The session for this email (a new one, or the one already open, edits and all); one more view.
    DraftSession *open(const EmailActivity &email);
    // One view fewer. The session goes when no view is left and nothing is in flight. A draft made
    // by createDraft that was never saved or sent is deleted from Close with its last view.
    void close(DraftSession *session);
    DraftSession *find(const QString &id) const;
    // One window per email: when a view of this email is open, asks it to come forward
    // (DraftSession::viewWanted) and returns true; false when the email has no view yet.
    bool bringForward(const QString &id);
    int openCount() const { return int(m_open.size()); }
    // Looks at the email again shortly after it is due to go out (scheduled or outbox).
    void watchUntilSent(const EmailActivity &email);
    // Close's copy of an email (whole or a projection) as some other path saw it: a list load, a
    // later look, a request sent from the workbench. Its open view follows (DraftSession::
    // followServer) and the list with it (emailChanged).
    void followServer(const EmailActivity &copy);
    // A list row of an email (a projection, as a list load saw it). When an open view holds an
    // older copy or one in another state, the whole record is read again and followed.
    void noticeListed(const EmailActivity &summary);
    // Close deleted this email (someone else did: the event log said so). An open view keeps what was
    // typed and can no longer save or send it (DraftSession::deletedInClose).
    void followDeletion(const QString &id, const QString &when);
    // Where saves wait while Close cannot be reached (the connection's store); none: they fail.
    void setQueue(EmailStore *queue) { m_queue = queue; }
    EmailStore *queue() const { return m_queue; }
    // Close is known to be away (the session is offline): a new draft is written here at once instead of
    // after a POST and a look that would only wait for their timeouts.
    void setCloseAway(bool away) { m_closeAway = away; }
    // A save of this email waits for Close.
    bool isQueued(const QString &id) const;
    // A save that waited for Close did not happen (Close refused it, or had a newer copy): the list
    // and the store, which showed the email as saved (queueOffline), go back to Close's copy. What
    // was typed stays in the journal and in any open view.
    void saveNotMade(const EmailActivity &closesCopy);
    QStringList openIds() const { return m_open.keys(); }
    // What was typed and never confirmed by Close, to offer back: the connection's journal entries,
    // but not those of drafts open now (the edits are in their window) or whose save waits in line
    // (it goes out by itself).
    QList<DraftJournal::Entry> leftoverEdits() const;
    DraftJournal *journal() const { return m_journal; }
    CloseClient *client() const { return m_client; }
    // Deletes a draft in Close (there is no undo there: the caller asks first). Only a draft, and not
    // while a save or send of it is under way. The row goes when Close confirms (emailDeleted), also
    // when Close no longer has it (404); whatever else goes wrong is said and nothing changes.
    // Unsaved edits of it are forgotten with it. False when it was refused outright.
    bool deleteDraft(const EmailActivity &email);
    bool isDeleting(const QString &id) const { return m_deleting.contains(id); }
    // Creates a draft in Close for this lead and contact, to these addresses, from this sender (empty:
    // none yet), with the sender's signature (Signatures) as its text. Announced as emailCreated with
    // Close's record, or createFailed.
    // When Close cannot be reached (and there is a queue), the draft is written here under a local id
    // (EmailActivity::isLocalOnly), waits in the queue to be made, and is announced as created.
    void createDraft(const QString &leadId, const QString &contactId, const QStringList &to,
                     const QString &sender);
    // Close made a draft written while it could not be reached (SaveQueue): the queue, the list, the
    // journal and its open view now know it by Close's id.
    void adoptCreated(const QString &localId, const EmailActivity &created);

signals:
    // Close's copy of an email changed through Draftdesk (whole records, or a list projection), or a
    // save of it waits for Close (the email as saved).
    void emailChanged(const EmailActivity &email);
    // A sentence for the status bar: what became of a save, a send or a delete.
    void notice(const QString &message);
    // Close no longer has this email (deleted through Draftdesk, or found gone when deleting).
    void emailDeleted(const QString &id);
    // Close refused or did not answer a delete: the draft is still there.
    void deleteFailed(const QString &id, const ApiError &error);
    // A draft made through createDraft, as Close answered it.
    void emailCreated(const EmailActivity &email);
    void createFailed(const ApiError &error);
    // A draft written while Close could not be reached is in Close now, under `created`'s id.
    void localDraftCreated(const QString &localId, const EmailActivity &created);
    // A save could not reach Close and waits in the queue (the editor says so instead of an error).
    void saveQueued(const QString &id);

private:
    struct Entry
    {
        DraftSession *session = nullptr;
        int views = 0;
    };
    void bind(DraftSession *session);
    // A save that failed because Close cannot be reached goes into the queue; true when it did.
    bool queueOffline(DraftSession *session, const ApiError &error);
    void created(const EmailActivity &email);
    void createFailedWith(const ApiError &error);
    // Writes the draft here to be made later; false when there is no queue or it could not be kept.
    bool writeLocally(const QJsonObject &fields, const QDateTime &asked);
    void dropIfIdle(const QString &id);
    static QString subjectOf(const EmailActivity &email);

    CloseClient *m_client;
    DraftJournal *m_journal;
    EmailStore *m_queue = nullptr;
    bool m_closeAway = false;
    QHash<QString, Entry> m_open;
    QSet<QString> m_deleting;
    // Made by createDraft in this run and not saved or sent since.
    QSet<QString> m_untouched;
    // Open emails being read again because a list load showed them changed.
    QSet<QString> m_reading;
};
