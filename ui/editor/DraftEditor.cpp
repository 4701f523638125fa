#include "ui/editor/DraftEditor.h"

#include "core/base/ShownText.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "richtext/BodyPreparer.h"
#include "richtext/DocumentPrebuild.h"
#include "ui/common/AltKeyGuard.h"
#include "ui/common/AttachmentPanel.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Tone.h"
#include "ui/dialogs/ConflictDialog.h"
#include "ui/dialogs/DraftDeletion.h"
#include "ui/dialogs/SendDialog.h"
#include "ui/editor/AttachmentsPart.h"
#include "ui/editor/BodyPart.h"
#include "ui/editor/ChangedOnCloseBar.h"
#include "ui/editor/EditorState.h"
#include "ui/editor/FormattingToolbar.h"
#include "ui/editor/HeaderFields.h"
#include "ui/editor/JournalWarning.h"
#include "ui/editor/SendStatePart.h"
#include "ui/editor/SourceTabs.h"
#include "ui/editor/SpellingPart.h"
#include "ui/editor/TemplatesPart.h"
#include "ui_DraftForm.h"

#include <QBoxLayout>
#include <QCloseEvent>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QToolBar>

DraftEditor::DraftEditor(Drafts *drafts, const EmailActivity &email, const QStringList &identities,
                         QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_drafts(drafts),
      m_session(drafts->open(email)),
      m_journal(drafts->journal()),
      m_form(std::make_unique<Ui::DraftForm>()),
      m_identities(identities)
{
    // A large body is sanitized on a worker while the window is being built (about 15 ms), not after,
    // and its document built on another, for when the sanitizer leaves it as it is.
    if (BodyPreparer::prefetch(m_session->current().bodyHtml(), m_session->current().bodyText()))
        DocumentPrebuild::prefetch(m_session->current().bodyHtml());
    setObjectName(QStringLiteral("draftEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    AltKeyGuard::install();
    m_form->setupUi(this);
    resize(900, 720);
    buildParts(identities);
    buildMenu();
    // The window's own controls follow the parts once the menu's actions exist.
    connect(m_state, &EditorState::locksChanged, this, &DraftEditor::applyLocks);
    connect(m_fields, &HeaderFields::saveAllowed, this, [this](bool allowed) {
        m_saveAllowed = allowed;
        updateSaveButton();
    });
    watchSession();
    orderTabStops();
    // Another view may already hold edits: show the session's copy, not the one just loaded.
    load(m_session->current());
    DocumentPrebuild::forgetAhead(); // begun for this window: what its body did not take is not wanted
    setWindowModified(m_session->isDirty());
    m_sendState->showServerState();
    noteNotInCloseYet();
}

void DraftEditor::noteNotInCloseYet()
{
    if (m_session->original().isLocalOnly())
        m_state->showProblem(tr("Written while Close could not be reached: it is kept on this computer and "
                                "made in Close when it is back. Sending needs Close."),
                             Tone::Kind::Warning);
}

DraftEditor::~DraftEditor()
{
    // The session outlives this view while anything is in flight; Drafts decides.
    m_drafts->close(m_session);
}

void DraftEditor::buildParts(const QStringList &identities)
{
    m_state = new EditorState(m_session, this);
    connect(m_state, &EditorState::problemChanged, this,
            [this](const QString &message, std::optional<Tone::Kind> tone) {
                m_form->editorProblem->setStyleSheet(tone ? Tone::textStyle(*tone) : QString());
                m_form->editorProblem->setText(message);
                m_form->editorProblem->setVisible(!message.isEmpty());
            });
    m_form->editorProblem->hide();
    m_fields = new HeaderFields(*m_form, identities, m_state);
    m_body = new BodyPart(m_form->bodyEdit, m_form->lossNote, m_form->keepHtmlButton, m_state);
    connect(m_state, &EditorState::bodyShown, this, &DraftEditor::bodyReady);
    m_toolbar = new FormattingToolbar(m_form->bodyEdit, m_state, this);
    m_form->toolbarSlot->addWidget(m_toolbar->toolBar());
    m_spelling = new SpellingPart(m_form->bodyEdit, m_form->subjectField, m_state, this);
    m_templates = new TemplatesPart(m_drafts->client(), m_form->bodyEdit, m_form->subjectField,
                                    m_form->senderField, m_state, this);
    m_attachments = new AttachmentsPart(m_form->bodyEdit, m_state, this);
    m_form->attachmentSlot->addWidget(m_attachments->panel());
    m_sourceTabs = new SourceTabs(*m_form, m_state);
    m_sendState = new SendStatePart(m_form->sendState, m_form->undoSendButton, m_state);
    m_journalWarning = new JournalWarning(m_journal, m_form->journalWarningRow, m_form->journalWarning,
                                          m_form->exportDraftButton, m_state);
    // A colleague's change under unsaved edits is shown where the journal's warning goes.
    auto *changedBar = new ChangedOnCloseBar(m_session, m_form->journalWarningRow->parentWidget());
    auto *column = qobject_cast<QBoxLayout *>(m_form->journalWarningRow->parentWidget()->layout());
    column->insertWidget(column->indexOf(m_form->journalWarningRow), changedBar);
    connect(changedBar, &ChangedOnCloseBar::compareRequested, this, [this](const EmailActivity &theirs) {
        onConflict(theirs, tr("Someone changed this draft in Close since you opened it."));
    });
    m_toolbar->toolBar()->addSeparator();
    m_toolbar->toolBar()->addAction(m_attachments->attachAction());
    // The spelling language sits in the window's bottom row, always in sight: in the toolbar it fell
    // into the overflow at the default width, and a rep with a German desktop writing English saw
    // every word underlined with no visible way out.
    m_form->bottomRow->insertWidget(0, m_spelling->languageLabel());
    m_form->bottomRow->insertWidget(1, m_spelling->languageBox());
    for (int i = 0; i < m_form->bottomRow->count(); ++i)
        m_form->bottomRow->setStretch(
            i, m_form->bottomRow->itemAt(i)->widget() == m_form->editorProblem ? 1 : 0);
    connect(m_form->subjectField, &QLineEdit::textChanged, this, &DraftEditor::updateTitle);
    connect(m_form->saveButton, &QPushButton::clicked, this, &DraftEditor::save);
    connect(m_form->openSendButton, &QPushButton::clicked, this, &DraftEditor::openSendDialog);
}

void DraftEditor::buildMenu()
{
    m_saveAction
        = FormattingToolbar::makeAction(this, tr("&Save"), QKeySequence::Save, "saveAction", "document-save");
    connect(m_saveAction, &QAction::triggered, this, &DraftEditor::save);
    QAction *send
        = FormattingToolbar::makeAction(this, tr("Se&nd…"), QKeySequence(), "sendAction", "mail-send");
    send->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(send, &QAction::triggered, this, &DraftEditor::openSendDialog);
    QAction *closeAction = FormattingToolbar::makeAction(
        this, tr("&Close"), QKeySequence(Qt::CTRL | Qt::Key_W), "closeAction", "window-close");
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    m_deleteAction = new QAction(Icons::named(QStringLiteral("edit-delete")), tr("&Delete Draft…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteDraftAction"));
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        syncBody();
        DraftDeletion::confirmAndDelete(this, m_drafts, m_session->current());
    });
    addActions({m_saveAction, send, closeAction});
    // The editor's own menu, as a mail client's composer window has one.
    auto *menuBar = new QMenuBar(this);
    menuBar->setObjectName(QStringLiteral("editorMenuBar"));
    QMenu *draftMenu = menuBar->addMenu(tr("D&raft"));
    draftMenu->setObjectName(QStringLiteral("draftMenu"));
    draftMenu->addActions({m_saveAction, send});
    draftMenu->addSeparator();
    draftMenu->addActions({m_templates->templateAction(), m_attachments->attachAction()});
    draftMenu->addSeparator();
    draftMenu->addAction(m_deleteAction);
    draftMenu->addSeparator();
    draftMenu->addAction(closeAction);
    layout()->setMenuBar(menuBar);
}

void DraftEditor::watchSession()
{
    connect(m_session, &DraftSession::dirtyChanged, this, [this](bool dirty) { setWindowModified(dirty); });
    connect(m_session, &DraftSession::stateChanged, this, &DraftEditor::updateSaveButton);
    connect(m_session, &DraftSession::saved, this, [this] {
        m_state->clearProblem();
        noteNotInCloseYet();
        updateTitle();
    });
    connect(m_session, &DraftSession::saveFailed, this, [this](const ApiError &error) {
        if (m_drafts->isQueued(m_session->original().id())) {
            m_state->showProblem(error.kind == ApiError::Kind::NotConnected
                                     ? tr("Not connected to Close yet: this save waits and goes out once "
                                          "Draftdesk is connected. Nothing you typed is lost.")
                                     : tr("Close cannot be reached: this save waits and goes out when Close "
                                          "is back. Nothing you typed is lost."),
                                 Tone::Kind::Warning);
            return;
        }
        // Say "on disk" only when it is true.
        const bool onDisk = m_journal && m_journal->isOnDisk(m_session->original().id());
        m_state->showProblem(error.fullText() + QLatin1Char(' ')
                             + (onDisk ? tr("Nothing you typed is lost: it is kept here and on disk.")
                                       : tr("What you typed is kept in this window only: the copy on disk "
                                            "failed. Export it to a file before you close the window.")));
    });
    connect(m_session, &DraftSession::conflict, this, &DraftEditor::onConflict);
    // Close's copy changed by another path (sent when due, resent from the workbench, a scenario,
    // a list load): the window shows what Close has, never an editable draft that is gone.
    connect(m_session, &DraftSession::followedServer, this, [this] {
        load(m_session->current());
        m_sendState->follow();
    });
    connect(m_session, &DraftSession::viewWanted, this, [this] {
        raise();
        activateWindow();
    });
    // Deleted by someone else: what was typed stays in sight, and nothing can be saved or sent.
    connect(m_session, &DraftSession::deletedInClose, this, [this](const QDateTime &when) {
        m_state->setReadOnly(true);
        m_state->showProblem(tr("Deleted in Close at %1: it can no longer be saved or sent. What you typed "
                                "stays in this window; copy it into a new draft to keep it.")
                                 .arg(QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat)),
                             Tone::Kind::Error);
    });
    connect(m_drafts, &Drafts::localDraftCreated, this,
            [this](const QString &, const EmailActivity &created) {
                if (created.id() == m_session->original().id())
                    m_state->showProblem(tr("It is in Close now."), Tone::Kind::Success);
            });
    // Gone from Close: nothing is left to save, and the question on closing was asked before.
    connect(m_drafts, &Drafts::emailDeleted, this, [this](const QString &id) {
        if (id != m_session->original().id())
            return;
        m_deleted = true;
        QWidget::close();
    });
}

