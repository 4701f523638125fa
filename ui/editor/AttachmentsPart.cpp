#include "ui/editor/AttachmentsPart.h"

#include "ui/common/AttachmentPanel.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Icons.h"
#include "ui/editor/EditorState.h"
#include "ui/editor/RichTextEdit.h"

#include <QAction>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QImage>
#include <QMimeData>
#include <QShortcut>
#include <QTemporaryDir>

AttachmentsPart::AttachmentsPart(RichTextEdit *body, EditorState *state, QWidget *window)
    : QObject(window),
      m_state(state),
      m_window(window),
      m_panel(new AttachmentPanel(state->session(), window)),
      m_action(new QAction(Icons::named(QStringLiteral("mail-attachment")), tr("Attach &File…"), window))
{
    m_action->setObjectName(QStringLiteral("attachFileAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_action->setToolTip(
        tr("Attach a file (%1)").arg(m_action->shortcut().toString(QKeySequence::NativeText)));
    connect(m_action, &QAction::triggered, this, &AttachmentsPart::chooseFiles);
    connect(m_panel, &AttachmentPanel::problem, state,
            [state](const QString &message) { state->showProblem(message); });
    connect(body, &RichTextEdit::filesOffered, this, &AttachmentsPart::attachFiles);
    connect(body, &RichTextEdit::imageOffered, this, &AttachmentsPart::attachImage);
    connect(state, &EditorState::locksChanged, this, [this] {
        const bool readOnly = m_state->isReadOnly();
        m_action->setEnabled(!readOnly);
        m_panel->setReadOnly(readOnly);
        m_window->setAcceptDrops(!readOnly);
    });
    window->installEventFilter(this);
    window->setAcceptDrops(true);
    // Alt+A is "the attachment list" (the label's mnemonic). With no file attached the list is
    // hidden and its mnemonic with it; Alt+A then attaches one instead of doing nothing.
    m_attachKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_A), window);
    m_attachKey->setObjectName(QStringLiteral("attachWhenEmptyShortcut"));
    connect(m_attachKey, &QShortcut::activated, this, &AttachmentsPart::chooseFiles);
    m_panel->installEventFilter(this);
    m_attachKey->setEnabled(m_panel->isHidden());
}

void AttachmentsPart::chooseFiles()
{
    if (m_state->isReadOnly())
        return;
    attachFiles(FileDialogs::openFileNames(m_window, tr("Attach Files")));
}

void AttachmentsPart::attachFiles(const QStringList &paths)
{
    if (m_state->isReadOnly() || paths.isEmpty())
        return;
    m_state->clearProblem();
    m_panel->attachFiles(paths);
}

void AttachmentsPart::attachImage(const QImage &image)
{
    if (m_state->isReadOnly() || image.isNull())
        return;
    // Kept until Draftdesk quits: the upload (which may outlive this window) reads it.
    static QTemporaryDir pasted;
    const QString name
        = tr("Pasted image %1.png")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd hh.mm.ss")));
    const QString path = pasted.filePath(name);
    if (!pasted.isValid() || !image.save(path, "PNG")) {
        m_state->showProblem(tr("The pasted picture could not be kept for upload."));
        return;
    }
    attachFiles({path});
}

bool AttachmentsPart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_panel && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        m_attachKey->setEnabled(m_panel->isHidden()); // never two owners of one key
    if (watched != m_window || m_state->isReadOnly())
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::DragEnter) {
        auto *enter = static_cast<QDragEnterEvent *>(event);
        if (!RichTextEdit::localFiles(enter->mimeData()).isEmpty())
            enter->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = RichTextEdit::localFiles(drop->mimeData());
        if (paths.isEmpty())
            return false;
        drop->acceptProposedAction();
        attachFiles(paths);
        return true;
    }
    return QObject::eventFilter(watched, event);
}
