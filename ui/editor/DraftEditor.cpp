#include "ui/editor/DraftEditor.h"

#include "core/base/BidiText.h"
#include "core/base/CodePoints.h"
#include "core/drafts/DraftExport.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "core/drafts/EmailTemplates.h"
#include "core/drafts/Signatures.h"
#include "core/drafts/SpellChecker.h"
#include "core/email/EmailValidation.h"
#include "core/settings/AppSettings.h"
#include "richtext/BodyPreparer.h"
#include "richtext/HtmlBody.h"
#include "richtext/HtmlSanitizer.h"
#include "richtext/SafeTextDocument.h"
#include "ui/common/Accessible.h"
#include "ui/common/AttachmentPanel.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBox.h"
#include "ui/common/QuotedTextView.h"
#include "ui/common/Tone.h"
#include "ui/dialogs/ConflictDialog.h"
#include "ui/dialogs/DraftDeletion.h"
#include "ui/dialogs/SendDialog.h"
#include "ui/dialogs/TemplatePicker.h"
#include "ui/editor/RecipientField.h"
#include "ui/editor/RichTextEdit.h"
#include "ui/editor/SpellHighlighter.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QColorDialog>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextList>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

DraftEditor::DraftEditor(Drafts *drafts, const EmailActivity &email, const QStringList &identities,
                         QWidget *parent)
    : QWidget(parent, Qt::Window), m_drafts(drafts), m_journal(drafts->journal())
{
    setObjectName(QStringLiteral("draftEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 720);
    m_session = drafts->open(email);
    m_identities = identities;
    buildForm(identities);
    buildToolbar();
    orderTabStops();
    // The dictionary is read after the text's first paint: reading it competes for the machine with
    // laying out a long body, and nobody needs the marks before the text is there.
    m_body->viewport()->installEventFilter(this);
    m_body->installEventFilter(this); // Shift+F10 and the Menu key
    m_subject->installEventFilter(this);
    // Another view may already hold edits: show the session's copy, not the one just loaded.
    load(m_session->current());
    setWindowModified(m_session->isDirty());

    connect(m_session, &DraftSession::dirtyChanged, this, [this](bool dirty) { setWindowModified(dirty); });
    connect(m_session, &DraftSession::changed, this, &DraftEditor::updateValidation);
    connect(m_session, &DraftSession::stateChanged, this, [this](DraftSession::State state) {
        const bool busy = state != DraftSession::State::Idle;
        m_saveButton->setEnabled(!busy && !m_readOnly);
        m_saveButton->setText(busy ? tr("Saving…") : tr("&Save"));
    });
    connect(m_session, &DraftSession::saved, this, [this](const EmailActivity &saved) {
        showProblem(QString());
        updateTitle();
        emit this->saved(saved);
    });
    connect(m_session, &DraftSession::saveFailed, this, [this](const ApiError &error) {
        // Say "on disk" only when it is true.
        const bool onDisk = m_journal && m_journal->isOnDisk(m_session->original().id());
        showProblem(error.fullText() + QLatin1Char(' ')
                    + (onDisk ? tr("Nothing you typed is lost: it is kept here and on disk.")
                              : tr("What you typed is kept in this window only: the copy on disk failed. "
                                   "Export it to a file before you close the window.")));
    });
    if (m_journal) {
        connect(m_journal, &DraftJournal::writeFailed, this,
                [this](const QString &id, const QString &message) {
                    if (id != m_session->original().id())
                        return;
                    m_journalWarning->setText(
                        tr("Unsaved text is not on disk: %1 It stays in this window until you "
                           "save it or export it.")
                            .arg(message));
                    m_journalWarningRow->show();
                });
        connect(m_journal, &DraftJournal::writeRecovered, this, [this](const QString &id) {
            if (id == m_session->original().id())
                m_journalWarningRow->hide();
        });
    }
    connect(m_session, &DraftSession::conflict, this, &DraftEditor::onConflict);
    connect(m_session, &DraftSession::sent, this, [this](const EmailActivity &result) {
        showSendState(result);
        emit saved(result); // the list row follows
    });
    connect(m_session, &DraftSession::sendFailed, this,
            [this](const ApiError &, const std::optional<EmailActivity> &copy) {
                if (copy && copy->status() != EmailStatus::Draft) {
                    showSendState(*copy);
                    emit saved(*copy);
                }
            });
    connect(m_session, &DraftSession::unscheduled, this, [this](const EmailActivity &result) {
        m_countdown->stop();
        m_undoButton->hide();
        m_sendState->setText(tr("Back to draft: nothing was sent."));
        m_sendState->setStyleSheet(Tone::textStyle(Tone::Kind::Success));
        m_problem->hide();
        setReadOnly(false);
        emit saved(result);
    });
    connect(m_session, &DraftSession::tooLateToUnschedule, this, [this](const EmailActivity &result) {
        m_countdown->stop();
        m_undoButton->hide();
        m_sendState->setText(
            tr("Too late: Close had already sent it (%1).")
                .arg(EmailStatuses::displayName(result.status().value_or(EmailStatus::Sent)).toLower()));
        m_sendState->setStyleSheet(Tone::textStyle(Tone::Kind::Error));
        emit saved(result);
    });
    const EmailActivity &server = m_session->original();
    if (server.status() == EmailStatus::Scheduled || server.status() == EmailStatus::Outbox)
        showSendState(server);
}

void DraftEditor::setQaMode(bool on)
{
    m_session->setEnforceRules(!on);
    m_rawPutRow->setVisible(on && !m_readOnly);
    const QStringList notes = m_session->schemaNotes();
    m_schemaNotes->setText(notes.isEmpty()
                               ? tr("Schema notes: Close's copy matches the schema Draftdesk knows.")
                               : tr("Schema notes (how Close's copy differs from the schema Draftdesk "
                                    "knows):")
                                   + QStringLiteral("\n• ") + notes.join(QStringLiteral("\n• ")));
    m_schemaNotes->setVisible(on);
    updateValidation();
}

QString DraftEditor::senderText() const
{
    return m_sender->currentText().trimmed();
}

void DraftEditor::openSendDialog()
{
    if (m_readOnly || findChild<SendDialog *>())
        return;
    syncBody();
    auto *dialog = new SendDialog(m_session, m_identities, this);
    dialog->setConfirmationProfile(m_confirmProfile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DraftEditor::showSendState(const EmailActivity &email)
{
    setReadOnly(true);
    m_problem->hide();
    m_sendState->setStyleSheet(QString());
    m_sendState->show();
    m_undoButton->setEnabled(true);
    if (email.status() == EmailStatus::Scheduled) {
        m_sendState->setText(
            tr("Scheduled for %1.")
                .arg(QLocale().toString(email.dateScheduled().toLocalTime(), QLocale::LongFormat)));
        m_undoButton->setText(tr("&Unschedule"));
        m_undoButton->show();
    } else if (email.status() == EmailStatus::Outbox) {
        // The countdown belongs to the session: a window opened later shows what is left of it.
        m_sendsAt = m_session->undoDeadline().isValid() ? m_session->undoDeadline()
                                                        : QDateTime::currentDateTimeUtc();
        m_undoButton->setText(tr("&Undo"));
        m_undoButton->show();
        tick();
        m_countdown->start();
    } else {
        m_sendState->setText(
            tr("%1.").arg(EmailStatuses::displayName(email.status().value_or(EmailStatus::Sent))));
        m_undoButton->hide();
    }
}

void DraftEditor::tick()
{
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_sendsAt);
    if (left > 0) {
        m_sendState->setText(tr("Sending in %n second(s)…", nullptr, int(left)));
        return;
    }
    m_countdown->stop();
    // Past the delay Undo may still win (Close sends when it gets to it); the answer will say.
    m_sendState->setText(tr("In the outbox: Close sends it now. Undo may be too late."));
}

DraftEditor::~DraftEditor()
{
    // The session outlives this view while anything is in flight; Drafts decides.
    m_drafts->close(m_session);
}

void DraftEditor::buildForm(const QStringList &identities)
{
    m_to = new RecipientField(this);
    m_to->setObjectName(QStringLiteral("toField"));
    m_to->setAccessibleName(tr("To"));
    m_cc = new RecipientField(this);
    m_cc->setObjectName(QStringLiteral("ccField"));
    m_cc->setAccessibleName(tr("Cc"));
    m_bcc = new RecipientField(this);
    m_bcc->setObjectName(QStringLiteral("bccField"));
    m_bcc->setAccessibleName(tr("Bcc"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectField"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subjectCount = new QLabel(this);
    m_subjectCount->setTextFormat(Qt::PlainText); // may carry text from the server
    m_subjectCount->setObjectName(QStringLiteral("subjectCounter"));
    m_sender = new QComboBox(this);
    m_sender->setObjectName(QStringLiteral("senderField"));
    m_sender->setEditable(true);
    m_sender->setInsertPolicy(QComboBox::NoInsert);
    m_sender->addItems(identities);
    m_sender->lineEdit()->setPlaceholderText(tr("\"Your Name\" <you@example.com>"));

    auto *subjectRow = new QHBoxLayout;
    subjectRow->addWidget(m_subject, 1);
    subjectRow->addWidget(m_subjectCount);
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_sender);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Cc:"), m_cc);
    form->addRow(tr("&Bcc:"), m_bcc);
    auto *subjectLabel = new QLabel(tr("Sub&ject:"), this);
    subjectLabel->setBuddy(m_subject); // the row is a layout: without a buddy, Alt+B would go nowhere
    form->addRow(subjectLabel, subjectRow);

    m_body = new RichTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setAccessibleName(tr("Message"));
    m_plain = new QPlainTextEdit(this);
    m_plain->setObjectName(QStringLiteral("plainTextEdit"));
    m_plain->setAccessibleName(tr("Plain text"));
    m_plain->setReadOnly(true);
    m_writePlain = new QCheckBox(tr("Write the plain text m&yself (it stops following the message)"), this);
    m_writePlain->setObjectName(QStringLiteral("writePlainCheck"));
    auto *plainPage = new QWidget(this);
    auto *plainLayout = new QVBoxLayout(plainPage);
    plainLayout->addWidget(m_writePlain);
    plainLayout->addWidget(m_plain, 1);
    m_source = new QPlainTextEdit(this);
    m_source->setObjectName(QStringLiteral("htmlSource"));
    m_source->setAccessibleName(tr("HTML source"));
    m_source->setReadOnly(true);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_body, tr("&Message"));
    m_tabs->addTab(plainPage, tr("&Plain Text"));
    m_tabs->addTab(m_source, tr("&HTML Source"));
    m_raw = new QPlainTextEdit(this);
    m_raw->setObjectName(QStringLiteral("rawJson"));
    m_raw->setAccessibleName(tr("Raw JSON"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawPut = new QPlainTextEdit(this);
    m_rawPut->setObjectName(QStringLiteral("rawPutEdit"));
    m_rawPut->setAccessibleName(tr("PUT body to send"));
    m_rawPut->setPlaceholderText(QStringLiteral("{\"subject\": \"…\"}"));
    m_sendRawPut = new QPushButton(tr("Send This &PUT"), this);
    m_sendRawPut->setObjectName(QStringLiteral("sendRawPutButton"));
    m_rawPutRow = new QWidget(this);
    auto *rawPutLayout = new QHBoxLayout(m_rawPutRow);
    rawPutLayout->setContentsMargins(0, 0, 0, 0);
    rawPutLayout->addWidget(m_rawPut, 1);
    rawPutLayout->addWidget(m_sendRawPut, 0, Qt::AlignTop);
    m_rawPutRow->hide();
    m_schemaNotes = new QLabel(this);
    m_schemaNotes->setTextFormat(Qt::PlainText); // may carry text from the server
    m_schemaNotes->setObjectName(QStringLiteral("schemaNotes"));
    m_schemaNotes->setWordWrap(true);
    m_schemaNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_schemaNotes->setAccessibleName(tr("Schema notes"));
    m_schemaNotes->hide();
    auto *rawPage = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(rawPage);
    rawLayout->addWidget(m_schemaNotes);
    rawLayout->addWidget(m_raw, 3);
    rawLayout->addWidget(m_rawPutRow, 1);
    m_tabs->addTab(rawPage, tr("Ra&w JSON"));
    connect(m_sendRawPut, &QPushButton::clicked, this, [this] {
        if (const std::optional<QString> problem = m_session->sendRawPut(m_rawPut->toPlainText()))
            showProblem(*problem);
        else
            showProblem(QString());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        syncBody();
        refreshSideTabs();
    });

    m_lossNote = new QLabel(this);
    m_lossNote->setTextFormat(Qt::PlainText); // may carry text from the server
    m_lossNote->setObjectName(QStringLiteral("lossNote"));
    m_lossNote->setWordWrap(true);
    m_keepHtml = new QPushButton(tr("&Keep the HTML Untouched"), this);
    m_keepHtml->setObjectName(QStringLiteral("keepHtmlButton"));
    auto *lossRow = new QHBoxLayout;
    lossRow->addWidget(m_lossNote, 1);
    lossRow->addWidget(m_keepHtml);

    m_unusableNote = new QLabel(this);
    m_unusableNote->setTextFormat(Qt::PlainText); // may carry text from the server
    m_unusableNote->setObjectName(QStringLiteral("unusableFieldsNote"));
    m_unusableNote->setWordWrap(true);
    m_unusableNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unusableNote->hide();
    m_quoted = new QuotedTextView(this);
    // When the journal cannot write, a warning that stays until it can, and a way out: export.
    m_journalWarning = new QLabel(this);
    m_journalWarning->setTextFormat(Qt::PlainText); // may carry text from the server
    m_journalWarning->setObjectName(QStringLiteral("journalWarning"));
    m_journalWarning->setWordWrap(true);
    m_journalWarning->setStyleSheet(Tone::textStyle(Tone::Kind::Error)
                                    + QStringLiteral(" font-weight: 600;"));
    auto *exportButton = new QPushButton(tr("E&xport Draft…"), this);
    exportButton->setObjectName(QStringLiteral("exportDraftButton"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export Draft"), QString(), tr("HTML files (*.html)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    m_journalWarningRow = new QWidget(this);
    auto *warningLayout = new QHBoxLayout(m_journalWarningRow);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    warningLayout->addWidget(m_journalWarning, 1);
    warningLayout->addWidget(exportButton);
    m_journalWarningRow->hide();

    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText); // may carry text from the server
    m_problem->setObjectName(QStringLiteral("editorProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Tone::textStyle(Tone::Kind::Error));
    m_problem->hide();
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_sendButton = new QPushButton(tr("Se&nd…"), this);
    m_sendButton->setObjectName(QStringLiteral("openSendButton"));
    m_sendButton->setToolTip(tr("Send now or schedule (Ctrl+Return)"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addStretch();
    bottom->addWidget(m_saveButton);
    bottom->addWidget(m_sendButton);
    // After a send: where it stands, and the way back while there is one.
    m_sendState = new QLabel(this);
    m_sendState->setTextFormat(Qt::PlainText); // may carry text from the server
    m_sendState->setObjectName(QStringLiteral("sendState"));
    m_sendState->setWordWrap(true);
    m_undoButton = new QPushButton(tr("&Undo"), this);
    m_undoButton->setObjectName(QStringLiteral("undoSendButton"));
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_sendState, 1);
    sendRow->addWidget(m_undoButton);
    m_sendState->hide();
    m_undoButton->hide();
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &DraftEditor::tick);

    m_toolbar = new QToolBar(tr("Formatting"), this);
    m_toolbar->setObjectName(QStringLiteral("formatToolbar"));
    Accessible::nameOverflowButton(m_toolbar);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lossRow);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_journalWarningRow);
    layout->addWidget(m_unusableNote);
    m_directionNote = new QLabel(this);
    m_directionNote->setObjectName(QStringLiteral("directionNote"));
    m_directionNote->setWordWrap(true);
    m_directionNote->setTextFormat(Qt::PlainText);
    m_directionNote->hide();
    layout->addWidget(m_directionNote);
    layout->addWidget(m_tabs, 1);
    m_attachments = new AttachmentPanel(m_session, this);
    connect(m_attachments, &AttachmentPanel::problem, this, &DraftEditor::showProblem);
    layout->addWidget(m_attachments);
    layout->addWidget(m_quoted);
    layout->addLayout(sendRow);
    layout->addLayout(bottom);

    m_bodyPreparer = new BodyPreparer(this);
    connect(m_bodyPreparer, &BodyPreparer::ready, this,
            [this](const SanitizedHtml &body) { applyBody(body, m_pendingRestored); });
    m_bodySync = new QTimer(this);
    m_bodySync->setSingleShot(true);
    m_bodySync->setInterval(bodySyncPauseMs); // turning a large document into HTML on every key would lag

    connect(m_to, &RecipientField::addressesChanged, this, [this](const QStringList &a) {
        if (!m_loading)
            m_session->setTo(a);
    });
    connect(m_cc, &RecipientField::addressesChanged, this, [this](const QStringList &a) {
        if (!m_loading)
            m_session->setCc(a);
    });
    connect(m_bcc, &RecipientField::addressesChanged, this, [this](const QStringList &a) {
        if (!m_loading)
            m_session->setBcc(a);
    });
    m_body->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_body, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu *menu = bodyContextMenu(position);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_body->viewport()->mapToGlobal(position));
    });
    m_subject->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_subject, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu *menu = subjectContextMenu(position);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_subject->mapToGlobal(position));
    });
    connect(m_subject, &QLineEdit::textChanged, this, [this](const QString &text) {
        markSubject();
        updateCounter();
        if (!m_loading)
            m_session->setSubject(text);
        updateTitle();
    });
    connect(m_sender, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_loading) {
            m_session->setSender(text);
            swapSignature(m_lastSender, text);
        }
        m_lastSender = text;
    });
    connect(m_body->document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_loading || m_bodyLocked)
            return;
        // Hand the body to the session (and so the journal) once typing pauses for a moment, and
        // during continuous typing at least every bodySyncMaxMs: with the journal's own delay, an
        // edit is on disk within half a second of a pause and within two seconds while typing on.
        if (!m_unsyncedSince.isValid())
            m_unsyncedSince.start();
        const qint64 left = bodySyncMaxMs - m_unsyncedSince.elapsed();
        m_bodySync->setInterval(int(qBound<qint64>(0, left, qint64(bodySyncPauseMs))));
        m_bodySync->start();
    });
    connect(m_bodySync, &QTimer::timeout, this, &DraftEditor::syncBody);
    connect(m_body, &RichTextEdit::filesOffered, this, &DraftEditor::attachFiles);
    connect(m_body, &RichTextEdit::imageOffered, this, &DraftEditor::attachImage);
    connect(m_writePlain, &QCheckBox::toggled, this, [this](bool own) {
        m_plain->setReadOnly(!own || m_readOnly);
        if (!own)
            syncBody(); // follows the message again
    });
    connect(m_plain, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && m_writePlain->isChecked())
            m_session->setBody(m_session->current().bodyHtml(), m_plain->toPlainText());
    });
    connect(m_keepHtml, &QPushButton::clicked, this, [this] {
        m_bodyLocked = true;
        m_body->setReadOnly(true);
        m_toolbar->setEnabled(false);
        m_lossNote->setText(
            tr("The HTML body is kept exactly as it was; you can still change the other fields."));
        m_keepHtml->hide();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &DraftEditor::save);
    connect(m_sendButton, &QPushButton::clicked, this, &DraftEditor::openSendDialog);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        m_undoButton->setEnabled(false);
        m_session->unschedule();
    });
}