void DraftEditor::orderTabStops()
{
    // The toolbar is put in its slot after the form is built, but sits between the subject and the
    // tabs: Tab follows the layout. Widgets of hidden pages are skipped by Tab.
    const Ui::DraftForm &f = *m_form;
    AttachmentPanel *files = m_attachments->panel();
    const QList<QWidget *> order {f.senderField,
                                  f.toField,
                                  f.ccField,
                                  f.bccField,
                                  f.subjectField,
                                  findChild<QComboBox *>(QStringLiteral("fontSizeCombo")),
                                  f.tabs,
                                  f.bodyEdit,
                                  f.writePlainCheck,
                                  f.plainTextEdit,
                                  f.htmlSource,
                                  f.rawJson,
                                  f.rawPutEdit,
                                  f.sendRawPutButton,
                                  static_cast<QWidget *>(files->list()),
                                  files->findChild<QWidget *>(QStringLiteral("retryUploadButton")),
                                  files->findChild<QWidget *>(QStringLiteral("removeAttachmentButton")),
                                  m_spelling->languageBox(),
                                  f.saveButton,
                                  f.openSendButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void DraftEditor::load(const EmailActivity &email)
{
    m_fields->load(email);
    m_body->show(email.bodyHtml(), email.bodyText(), false);
    m_form->quotedText->setEmail(email);
    m_state->setReadOnly(!m_session->isEditable());
    m_state->reapplyLocks();
    updateTitle();
    m_fields->validate();
    if (!m_state->isReadOnly())
        firstFieldToWrite(email)->setFocus(Qt::OtherFocusReason);
}

QWidget *DraftEditor::firstFieldToWrite(const EmailActivity &email) const
{
    // As in a mail client's new message, the first of To and Subject that is empty (a new draft for a
    // lead has its contact in To, and its body may hold only the signature), else the body.
    if (email.to().isEmpty())
        return m_form->toField;
    if (email.subject().trimmed().isEmpty())
        return m_form->subjectField;
    return m_form->bodyEdit;
}

void DraftEditor::applyLocks()
{
    const bool readOnly = m_state->isReadOnly();
    m_form->saveButton->setVisible(!readOnly);
    m_form->openSendButton->setVisible(!readOnly);
    m_deleteAction->setEnabled(!readOnly);
    updateSaveButton();
    if (readOnly && !std::exchange(m_wasReadOnly, true)) {
        const EmailStatus status = m_session->original().status().value_or(EmailStatus::Sent);
        m_state->showProblem(
            tr("This email is %1 and cannot be edited.").arg(EmailStatuses::displayName(status).toLower()),
            std::nullopt);
    }
    m_wasReadOnly = readOnly;
}

void DraftEditor::updateSaveButton()
{
    const bool busy = m_session->state() != DraftSession::State::Idle;
    const bool readOnly = m_state->isReadOnly();
    m_form->saveButton->setEnabled(!busy && !readOnly && m_saveAllowed);
    m_form->saveButton->setText(busy ? tr("Saving…") : tr("&Save"));
    m_saveAction->setEnabled(!readOnly && m_saveAllowed);
}

void DraftEditor::updateTitle()
{
    const QString subject = m_form->subjectField->text();
    setWindowTitle((subject.isEmpty() ? tr("(no subject)") : ShownText::line(subject))
                   + QStringLiteral("[*]"));
}

bool DraftEditor::isReadOnly() const
{
    return m_state->isReadOnly();
}

bool DraftEditor::isBodyReady() const
{
    return !m_state->isBodyPending();
}

QString DraftEditor::subjectText() const
{
    return m_form->subjectField->text();
}

QString DraftEditor::senderText() const
{
    return m_form->senderField->currentText().trimmed();
}

AttachmentPanel *DraftEditor::attachments() const
{
    return m_attachments->panel();
}

QMenu *DraftEditor::bodyContextMenu(const QPoint &position)
{
    return m_spelling->bodyContextMenu(position);
}

QMenu *DraftEditor::subjectContextMenu(const QPoint &position)
{
    return m_spelling->subjectContextMenu(position);
}

void DraftEditor::setQaMode(bool on)
{
    m_sourceTabs->setQaMode(on);
    m_fields->validate();
}

void DraftEditor::syncBody()
{
    m_state->syncBody();
}

void DraftEditor::save()
{
    if (m_state->isReadOnly())
        return;
    syncBody();
    m_session->save();
}

void DraftEditor::openSendDialog()
{
    if (m_state->isReadOnly() || findChild<SendDialog *>())
        return;
    syncBody();
    auto *dialog = new SendDialog(m_session, m_identities, this);
    dialog->setConfirmationProfile(m_confirmProfile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DraftEditor::restoreEdits(const DraftJournal::Entry &entry)
{
    m_session->restore(entry);
    const EmailActivity &current = m_session->current();
    m_fields->load(current);
    if (m_session->changes().contains(u"body_html"))
        m_body->show(current.bodyHtml(), current.bodyText(), true); // restored text counts as typed
    m_sourceTabs->refresh();
    setWindowModified(m_session->isDirty());
    m_fields->validate();
    if (!m_session->isDirty()) {
        // The save went through after all (its answer was lost): nothing to restore, and no claim
        // that it never reached Close.
        if (m_journal)
            m_journal->remove(m_session->original().id());
        m_state->showProblem(tr("Close already has these changes: the save went through, though its answer "
                                "never came. Nothing is left to save."),
                             Tone::Kind::Success);
    } else if (entry.basedOn.isValid() && entry.basedOn != m_session->original().dateUpdated()) {
        m_state->showProblem(
            tr("Your unsaved changes were restored, but Close has a newer copy than the one you "
               "were editing. Check the fields before you save."));
    } else {
        m_state->showProblem(tr("Your unsaved changes were restored. Save them when you are ready."),
                             Tone::Kind::Success);
    }
}

bool DraftEditor::exportTo(const QString &path)
{
    return m_journalWarning->exportTo(path);
}

void DraftEditor::onConflict(const EmailActivity &theirs, const QString &reason)
{
    auto *dialog = new ConflictDialog(m_session->current(), theirs, reason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::keepMine, m_session, &DraftSession::keepMine);
    connect(dialog, &ConflictDialog::takeTheirs, this, [this] {
        m_session->takeTheirs();
        load(m_session->current());
    });
    dialog->open();
}

void DraftEditor::changeEvent(QEvent *event)
{
    // Focus left the window: what was typed goes to disk now, not in two seconds.
    if (event->type() == QEvent::ActivationChange && !isActiveWindow() && !m_state->isReadOnly()) {
        syncBody();
        if (m_journal)
            m_journal->flush();
    }
    QWidget::changeEvent(event);
}

void DraftEditor::closeEvent(QCloseEvent *event)
{
    syncBody();
    if (m_journal)
        m_journal->flush(); // whatever happens next, what was typed is on disk first
    if (m_state->isReadOnly() || m_deleted || m_closingAfterSave || !m_session->isDirty()) {
        if (m_closingAfterSave && m_journal && m_session->isDirty())
            m_journal->remove(m_session->original().id());
        event->accept();
        return;
    }
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Unsaved Changes"),
        tr("Save the changes to \"%1\" before closing?").arg(m_form->subjectField->text()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        event->ignore(); // close once the save went through; stay open (with everything) when it did not
        closeAfterSave();
    } else if (answer == QMessageBox::Discard) {
        if (m_journal)
            m_journal->remove(m_session->original().id());
        event->accept();
    } else {
        event->ignore();
    }
}

void DraftEditor::closeAfterSave()
{
    auto *context = new QObject(this);
    connect(m_session, &DraftSession::saved, context, [this, context] {
        context->deleteLater();
        m_closingAfterSave = true;
        close();
    });
    connect(m_session, &DraftSession::saveFailed, context, [context] { context->deleteLater(); });
    connect(m_session, &DraftSession::conflict, context, [context] { context->deleteLater(); });
    save();
}
