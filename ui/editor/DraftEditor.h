#pragma once

#include "core/drafts/DraftJournal.h"
#include "richtext/HtmlSanitizer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class AttachmentPanel;
class BodyPreparer;
class CloseClient;
class DraftJournal;
class DraftSession;
class EmailTemplates;
class Hunspell;
class SpellChecker;
class SpellHighlighter;
class QMenu;
class Drafts;
class EmailActivity;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QuotedTextView;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolBar;
class RecipientField;
class RichTextEdit;

// One email in a window: recipients, subject (with a live count to 1,000), sender, and the body in a
// rich-text editor with a formatting toolbar, a plain-text tab and the HTML source. A view on the
// DraftSession that Drafts keeps for the email, which saves only what changed and journals every
// edit; closing the window leaves a save or send in flight to finish. Not-drafts open read-only;
// scheduled and outbox emails with Unschedule (or Undo, while the countdown runs).
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
    bool isReadOnly() const { return m_readOnly; }
    // False while a large body is still being sanitized on a worker thread (bodyReady() follows).
    bool isBodyReady() const { return !m_bodyPending; }
    // Writes the draft as it stands (fields and body) to an HTML file; false (and says why) if not.
    bool exportTo(const QString &path);

    QString senderText() const;
    // QA mode: the rules warn but do not block; the Raw JSON tab gets an editable PUT body.
    void setQaMode(bool on);
    AttachmentPanel *attachments() const { return m_attachments; }
    // Uploads these files and attaches them (what cannot be attached is said in the window).
    void attachFiles(const QStringList &paths);
    // A pasted picture: written to a PNG file of its own, then attached.
    void attachImage(const QImage &image);
    // The connection profile asks before every send (empty: it does not).
    void setConfirmationProfile(const QString &profileName) { m_confirmProfile = profileName; }

public slots:
    void save();
    // Opens the send dialog (Ctrl+Return) with the edits of this window.
    void openSendDialog();

signals:
    void saved(const EmailActivity &email);
    void bodyReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The tabs below the form, in the order they are added.
    enum class Tab { Message, PlainText, HtmlSource, RawJson };
    Tab currentTab() const;
    void chooseColor();
    void chooseFiles();
    void chooseLink();
    void buildForm(const QStringList &identities);
    void buildToolbar();
    void orderTabStops();
    // Picks a template, asks before replacing typed text, and has Close render it for this draft.
    void chooseTemplate();
    void applyTemplate(const QString &templateId, const QString &subject, const QString &bodyHtml);
    // The sender changed: its signature replaces the old sender's, if that one is still untouched.
    void swapSignature(const QString &fromSender, const QString &toSender);
    // Spelling: the draft's language (none: off), marks in the body and subject, and suggestions,
    // "add to dictionary" and "ignore" at the top of their context menus.
    void setSpellLanguage(const QString &dictionary);
    void updateSpellCheck();
    void markSubject();
    QString misspeltWordAt(const QString &text, int position, int *start) const;
    void addSpellingActions(QMenu *menu, const QString &word,
                            const std::function<void(const QString &)> &replace);

public:
    // The context menus as they would open at this point (tests and keyboard use the same path).
    QMenu *bodyContextMenu(const QPoint &position);
    QMenu *subjectContextMenu(const QPoint &position);

private:
    void load(const EmailActivity &email);
    // Puts a sanitized body into the editor; `restored` bodies count as typed (journal recovery).
    void showBody(const QString &html, const QString &text, bool restored);
    void applyBody(const SanitizedHtml &body, bool restored);
    void updateTitle();
    void refreshSideTabs();
    void updateValidation();
    void updateCounter();
    void showProblem(const QString &message);
    void onConflict(const EmailActivity &theirs, const QString &reason);
    void setReadOnly(bool readOnly);
    // Disables each field the server sent in a shape Draftdesk cannot read, and says why.
    void lockUnusableFields();
    void updateDirectionNote();
    void showSendState(const EmailActivity &email);
    void tick();

    Drafts *m_drafts = nullptr;
    DraftSession *m_session = nullptr; // owned by m_drafts, shared with other views of the email
    DraftJournal *m_journal = nullptr;
    RecipientField *m_to = nullptr;
    RecipientField *m_cc = nullptr;
    RecipientField *m_bcc = nullptr;
    QLineEdit *m_subject = nullptr;
    QLabel *m_subjectCount = nullptr;
    QComboBox *m_sender = nullptr;
    QToolBar *m_toolbar = nullptr;
    RichTextEdit *m_body = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_plain = nullptr;
    QCheckBox *m_writePlain = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QPlainTextEdit *m_rawPut = nullptr;
    QPushButton *m_sendRawPut = nullptr;
    QWidget *m_rawPutRow = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_lossNote = nullptr;
    QLabel *m_unusableNote = nullptr;
    QLabel *m_directionNote = nullptr; // names fields holding bidi controls, escaped
    QLabel *m_journalWarning = nullptr;
    QWidget *m_journalWarningRow = nullptr;
    QLabel *m_schemaNotes = nullptr; // QA mode: how Close's copy differs from the known schema // fields
                                     // Close sent in a shape Draftdesk cannot read
    QuotedTextView *m_quoted = nullptr;
    QPushButton *m_keepHtml = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QLabel *m_sendState = nullptr;
    QPushButton *m_undoButton = nullptr;
    QTimer *m_countdown = nullptr;
    QDateTime m_sendsAt;
    QStringList m_identities;
    QString m_confirmProfile;
    QAction *m_saveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_templateAction = nullptr;
    QAction *m_attachAction = nullptr;
    AttachmentPanel *m_attachments = nullptr;
    QString m_lastSender; // for swapping signatures
    std::unique_ptr<SpellChecker> m_spell; // made when a language is chosen
    SpellHighlighter *m_highlighter = nullptr;
    QComboBox *m_spellLanguage = nullptr;
    QString m_wantedSpellLanguage; // the dictionary being read on a worker thread
    EmailTemplates *m_templates = nullptr; // made when first needed
    QTimer *m_bodySync = nullptr;
    QElapsedTimer m_unsyncedSince; // the first edit not yet handed to the session
    static constexpr int bodySyncPauseMs = 250;
    static constexpr int bodySyncMaxMs = 1500;
    bool m_readOnly = false;
    bool m_bodyLocked = false; // the original HTML is kept untouched
    bool m_bodyPending = false; // a large body is being sanitized
    bool m_pendingRestored = false;
    BodyPreparer *m_bodyPreparer = nullptr;
    bool m_loading = false;
    bool m_deleted = false; // Close confirmed the delete: close without asking
    bool m_closingAfterSave = false; // the save asked for on close went through: close without asking
};
