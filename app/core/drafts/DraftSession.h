#pragma once

#include "core/api/ApiError.h"
#include "core/drafts/DraftChanges.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/SendPlan.h"
#include "core/email/EmailActivity.h"
#include "core/email/EmailValidation.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

class ApiCall;
class CloseClient;
class FileUpload;

// One open email: the copy the server gave us, the user's edits, what is dirty, what is invalid, and
// saving and sending. Every write (a save, a send, a schedule) first checks whether the server copy
// moved on (date_updated) or stopped being a draft, and never overwrites such a change silently: it
// reports a conflict with the server's copy, unless their copy already agrees with mine. Every edit
// goes to the journal; a successful save clears it.
class DraftSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftSession)

public:
    enum class State { Idle, Checking, Saving, Sending };
    Q_ENUM(State)

    DraftSession(CloseClient *client, const EmailActivity &email, DraftJournal *journal = nullptr,
                 QObject *parent = nullptr);
    ~DraftSession() override;

    const EmailActivity &original() const { return m_original; }
    const EmailActivity &current() const { return m_current; }
    bool isEditable() const { return m_original.status() == EmailStatus::Draft && !m_deletedAt.isValid(); }
    // When Close said it was deleted (someone else did it); invalid while it is not.
    QDateTime deletedInCloseAt() const { return m_deletedAt; }
    bool isDirty() const { return !changes().isEmpty(); }
    DraftChanges changes() const { return DraftChanges::between(m_original, m_current); }
    EmailValidation::Result validation() const;
    State state() const { return m_state; }
    // The undo delay of the last sendNow() (send_in is not in the server's answer).
    int lastSendIn() const { return m_lastSendIn; }
    // Until when the last send now can be undone (invalid when there is none).
    QDateTime undoDeadline() const { return m_undoDeadline; }
    // The zone the last schedule was picked in (the system's when none was), to show it back.
    QTimeZone scheduleZone() const
    {
        return m_scheduleZone.isValid() ? m_scheduleZone : QTimeZone::systemTimeZone();
    }

    void setSubject(const QString &subject);
    void setTo(const QStringList &to);
    void setCc(const QStringList &cc);
    void setBcc(const QStringList &bcc);
    void setSender(const QString &sender);
    void setBody(const QString &html, const QString &text);
    // The email template the text came from (template_id), as Close's composer records it.
    void setTemplate(const QString &templateId);
    // Attachments. A file is uploaded under the session (closing its window does not stop it) and
    // joins `attachments` when Close has it, as an edit like any other: journalled, saved with the
    // next save. Removing one is an ordinary edit too. Failed uploads stay listed until dismissed.
    // attachFile() refuses (null) what FileUpload::problemWith() refuses; the caller says why.
    FileUpload *attachFile(const QString &path);
    void removeAttachment(int index);
    QList<EmailActivity::Attachment> attachments() const { return m_current.attachments(); }
    QList<FileUpload *> uploads() const { return m_uploads; }
    int activeUploads() const;
    // Cancels it if it still runs, and forgets it.
    void dismissUpload(FileUpload *upload);
    // Takes edits back from the journal (after a crash) on top of the loaded copy.
    void applyEdits(const QJsonObject &edits);
    void restore(const DraftJournal::Entry &entry) { applyEdits(entry.edits); }

    // The PUT a send would issue: the unsaved edits, the sender when it changes, and the status with
    // its companions (send_in; date_scheduled and followup_date). The dialog shows exactly this.
    QJsonObject bodyFor(const SendPlan &plan) const;
    // For QA: the email exactly as the server returned it, and the body of the next save's PUT, as
    // indented JSON text.
    QString serverJsonText() const;
    // For QA: how Close's copy differs from the schema Draftdesk knows, one line per note.
    QStringList schemaNotes() const;
    // QA mode: the documented rules still show (validation()) but no longer hold a save or a send, so
    // a tester can see what the server answers to a broken request.
    void setEnforceRules(bool enforce) { m_enforceRules = enforce; }
    bool enforcesRules() const { return m_enforceRules; }
    // QA: sends this text as the PUT body, checked for JSON syntax only. Returns why not, or nothing.
    std::optional<QString> sendRawPut(const QString &jsonText);
    QString nextPutText() const;
    // The fields the PUT for this plan would carry, and what stands in its way (empty when nothing).
    QStringList fieldsFor(const SendPlan &plan) const { return bodyFor(plan).keys(); }
    // Also holds a send while a file is still uploading: it would go out without it.
    EmailValidation::Result check(const SendPlan &plan) const;

