#pragma once

#include "core/drafts/DraftJournal.h"

#include <QWidget>

#include <memory>

class AttachmentPanel;
class AttachmentsPart;
class BodyPart;
class Drafts;
class DraftSession;
class EditorState;
class EmailActivity;
class FormattingToolbar;
class HeaderFields;
class JournalWarning;
class QAction;
class QMenu;
class SendStatePart;
class SourceTabs;
class SpellingPart;
class TemplatesPart;

namespace Ui {
class DraftForm;
}

// One email in a window: a thin frame over the parts in this folder. The form (DraftForm.ui) holds the
// fields; HeaderFields, BodyPart, FormattingToolbar, SpellingPart, TemplatesPart, AttachmentsPart,
// SourceTabs, SendStatePart and JournalWarning each bind one job of it to the DraftSession that Drafts keeps
// for the email, through the EditorState they share. The window itself keeps loading, the menu, the problem
// line, journal recovery, conflicts and closing (which asks before unsaved edits are dropped, and
// leaves a save or send in flight to finish).
class DraftEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftEditor)

public:
    // A view on the session `drafts` keeps for this email (shared with any other view of it).
    DraftEditor(Drafts *drafts, const EmailActivity &email, const QStringList &identities,
                QWidget *parent = nullptr);
    ~DraftEditor() override;

    DraftSession *session() const { return m_session; }
    // Puts journal edits back on top (after a crash) and says so.
    void restoreEdits(const DraftJournal::Entry &entry);
    // Writes the body into the session now (normally debounced while typing).
    void syncBody();
    bool isReadOnly() const;
    // False while a large body is still being sanitized on a worker thread (bodyReady() follows).
    bool isBodyReady() const;
    // Writes the draft as it stands (fields and body) to an HTML file; false (and says why) if not.
    bool exportTo(const QString &path);
    QString senderText() const;
    QString subjectText() const;
    // QA mode: the rules warn but do not block; the Raw JSON tab gets an editable PUT body.
    void setQaMode(bool on);
    AttachmentPanel *attachments() const;
    // The connection profile asks before every send (empty: it does not).
    void setConfirmationProfile(const QString &profileName) { m_confirmProfile = profileName; }
    // The context menus as they would open at this point (tests and keyboard use the same path).
    QMenu *bodyContextMenu(const QPoint &position);
    QMenu *subjectContextMenu(const QPoint &position);

public slots:
    void save();
    // Opens the send dialog (Ctrl+Return) with the edits of this window.
    void openSendDialog();

signals:
    void bodyReady();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildParts(const QStringList &identities);
    void buildMenu();
    void watchSession();
    // A draft written while Close could not be reached says so until Close has made it.
    void noteNotInCloseYet();
    void orderTabStops();
    void load(const EmailActivity &email);
    // Where the cursor waits when the draft opens.
    QWidget *firstFieldToWrite(const EmailActivity &email) const;
    void applyLocks();
    void updateSaveButton();
    void updateTitle();
    void onConflict(const EmailActivity &theirs, const QString &reason);
    void closeAfterSave();

    Drafts *m_drafts;
    DraftSession *m_session; // owned by m_drafts, shared with other views of the email
    DraftJournal *m_journal;
    std::unique_ptr<Ui::DraftForm> m_form;
    EditorState *m_state = nullptr;
    HeaderFields *m_fields = nullptr;
    BodyPart *m_body = nullptr;
    FormattingToolbar *m_toolbar = nullptr;
    SpellingPart *m_spelling = nullptr;
    TemplatesPart *m_templates = nullptr;
    AttachmentsPart *m_attachments = nullptr;
    SourceTabs *m_sourceTabs = nullptr;
    SendStatePart *m_sendState = nullptr;
    JournalWarning *m_journalWarning = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QStringList m_identities;
    QString m_confirmProfile;
    bool m_saveAllowed = true; // the rules hold (or QA mode only warns)
    bool m_wasReadOnly = false;
    bool m_deleted = false; // Close confirmed the delete: close without asking
    bool m_closingAfterSave = false; // the save asked for on close went through: close without asking
};
