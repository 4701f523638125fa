#include "ui/common/AttachmentPanel.h"

#include "core/base/ShownText.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/FileUpload.h"
#include "ui/common/Icons.h"
#include "ui/common/Tone.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QProgressBar>
#include <QPushButton>

namespace {
constexpr int UploadRole = Qt::UserRole + 1; // the FileUpload of an upload's row
constexpr int IndexRole = Qt::UserRole + 2; // the position in `attachments` of a file's row

QIcon iconFor(const QString &contentType)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(contentType);
    if (type.isValid() && !QIcon::themeName().isEmpty()) {
        const QIcon themed = QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName()));
        if (!themed.isNull())
            return themed;
    }
    return Icons::named(QStringLiteral("mail-attachment"));
}
} // namespace

AttachmentPanel::AttachmentPanel(DraftSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("attachmentPanel"));
    m_label = new QLabel(tr("&Attachments:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setAccessibleName(tr("Attachments:"));
    m_label->setBuddy(m_list);
    // One row of files side by side, as mail composers show them; more rows only when needed.
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(2);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumHeight(fontMetrics().height() * 6); // three rows of files, then a scroll bar
    m_list->installEventFilter(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_progress->setAccessibleName(tr("Upload progress"));
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_progress->hide(); // while something uploads
    m_retry = new QPushButton(tr("R&etry"), this);
    m_retry->setObjectName(QStringLiteral("retryUploadButton"));
    m_remove = new QPushButton(Icons::named(QStringLiteral("edit-delete")), tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_remove->setToolTip(tr("Remove the selected attachment (Del)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_retry);
    layout->addWidget(m_remove);

    connect(m_list, &QListWidget::currentItemChanged, this, &AttachmentPanel::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentPanel::removeSelected);
    connect(m_retry, &QPushButton::clicked, this, &AttachmentPanel::retrySelected);
    connect(m_session, &DraftSession::changed, this, &AttachmentPanel::rebuild);
    connect(m_session, &DraftSession::serverCopyChanged, this, &AttachmentPanel::rebuild);
    connect(m_session, &DraftSession::uploadsChanged, this, &AttachmentPanel::rebuild);
    hide(); // until there is a file to show
    rebuild();
}

QString AttachmentPanel::describe(const EmailActivity::Attachment &attachment)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(attachment.contentType);
    const QString kind
        = type.isValid() && !type.comment().isEmpty() ? type.comment() : attachment.contentType;
    // A name from the server may hide its real ending behind direction controls ("…\u202Efdp.exe").
    const QString name
        = ShownText::line(attachment.filename.isEmpty() ? tr("(unnamed file)") : attachment.filename);
    QStringList details;
    if (attachment.size > 0) // "47.1 KB", as mail clients write sizes
        details.append(QLocale().formattedDataSize(attachment.size, 1, QLocale::DataSizeTraditionalFormat));
    if (!kind.isEmpty())
        details.append(kind);
    return details.isEmpty() ? name : tr("%1 (%2)").arg(name, details.join(QLatin1String(", ")));
}

void AttachmentPanel::attachFiles(const QStringList &paths)
{
    if (m_readOnly)
        return;
    QStringList problems;
    for (const QString &path : paths) {
        if (const auto problem = FileUpload::problemWith(path)) {
            problems.append(*problem);
            continue;
        }
        m_session->attachFile(path);
    }
    if (!problems.isEmpty())
        emit problem(problems.join(QLatin1Char('\n')));
}

void AttachmentPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

FileUpload *AttachmentPanel::uploadOf(const QListWidgetItem *item) const
{
    if (!item)
        return nullptr;
    auto *upload = static_cast<FileUpload *>(item->data(UploadRole).value<void *>());
    return m_session->uploads().contains(upload) ? upload : nullptr;
}

void AttachmentPanel::rebuild()
{
    const QList<EmailActivity::Attachment> attachments = m_session->attachments();
    const QList<FileUpload *> uploads = m_session->uploads();
    if (attachments == m_shown && uploads == m_shownUploads) {
        for (FileUpload *upload : uploads)
            updateUploadItem(upload); // a stage may have changed (failed)
        return;
    }
    for (FileUpload *upload : uploads) {
        if (!m_shownUploads.contains(upload))
            connect(upload, &FileUpload::progressed, this, [this, upload] { updateUploadItem(upload); });
    }
    const int keep = m_list->currentRow();
    m_shown = attachments;
    m_shownUploads = uploads;
    m_list->clear();
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        auto *item = new QListWidgetItem(iconFor(attachments.at(i).contentType), describe(attachments.at(i)),
                                         m_list);
        item->setData(IndexRole, int(i));
        item->setToolTip(describe(attachments.at(i)));
    }
    for (FileUpload *upload : uploads) {
        auto *item = new QListWidgetItem(iconFor(upload->contentType()), QString(), m_list);
        item->setData(UploadRole, QVariant::fromValue(static_cast<void *>(upload)));
        updateUploadItem(upload);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(qBound(0, keep, m_list->count() - 1));
    setVisible(m_list->count() > 0);
    updateButtons();
}

void AttachmentPanel::updateUploadItem(FileUpload *upload)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (uploadOf(item) != upload)
            continue;
        const QString name = describe({{}, upload->fileName(), upload->contentType(), upload->size(), {}});
        if (upload->stage() == FileUpload::Stage::Failed) {
            item->setText(tr("%1 — not attached").arg(name));
            item->setToolTip(upload->errorText());
            item->setForeground(Tone::color(Tone::Kind::Error));
        } else {
            const int percent = upload->size() > 0 ? int(upload->bytesSent() * 100 / upload->size()) : 0;
            item->setText(tr("%1 — uploading, %2%").arg(name).arg(percent));
            item->setToolTip(item->text());
            item->setForeground(palette().color(QPalette::Text));
        }
    }
    // One bar for all uploads still under way: what a user waits for before sending.
    qint64 sent = 0;
    qint64 total = 0;
    for (const FileUpload *each : m_session->uploads()) {
        if (!each->isActive())
            continue;
        sent += each->bytesSent();
        total += each->size();
    }
    m_progress->setVisible(total > 0 || m_session->activeUploads() > 0);
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(sent * 1000 / total) : 0);
    updateButtons();
}

void AttachmentPanel::updateButtons()
{
    QListWidgetItem *item = m_list->currentItem();
    FileUpload *upload = uploadOf(item);
    m_remove->setEnabled(item && !m_readOnly);
    m_remove->setText(upload && upload->isActive() ? tr("Cance&l Upload") : tr("Remo&ve"));
    m_retry->setVisible(upload && upload->stage() == FileUpload::Stage::Failed);
    m_retry->setEnabled(!m_readOnly);
}

void AttachmentPanel::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || m_readOnly)
        return;
    if (FileUpload *upload = uploadOf(item)) {
        m_session->dismissUpload(upload);
        return;
    }
    m_session->removeAttachment(item->data(IndexRole).toInt());
    m_list->setFocus();
}

void AttachmentPanel::retrySelected()
{
    if (FileUpload *upload = uploadOf(m_list->currentItem())) {
        upload->start();
        updateUploadItem(upload);
    }
}

bool AttachmentPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