public slots:
    // Saves when valid; ends in saved(), saveFailed() or conflict().
    void save();
    // After a conflict: write mine over theirs (the user chose it), or drop mine for theirs.
    void keepMine();
    void takeTheirs();
    // One request each; a second call while one is under way is ignored. End in sent() or sendFailed().
    void sendNow(const QString &sender, int sendInSeconds);
    void schedule(const QString &sender, const QDateTime &whenUtc, const QDate &followup = QDate());
    // Back to draft (Undo, Unschedule). That races the real send: ends in unscheduled() when it won,
    // or in tooLateToUnschedule() with the email as Close has it when it had already gone.
    void unschedule();
    void send(const SendPlan &plan);
    // Close's copy as another path saw it (a resend from the workbench, a scenario, a look after a
    // send, a list load); a projection is laid over the copy held. Taken when it is newer or in
    // another state, and only while no request of this session is under way: with nothing unsaved
    // it replaces the copy; with unsaved edits it becomes the base only when it is no longer a draft
    // (the edits stay in the window and the journal, and cannot be saved); a newer draft waits for
    // the next save's check (conflict). True when it was taken.
    // A newer draft that differs where I typed is announced (changedOnClose) and kept as "theirs", so
    // the choice between mine and theirs comes before the save, not at it.
    bool followServer(const EmailActivity &theirs);
    // Close deleted it (the event log said so): nothing can be saved or sent any more; the edits stay
    // in the window and the journal, for the user to copy.
    void noteDeletedInClose(const QDateTime &when);
    // A draft written while Close could not be reached was made there: `created` is the base from now
    // on, and what was typed on the local copy stays as edits on it (a save carries them).
    void becomeCreated(const EmailActivity &created);

signals:
    // The email was opened again while a view of it is open: that view comes forward (Drafts).
    void viewWanted();
    void changed();
    // An upload started, progressed in stage, finished, failed or was dismissed.
    void uploadsChanged();
    // Close's copy of this email is now `email` (after a save, a send, a read-back, theirs taken).
    void serverCopyChanged(const EmailActivity &email);
    void dirtyChanged(bool dirty);
    // followServer() took Close's copy: the views show it again (fields, locks, send state).
    void followedServer(const EmailActivity &email);
    // Someone changed the draft in Close while it has unsaved edits here: their copy, and the fields
    // they changed (keepMine() or takeTheirs() settle it; a save first shows the conflict).
    void changedOnClose(const EmailActivity &theirs, const QStringList &fields);
    void deletedInClose(const QDateTime &when);
    void stateChanged(DraftSession::State state);
    void saved(const EmailActivity &email);
    void saveFailed(const ApiError &error);
    void conflict(const EmailActivity &theirs, const QString &reason);
    void sent(const EmailActivity &email);
    // `serverCopy` is set after an ambiguous failure (timeout, dropped connection, 5xx): what Close
    // has now, read back instead of sending again.
    void sendFailed(const ApiError &error, const std::optional<EmailActivity> &serverCopy);
    void unscheduled(const EmailActivity &email);
    void tooLateToUnschedule(const EmailActivity &email);

private:
    void edit(const std::function<void(EmailActivity &)> &change);
    void put();
    void sendPut(const QJsonObject &body);
    void finishFailedSend(const ApiError &error, const std::optional<QJsonObject> &readBack);
    // After a save with no (readable) answer: Close's copy decides between saved and failed.
    void readBackAfterSave(const ApiError &error);
    // Asks Close whether the email moved on since it was loaded; runs `write` when it did not, or
    // when their copy agrees with mine wherever it changed (then it becomes the base). Otherwise
    // ends in conflict(); a failed check ends in `failed`.
    void checkThen(State checking, const std::function<void()> &write,
                   const std::function<void(const ApiError &)> &failed);
    bool theirsAgreeWithMine(const EmailActivity &theirs) const;
    void rebaseOn(const EmailActivity &theirs);
    void adopt(const EmailActivity &email);
    void setState(State state);
    void journal();

    CloseClient *m_client;
    DraftJournal *m_journal;
    EmailActivity m_original;
    EmailActivity m_current;
    EmailActivity m_theirs;
    State m_state = State::Idle;
    bool m_wasDirty = false;
    int m_lastSendIn = 0;
    QDateTime m_undoDeadline;
    QTimeZone m_scheduleZone;
    bool m_enforceRules = true;
    QDateTime m_deletedAt;
    QPointer<ApiCall> m_call;
    QList<FileUpload *> m_uploads;
};