void DraftEditor::orderTabStops()
{
    // The form, the tab pages and the toolbar are built in that order but laid out form, toolbar,
    // tabs, buttons: Tab follows the layout. Widgets of hidden pages are skipped by Tab.
    const QList<QWidget *> order {
        m_sender,
        m_to,
        m_cc,
        m_bcc,
        m_subject,
        findChild<QComboBox *>(QStringLiteral("fontSizeCombo")),
        m_spellLanguage,
        m_tabs,
        m_body,
        m_writePlain,
        m_plain,
        m_source,
        m_raw,
        m_rawPut,
        m_sendRawPut,
        static_cast<QWidget *>(m_attachments->list()),
        m_attachments->findChild<QWidget *>(QStringLiteral("retryUploadButton")),
        m_attachments->findChild<QWidget *>(QStringLiteral("removeAttachmentButton")),
        m_saveButton,
        m_sendButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void DraftEditor::buildToolbar()
{
    // An action on the toolbar, bound to a named slot of `receiver`, with its shortcut in the tooltip
    // and an icon of this freedesktop name.
    const auto add = [this](const QString &text, const QKeySequence &shortcut, const char *name,
                            auto *receiver, auto slot, const char *icon = nullptr) {
        QAction *action = m_toolbar->addAction(text, receiver, slot);
        if (icon)
            action->setIcon(Icons::named(QLatin1String(icon)));
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(shortcut.isEmpty() ? text
                                              : QStringLiteral("%1 (%2)").arg(
                                                  text, shortcut.toString(QKeySequence::NativeText)));
        return action;
    };
    m_saveAction
        = add(tr("Save"), QKeySequence::Save, "saveAction", this, &DraftEditor::save, "document-save");
    m_toolbar->removeAction(m_saveAction);
    addAction(m_saveAction);
    QAction *send = new QAction(tr("Send…"), this);
    send->setObjectName(QStringLiteral("sendAction"));
    send->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(send, &QAction::triggered, this, &DraftEditor::openSendDialog);
    addAction(send);
    QAction *closeAction = new QAction(tr("Close"), this);
    closeAction->setShortcut(Qt::CTRL | Qt::Key_W);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);
    send->setIcon(Icons::named(QStringLiteral("mail-send")));
    closeAction->setIcon(Icons::named(QStringLiteral("window-close")));
    m_deleteAction = new QAction(Icons::named(QStringLiteral("edit-delete")), tr("&Delete Draft…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteDraftAction"));
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        syncBody();
        DraftDeletion::confirmAndDelete(this, m_drafts, m_session->current());
    });
    // Gone from Close: nothing is left to save, and the question on closing was asked before.
    connect(m_drafts, &Drafts::emailDeleted, this, [this](const QString &id) {
        if (id != m_session->original().id())
            return;
        m_deleted = true;
        QWidget::close();
    });
    // The editor's own menu, as a mail client's composer window has one.
    auto *menuBar = new QMenuBar(this);
    menuBar->setObjectName(QStringLiteral("editorMenuBar"));
    QMenu *draftMenu = menuBar->addMenu(tr("D&raft"));
    draftMenu->setObjectName(QStringLiteral("draftMenu"));
    m_saveAction->setText(tr("&Save"));
    send->setText(tr("Se&nd…"));
    closeAction->setText(tr("&Close"));
    m_templateAction = new QAction(tr("Apply &Template…"), this);
    m_templateAction->setObjectName(QStringLiteral("applyTemplateAction"));
    connect(m_templateAction, &QAction::triggered, this, &DraftEditor::chooseTemplate);
    draftMenu->addAction(m_saveAction);
    draftMenu->addAction(send);
    draftMenu->addSeparator();
    draftMenu->addAction(m_templateAction);
    m_attachAction = new QAction(Icons::named(QStringLiteral("mail-attachment")), tr("Attach &File…"), this);
    m_attachAction->setObjectName(QStringLiteral("attachFileAction"));
    m_attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_attachAction->setToolTip(
        tr("Attach a file (%1)").arg(m_attachAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_attachAction, &QAction::triggered, this, &DraftEditor::chooseFiles);
    draftMenu->addAction(m_attachAction);
    draftMenu->addSeparator();
    draftMenu->addAction(m_deleteAction);
    draftMenu->addSeparator();
    draftMenu->addAction(closeAction);
    layout()->setMenuBar(menuBar);

    add(tr("Undo"), QKeySequence::Undo, "undoAction", m_body, &QTextEdit::undo, "edit-undo");
    add(tr("Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), "redoAction", m_body, &QTextEdit::redo,
        "edit-redo");
    m_toolbar->addSeparator();
    QAction *bold = add(tr("Bold"), QKeySequence::Bold, "boldAction", m_body, &RichTextEdit::toggleBold,
                        "format-text-bold");
    QAction *italic = add(tr("Italic"), QKeySequence::Italic, "italicAction", m_body,
                          &RichTextEdit::toggleItalic, "format-text-italic");
    QAction *underline = add(tr("Underline"), QKeySequence::Underline, "underlineAction", m_body,
                             &RichTextEdit::toggleUnderline, "format-text-underline");
    QAction *strike = add(tr("Strike Through"), QKeySequence(), "strikeAction", m_body,
                          &RichTextEdit::toggleStrikeOut, "format-text-strikethrough");
    for (QAction *a : {bold, italic, underline, strike})
        a->setCheckable(true);
    auto *size = new QComboBox(this);
    size->setObjectName(QStringLiteral("fontSizeCombo"));
    size->setAccessibleName(tr("Text size"));
    QList<int> sizes {8, 10, 12, 14, 18, 24};
    const int defaultSize = qRound(m_body->document()->defaultFont().pointSizeF());
    if (!sizes.contains(defaultSize))
        sizes.append(defaultSize);
    std::sort(sizes.begin(), sizes.end());
    for (int points : sizes)
        size->addItem(QString::number(points), points);
    size->setCurrentIndex(size->findData(defaultSize));
    m_toolbar->addWidget(size);
    connect(size, &QComboBox::activated, this,
            [this, size](int index) { m_body->setPointSize(size->itemData(index).toInt()); });
    add(tr("Colour…"), QKeySequence(), "colorAction", this, &DraftEditor::chooseColor, "format-text-color");
    m_toolbar->addSeparator();
    add(tr("Bulleted List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), "bulletAction", m_body,
        &RichTextEdit::toggleBulletedList, "format-list-unordered");
    add(tr("Numbered List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), "numberAction", m_body,
        &RichTextEdit::toggleNumberedList, "format-list-ordered");
    add(tr("Indent More"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight), "indentAction", m_body,
        &RichTextEdit::indentMore, "format-indent-more");
    add(tr("Indent Less"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), "outdentAction", m_body,
        &RichTextEdit::indentLess, "format-indent-less");
    m_toolbar->addSeparator();
    add(tr("Align Left"), QKeySequence(Qt::CTRL | Qt::Key_L), "alignLeftAction", m_body,
        &RichTextEdit::alignLeft, "format-justify-left");
    add(tr("Center"), QKeySequence(Qt::CTRL | Qt::Key_E), "alignCenterAction", m_body,
        &RichTextEdit::alignCenter, "format-justify-center");
    add(tr("Align Right"), QKeySequence(Qt::CTRL | Qt::Key_R), "alignRightAction", m_body,
        &RichTextEdit::alignRight, "format-justify-right");
    m_toolbar->addSeparator();
    add(tr("Link…"), QKeySequence(Qt::CTRL | Qt::Key_K), "linkAction", this, &DraftEditor::chooseLink,
        "insert-link");
    add(tr("Clear Formatting"), QKeySequence(Qt::CTRL | Qt::Key_Space), "clearFormatAction", m_body,
        &RichTextEdit::clearFormatting, "format-text-clear");
    add(tr("Paste as Plain Text"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), "pastePlainAction", m_body,
        &RichTextEdit::pastePlainText, "edit-paste");
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_attachAction);
    m_toolbar->addSeparator();
    m_spellLanguage = new QComboBox(this);
    m_spellLanguage->setObjectName(QStringLiteral("spellLanguageCombo"));
    m_spellLanguage->setAccessibleName(tr("Spelling language"));
    m_spellLanguage->setToolTip(tr("Spelling language of this draft"));
    m_spellLanguage->addItem(tr("No spell check"), QString());
    for (const QString &dictionary : SpellChecker::availableLanguages())
        m_spellLanguage->addItem(SpellChecker::displayName(dictionary), dictionary);
    m_toolbar->addWidget(m_spellLanguage);
    connect(m_spellLanguage, &QComboBox::activated, this, [this] {
        const QString dictionary = m_spellLanguage->currentData().toString();
        AppSettings().setSpellLanguageFor(m_session->original().id(), dictionary);
        setSpellLanguage(dictionary);
    });
    // Keep the toggles in step with the text under the cursor.
    connect(m_body, &QTextEdit::currentCharFormatChanged, this,
            [bold, italic, underline, strike](const QTextCharFormat &f) {
                bold->setChecked(f.fontWeight() >= QFont::Bold);
                italic->setChecked(f.fontItalic());
                underline->setChecked(f.fontUnderline());
                strike->setChecked(f.fontStrikeOut());
            });
}

void DraftEditor::chooseTemplate()
{
    if (m_readOnly || m_bodyLocked || m_bodyPending)
        return;
    if (!m_templates) {
        m_templates = new EmailTemplates(m_drafts->client(), this);
        connect(m_templates, &EmailTemplates::rendered, this, &DraftEditor::applyTemplate);
        connect(m_templates, &EmailTemplates::renderFailed, this, [this](const ApiError &error) {
            showProblem(tr("The template could not be applied: %1").arg(error.fullText()));
        });
    }
    TemplatePicker picker(m_templates, this);
    if (picker.exec() != QDialog::Accepted || picker.templateId().isEmpty())
        return;
    syncBody();
    const bool typed = !m_body->toPlainText().trimmed().isEmpty() || !m_subject->text().trimmed().isEmpty();
    if (typed
        && MessageBox::question(this, tr("Apply Template"),
                                tr("Replace the subject and the text of this draft with the template “%1”? "
                                   "Ctrl+Z in the text and in the subject brings yours back.")
                                    .arg(picker.templateName()),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    // Rendered by Close for this draft's lead and contact: names and fields filled in as it sends them.
    m_templates->render(picker.templateId(), m_session->current().leadId(), m_session->current().contactId());
}

void DraftEditor::applyTemplate(const QString &templateId, const QString &subject, const QString &bodyHtml)
{
    if (m_readOnly || m_bodyLocked)
        return;
    // The template's HTML goes through the same sanitizer as an email's and as pasted text.
    SanitizeLimits limits;
    limits.maxPlainChars = std::numeric_limits<qsizetype>::max();
    const SanitizedHtml clean = HtmlSanitizer::sanitize(bodyHtml, {}, limits);
    // One step of the body's undo, and one of the subject's.
    QTextCursor cursor(m_body->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    if (clean.isRich())
        cursor.insertHtml(clean.html);
    else
        cursor.insertText(clean.plainText);
    cursor.endEditBlock();
    m_subject->selectAll();
    m_subject->insert(subject);
    syncBody();
    m_session->setTemplate(templateId);
}

void DraftEditor::swapSignature(const QString &fromSender, const QString &toSender)
{
    const QString oldSignature = Signatures::forSender(fromSender);
    const QString newSignature = Signatures::forSender(toSender);
    if (oldSignature == newSignature || m_readOnly || m_bodyLocked || m_bodyPending)
        return;
    const QString text = m_body->toPlainText();
    QTextCursor cursor(m_body->document());
    cursor.beginEditBlock();
    qsizetype start = -1;
    if (Signatures::endsWithUntouched(text, oldSignature, &start)) {
        cursor.setPosition(int(start));
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    } else if (!oldSignature.isEmpty() || text.contains(QLatin1String("\n-- \n"))
               || text.startsWith(QLatin1String("-- \n"))) {
        cursor.endEditBlock();
        return; // the old signature was edited (or is someone else's): it stays as the user left it
    } else {
        cursor.movePosition(QTextCursor::End);
        if (!text.isEmpty())
            cursor.insertBlock();
    }
    if (!newSignature.isEmpty())
        cursor.insertText(Signatures::plainBlock(newSignature));
    cursor.endEditBlock();
    syncBody();
}

void DraftEditor::setSpellLanguage(const QString &dictionary)
{
    if (!m_spell)
        m_spell = std::make_unique<SpellChecker>();
    m_spellLanguage->setCurrentIndex(qMax(0, m_spellLanguage->findData(dictionary)));
    if (dictionary.isEmpty() || dictionary == m_spell->language()) {
        m_wantedSpellLanguage.clear(); // a dictionary still loading is not wanted any more
        if (dictionary.isEmpty())
            m_spell->adopt(QString(), nullptr);
        updateSpellCheck();
        return;
    }
    // Reading a dictionary takes 50–60 ms: on a worker thread, so the window opens and takes keys at
    // once; the marks appear when it is ready. A later choice wins over an earlier one still loading.
    m_wantedSpellLanguage = dictionary;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Hunspell>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, dictionary] {
        watcher->deleteLater();
        if (dictionary != m_wantedSpellLanguage)
            return;
        const std::shared_ptr<Hunspell> loaded = watcher->result();
        m_spell->adopt(loaded ? dictionary : QString(), loaded);
        m_spellLanguage->setCurrentIndex(qMax(0, m_spellLanguage->findData(m_spell->language())));
        updateSpellCheck();
    });
    watcher->setFuture(QtConcurrent::run(&SpellChecker::load, dictionary));
}

void DraftEditor::updateSpellCheck()
{
    // Spelling marks are worked out block by block for the whole text: on a very long body that
    // would hold every key press, so such a body is not checked.
    constexpr int longestChecked = 200000;
    const bool on = m_spell && m_spell->isActive() && !m_bodyLocked && !m_bodyPending
        && m_body->document()->characterCount() < longestChecked;
    if (!on) {
        if (m_highlighter)
            m_highlighter->setDocument(nullptr);
    } else if (!m_highlighter) {
        m_highlighter = new SpellHighlighter(m_spell.get(), m_body->document());
    } else if (m_highlighter->document() != m_body->document()) {
        m_highlighter->setDocument(m_body->document());
    } else {
        m_highlighter->rehighlight();
    }
    markSubject();
}

void DraftEditor::markSubject()
{
    // A line edit has no highlighter; an input method event carries formats for ranges of its text.
    QList<QInputMethodEvent::Attribute> marks;
    if (m_spell && m_spell->isActive()) {
        const QString text = m_subject->text();
        QTextCharFormat misspelt;
        misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        misspelt.setUnderlineColor(QColor(0xd0, 0x34, 0x2c));
        for (const SpellHighlighter::Word &word : SpellHighlighter::wordsIn(text))
            if (!m_spell->isCorrect(text.mid(word.start, word.length)))
                marks.append({QInputMethodEvent::TextFormat, word.start - m_subject->cursorPosition(),
                              word.length, misspelt});
    }
    QInputMethodEvent event(QString(), marks);
    QCoreApplication::sendEvent(m_subject, &event);
}

QString DraftEditor::misspeltWordAt(const QString &text, int position, int *start) const
{
    if (!m_spell || !m_spell->isActive())
        return {};
    for (const SpellHighlighter::Word &word : SpellHighlighter::wordsIn(text)) {
        if (position < word.start || position > word.start + word.length)
            continue;
        const QString found = text.mid(word.start, word.length);
        if (m_spell->isCorrect(found))
            return {};
        *start = word.start;
        return found;
    }
    return {};
}

void DraftEditor::addSpellingActions(QMenu *menu, const QString &word,
                                     const std::function<void(const QString &)> &replace)
{
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = m_spell->suggestions(word);
    for (const QString &suggestion : suggestions) {
        QAction *action = new QAction(suggestion, menu);
        action->setObjectName(QStringLiteral("spellSuggestion"));
        connect(action, &QAction::triggered, this, [replace, suggestion] { replace(suggestion); });
        menu->insertAction(first, action);
    }
    if (suggestions.isEmpty()) {
        QAction *none = new QAction(tr("(no suggestions)"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    QAction *add = new QAction(tr("&Add “%1” to Dictionary").arg(word), menu);
    add->setObjectName(QStringLiteral("spellAddToDictionary"));
    connect(add, &QAction::triggered, this, [this, word] {
        m_spell->addToPersonal(word);
        updateSpellCheck();
    });
    QAction *ignore = new QAction(tr("&Ignore “%1”").arg(word), menu);
    ignore->setObjectName(QStringLiteral("spellIgnore"));
    connect(ignore, &QAction::triggered, this, [this, word] {
        m_spell->ignore(word);
        updateSpellCheck();
    });
    menu->insertAction(first, add);
    menu->insertAction(first, ignore);
    menu->insertSeparator(first);
}

QMenu *DraftEditor::bodyContextMenu(const QPoint &position)
{
    QMenu *menu = m_body->createStandardContextMenu(position);
    QTextCursor cursor = m_body->cursorForPosition(position);
    const QTextBlock block = cursor.block();
    int start = 0;
    const QString word = misspeltWordAt(block.text(), cursor.positionInBlock(), &start);
    if (!word.isEmpty() && !m_body->isReadOnly()) {
        addSpellingActions(menu, word, [this, block, start, word](const QString &replacement) {
            QTextCursor edit(block);
            edit.setPosition(block.position() + start);
            edit.setPosition(block.position() + start + int(word.size()), QTextCursor::KeepAnchor);
            edit.insertText(replacement);
        });
    }
    return menu;
}

QMenu *DraftEditor::subjectContextMenu(const QPoint &position)
{
    QMenu *menu = m_subject->createStandardContextMenu();
    int start = 0;
    const QString word = misspeltWordAt(m_subject->text(), m_subject->cursorPositionAt(position), &start);
    if (!word.isEmpty() && !m_subject->isReadOnly()) {
        addSpellingActions(menu, word, [this, start, word](const QString &replacement) {
            m_subject->setSelection(start, int(word.size()));
            m_subject->insert(replacement);
        });
    }
    return menu;
}

void DraftEditor::chooseColor()
{
    m_body->setForegroundColor(QColorDialog::getColor(m_body->textColor(), this, tr("Text Colour")));
}

void DraftEditor::chooseLink()
{
    const QString current = m_body->textCursor().charFormat().anchorHref();
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Insert Link"), tr("Address (https://… or mailto:…):"),
                                              QLineEdit::Normal,
                                              current.isEmpty() ? QStringLiteral("https://") : current, &ok)
                            .trimmed();
    if (ok)
        m_body->setLink(url);
}

void DraftEditor::load(const EmailActivity &email)
{
    m_loading = true;
    m_to->setAddresses(email.to());
    m_cc->setAddresses(email.cc());
    m_bcc->setAddresses(email.bcc());
    m_subject->setText(email.subject());
    if (!email.sender().isEmpty())
        m_sender->setCurrentText(email.sender());
    else
        m_sender->setCurrentText(QString());
    m_bodyLocked = false; // a new body: its own limits decide
    showBody(email.bodyHtml(), email.bodyText(), false);
    m_quoted->setEmail(email);
    m_loading = false;
    setReadOnly(!m_session->isEditable());
    updateCounter();
    updateTitle();
    updateValidation();
    if (!m_readOnly)
        m_body->setFocus(Qt::OtherFocusReason); // the cursor waits in the body
}

void DraftEditor::showBody(const QString &html, const QString &text, bool restored)
{
    m_pendingRestored = restored;
    if (html.isEmpty()) {
        m_bodyPreparer->forget(); // a body still being prepared
        applyBody(HtmlSanitizer::plainText(text), restored);
        return;
    }
    if (const std::optional<SanitizedHtml> body = m_bodyPreparer->prepare(html, text)) {
        applyBody(*body, restored);
        return;
    }
    // A large body: the window is usable at once, the body follows from the worker.
    m_bodyPending = true;
    const bool wasLoading = std::exchange(m_loading, true);
    m_body->setPlainText(tr("Preparing the body…"));
    m_body->document()->setModified(false);
    m_loading = wasLoading;
    setReadOnly(m_readOnly);
}

void DraftEditor::applyBody(const SanitizedHtml &body, bool restored)
{
    const bool wasPending = std::exchange(m_bodyPending, false);
    const bool wasLoading = std::exchange(m_loading, true);
    // Through the editor, not its document: QTextEdit leaves the cursor at the top, so only the first
    // screen of a long body is laid out. Loading the document directly leaves the cursor at the end,
    // and moving it back lays out the whole body at once (about 80 ms for 1 MB).
    if (body.isRich())
        m_body->setHtml(QStringView(body.html).trimmed().isEmpty() ? QString() : body.html); // no 1 MB copy
    else
        m_body->setPlainText(body.plainText);
    m_body->document()->setModified(restored);
    m_loading = wasLoading;
    if (!body.isRich() && (!body.reason.isEmpty() || body.plainTextCut)) {
        // Too large or too complex to edit here: shown as text (or its beginning), never rewritten.
        m_bodyLocked = true;
        QStringList why;
        if (!body.reason.isEmpty())
            why.append(body.reason);
        if (body.plainTextCut)
            why.append(tr("Only the first %L1 characters are shown.").arg(body.plainText.size()));
        why.append(tr("The body stays untouched when you save; the other fields can still be changed."));
        m_lossNote->setText(why.join(u' '));
        m_lossNote->show();
        m_keepHtml->hide();
    } else if (!body.isRich()) {
        m_lossNote->hide(); // a text body: nothing the editor cannot keep
        m_keepHtml->hide();
    } else {
        const QStringList &losses = body.editorLosses;
        m_lossNote->setText(losses.isEmpty()
                                ? QString()
                                : tr("The editor cannot keep everything in this HTML (%1). Edit it and that "
                                     "is lost, or keep the HTML untouched and change the other fields.")
                                      .arg(losses.join(QLatin1String(", "))));
        m_lossNote->setVisible(!losses.isEmpty() && !m_bodyLocked);
        m_keepHtml->setVisible(!losses.isEmpty() && !m_bodyLocked);
    }
    if (wasPending || m_bodyLocked)
        setReadOnly(m_readOnly);
    updateSpellCheck();
    emit bodyReady();
}

void DraftEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *field : {static_cast<QLineEdit *>(m_to), static_cast<QLineEdit *>(m_cc),
                             static_cast<QLineEdit *>(m_bcc), m_subject})
        field->setReadOnly(readOnly);
    m_sender->setEnabled(!readOnly);
    m_body->setReadOnly(readOnly || m_bodyLocked || m_bodyPending);
    m_toolbar->setEnabled(!readOnly && !m_bodyLocked && !m_bodyPending);
    m_writePlain->setEnabled(!readOnly);
    m_saveButton->setVisible(!readOnly);
    m_sendButton->setVisible(!readOnly);
    m_saveAction->setEnabled(!readOnly);
    m_deleteAction->setEnabled(!readOnly);
    m_templateAction->setEnabled(!readOnly);
    m_attachAction->setEnabled(!readOnly);
    m_attachments->setReadOnly(readOnly);
    setAcceptDrops(!readOnly);
    lockUnusableFields();
    if (readOnly) {
        m_problem->setStyleSheet(QString());
        m_problem->setText(
            tr("This email is %1 and cannot be edited.")
                .arg(EmailStatuses::displayName(m_session->original().status().value_or(EmailStatus::Sent))
                         .toLower()));
        m_problem->show();
    }
}

void DraftEditor::lockUnusableFields()
{
    const EmailActivity &email = m_session->original();
    const QMap<QString, QString> unusable = email.unusableFields();
    const auto lock = [&](QWidget *widget, const QStringList &fields) {
        QStringList reasons;
        for (const QString &field : fields) {
            if (unusable.contains(field))
                reasons.append(field + QLatin1String(": ") + unusable.value(field));
        }
        if (reasons.isEmpty())
            return;
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setReadOnly(true);
        else if (auto *text = qobject_cast<QTextEdit *>(widget))
            text->setReadOnly(true);
        else
            widget->setEnabled(false);
        widget->setToolTip(reasons.join(QLatin1Char('\n')));
    };
    lock(m_to, {QStringLiteral("to")});
    lock(m_cc, {QStringLiteral("cc")});
    lock(m_bcc, {QStringLiteral("bcc")});
    lock(m_subject, {QStringLiteral("subject")});
    lock(m_sender, {QStringLiteral("sender"), QStringLiteral("email_account_id")});
    const QStringList bodyFields {QStringLiteral("body_html"), QStringLiteral("body_text")};
    lock(m_body, bodyFields);
    if (unusable.contains(bodyFields.at(0)) || unusable.contains(bodyFields.at(1))) {
        m_toolbar->setEnabled(false);
        m_writePlain->setEnabled(false);
    }
    QStringList lines;
    for (auto it = unusable.cbegin(); it != unusable.cend(); ++it)
        lines.append(it.key() + QLatin1String(": ") + it.value());
    m_unusableNote->setText(
        tr("Close sent fields Draftdesk cannot read; they stay as they are and saving leaves them untouched. "
           "%1")
            .arg(lines.join(QLatin1String("; "))));
    m_unusableNote->setVisible(!unusable.isEmpty());
}

void DraftEditor::restoreEdits(const DraftJournal::Entry &entry)
{
    m_session->restore(entry);
    const bool hasBody = m_session->changes().contains(u"body_html");
    m_loading = true;
    const EmailActivity &current = m_session->current();
    m_to->setAddresses(current.to());
    m_cc->setAddresses(current.cc());
    m_bcc->setAddresses(current.bcc());
    m_subject->setText(current.subject());
    m_sender->setCurrentText(current.sender());
    if (hasBody)
        showBody(current.bodyHtml(), current.bodyText(), true); // restored text counts as typed
    refreshSideTabs();
    m_loading = false;
    setWindowModified(m_session->isDirty());
    updateValidation();
    if (!m_session->isDirty()) {
        // The save went through after all (its answer was lost): nothing to restore, and no claim
        // that it never reached Close.
        if (m_journal)
            m_journal->remove(m_session->original().id());
        showProblem(
            tr("Close already has these changes: the save went through, though its answer never came. "
               "Nothing is left to save."));
        m_problem->setStyleSheet(Tone::textStyle(Tone::Kind::Success));
    } else if (entry.basedOn.isValid() && entry.basedOn != m_session->original().dateUpdated()) {
        showProblem(tr("Your unsaved changes were restored, but Close has a newer copy than the one you were "
                       "editing. Check the fields before you save."));
    } else {
        showProblem(tr("Your unsaved changes were restored. Save them when you are ready."));
        m_problem->setStyleSheet(Tone::textStyle(Tone::Kind::Success));
    }
}

bool DraftEditor::exportTo(const QString &path)
{
    syncBody();
    QString error;
    if (DraftExport::save(path, DraftExport::toHtml(m_session->current()), &error))
        return true;
    MessageBox::warning(this, tr("Export Draft"), tr("Could not write %1: %2").arg(path, error));
    return false;
}

void DraftEditor::syncBody()
{
    m_bodySync->stop();
    m_unsyncedSince.invalidate();
    // An untouched body is never rewritten: Qt's HTML is not the server's byte for byte, and merely
    // opening a draft must not make it "changed".
    if (m_readOnly || m_bodyLocked || !m_body->document()->isModified())
        return;
    const QString html = HtmlBody::toEmailHtml(*m_body->document());
    const QString text
        = m_writePlain->isChecked() ? m_plain->toPlainText() : HtmlBody::toPlainText(*m_body->document());
    m_session->setBody(html, text);
    refreshSideTabs();
}

DraftEditor::Tab DraftEditor::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void DraftEditor::refreshSideTabs()
{
    // The plain-text and HTML tabs are filled when they are looked at: for a 1 MB body, laying out
    // two more copies on every pause in typing would be felt.
    if (currentTab() == Tab::Message)
        return;
    m_loading = true;
    const EmailActivity &current = m_session->current();
    if (!m_writePlain->isChecked() && m_plain->toPlainText() != current.bodyText())
        m_plain->setPlainText(current.bodyText());
    // The source and JSON views are for looking closely: invisible direction controls are written out.
    const QString source = BidiText::escaped(current.bodyHtml());
    if (m_source->toPlainText() != source)
        m_source->setPlainText(source);
    if (currentTab() == Tab::RawJson)
        m_raw->setPlainText(BidiText::escaped(QString(
            tr("Next save sends:") + QLatin1Char('\n') + m_session->nextPutText() + QLatin1String("\n\n")
            + tr("Close's copy, as it answered:") + QLatin1Char('\n') + m_session->serverJsonText())));
    m_loading = false;
}

void DraftEditor::save()
{
    if (m_readOnly)
        return;
    syncBody();
    m_session->save();
}

void DraftEditor::updateCounter()
{
    const qsizetype count = CodePoints::count(m_subject->text());
    m_subjectCount->setText(QStringLiteral("%1 / %2").arg(count).arg(EmailValidation::maxSubjectLength));
    m_subjectCount->setStyleSheet(
        count > EmailValidation::maxSubjectLength ? Tone::textStyle(Tone::Kind::Error) : QString());
}

void DraftEditor::updateTitle()
{
    const QString subject
        = m_subject->text().isEmpty() ? tr("(no subject)") : BidiText::forDisplay(m_subject->text());
    setWindowTitle(subject + QStringLiteral("[*]"));
}

void DraftEditor::updateValidation()
{
    updateDirectionNote();
    if (m_readOnly)
        return;
    const EmailValidation::Result result = m_session->validation();
    const QStringList bad = m_to->invalidEntries() + m_cc->invalidEntries() + m_bcc->invalidEntries();
    QStringList messages = result.errors;
    for (auto it = result.fieldErrors.cbegin(); it != result.fieldErrors.cend(); ++it)
        messages.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
    m_sender->setStyleSheet(result.fieldErrors.contains(u"sender"_qs) ? Tone::errorBorder("QComboBox")
                                                                      : QString());
    m_subject->setStyleSheet(result.fieldErrors.contains(u"subject"_qs) ? Tone::errorBorder("QLineEdit")
                                                                        : QString());
    const bool qa = !m_session->enforcesRules();
    m_saveButton->setEnabled((messages.isEmpty() || qa) && m_session->state() == DraftSession::State::Idle);
    m_saveAction->setEnabled(messages.isEmpty() || qa);
    if (!messages.isEmpty()) {
        m_problem->setStyleSheet(Tone::textStyle(Tone::Kind::Error));
        m_problem->setText(messages.join(QLatin1Char('\n')));
        m_problem->show();
    } else if (m_problem->styleSheet() == Tone::textStyle(Tone::Kind::Error)) {
        m_problem->hide();
    }
}

void DraftEditor::updateDirectionNote()
{
    // The fields hold the text as it is (it is the data); this says what they hide.
    QStringList lines;
    const auto check = [&](const QString &field, const QString &text) {
        if (BidiText::containsControls(text))
            lines.append(QStringLiteral("%1: %2").arg(field, BidiText::escaped(text)));
    };
    check(tr("Subject"), m_subject->text());
    check(tr("To"), m_to->text());
    check(tr("Cc"), m_cc->text());
    check(tr("Bcc"), m_bcc->text());
    check(tr("From"), m_sender->currentText());
    m_directionNote->setText(
        tr("Invisible text-direction characters can make text read differently from what "
           "it is:")
        + u' ' + lines.join(QLatin1String("; ")));
    m_directionNote->setVisible(!lines.isEmpty());
}

void DraftEditor::chooseFiles()
{
    if (m_readOnly)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach Files"));
    attachFiles(paths);
}

void DraftEditor::attachFiles(const QStringList &paths)
{
    if (m_readOnly || paths.isEmpty())
        return;
    showProblem(QString());
    m_attachments->attachFiles(paths);
}

void DraftEditor::attachImage(const QImage &image)
{
    if (m_readOnly || image.isNull())
        return;
    // Kept until Draftdesk quits: the upload (which may outlive this window) reads it.
    static QTemporaryDir pasted;
    const QString name
        = tr("Pasted image %1.png")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd hh.mm.ss")));
    const QString path = pasted.filePath(name);
    if (!pasted.isValid() || !image.save(path, "PNG")) {
        showProblem(tr("The pasted picture could not be kept for upload."));
        return;
    }
    attachFiles({path});
}

void DraftEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_readOnly && !RichTextEdit::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DraftEditor::dropEvent(QDropEvent *event)
{
    const QStringList paths = RichTextEdit::localFiles(event->mimeData());
    if (m_readOnly || paths.isEmpty())
        return;
    event->acceptProposedAction();
    attachFiles(paths);
}

void DraftEditor::showProblem(const QString &message)
{
    m_problem->setStyleSheet(Tone::textStyle(Tone::Kind::Error));
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
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
    if (event->type() == QEvent::ActivationChange && !isActiveWindow() && !m_readOnly) {
        syncBody();
        if (m_journal)
            m_journal->flush();
    }
    QWidget::changeEvent(event);
}

bool DraftEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Shift+F10 and the Menu key open the context menu (spelling suggestions) at the text cursor:
    // Qt's X11 plugin turns only the Menu key into a context menu event, and other platforms neither.
    if ((watched == m_body || watched == m_subject) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier)
            || (key->key() == Qt::Key_Menu && key->modifiers() == Qt::NoModifier)) {
            auto *field = static_cast<QWidget *>(watched);
            const QPoint at = field->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
            QMenu *menu = watched == m_body ? bodyContextMenu(at) : subjectContextMenu(at);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(watched == m_body ? m_body->viewport()->mapToGlobal(at) : m_subject->mapToGlobal(at));
            return true;
        }
    }
    if (watched == m_body->viewport() && event->type() == QEvent::Paint) {
        m_body->viewport()->removeEventFilter(this);
        // After this paint, not before it.
        QTimer::singleShot(0, this, [this] {
            if (!m_spell)
                setSpellLanguage(AppSettings().spellLanguageFor(m_session->original().id(),
                                                                SpellChecker::defaultDictionary()));
        });
    }
    return QWidget::eventFilter(watched, event);
}

void DraftEditor::closeEvent(QCloseEvent *event)
{
    syncBody();
    if (m_journal)
        m_journal->flush(); // whatever happens next, what was typed is on disk first
    if (m_readOnly || m_deleted || !m_session->isDirty()) {
        event->accept();
        return;
    }
    const QMessageBox::StandardButton answer = m_closingAfterSave
        ? QMessageBox::Discard
        : MessageBox::question(this, tr("Unsaved Changes"),
                               tr("Save the changes to \"%1\" before closing?").arg(m_subject->text()),
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                               QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save: {
        // Close once the save went through; stay open (with everything) when it did not.
        event->ignore();
        auto *context = new QObject(this);
        connect(m_session, &DraftSession::saved, context, [this, context] {
            context->deleteLater();
            m_closingAfterSave = true;
            close();
        });
        connect(m_session, &DraftSession::saveFailed, context, [context] { context->deleteLater(); });
        connect(m_session, &DraftSession::conflict, context, [context] { context->deleteLater(); });
        save();
        return;
    }
    case QMessageBox::Discard:
        if (m_journal)
            m_journal->remove(m_session->original().id());
        event->accept();
        return;
    default:
        event->ignore();
        return;
    }
}
