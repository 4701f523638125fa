#include "ui/dialogs/RecoveryDialog.h"

#include "core/drafts/DraftExport.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

RecoveryDialog::RecoveryDialog(const QList<DraftJournal::Entry> &entries, QWidget *parent)
    : QDialog(parent), m_entries(entries)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Unsaved Drafts"));
    auto *label = new QLabel(
        tr("These drafts have changes Close never confirmed (after a crash, a kill, or a save whose answer "
           "did not come). Nothing was lost:"),
        this);
    label->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setAccessibleName(tr("Unsaved drafts"));
    for (const DraftJournal::Entry &entry : entries) {
        const QString subject = entry.subject.isEmpty() ? tr("(no subject)") : entry.subject;
        auto *item = new QListWidgetItem(
            tr("%1 — last typed %2")
                .arg(subject, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
            m_list);
        item->setData(Qt::UserRole, entry.emailId);
    }
    m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton *discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *exportButton = buttons->addButton(tr("&Export as HTML…"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    const auto takeCurrent = [this]() -> QString {
        QListWidgetItem *item = m_list->currentItem();
        if (!item)
            return {};
        const QString id = item->data(Qt::UserRole).toString();
        delete item;
        if (m_list->count() == 0)
            accept();
        return id;
    };
    connect(restore, &QPushButton::clicked, this, [this, takeCurrent] {
        const QString id = takeCurrent();
        if (!id.isEmpty())
            emit restoreRequested(id);
    });
    connect(discard, &QPushButton::clicked, this, [this, takeCurrent] {
        QListWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        if (MessageBox::question(this, tr("Discard Changes"),
                                 tr("Throw away the unsaved changes to this draft?"))
            != QMessageBox::Yes)
            return;
        const QString id = takeCurrent();
        emit discardRequested(id);
    });
    connect(exportButton, &QPushButton::clicked, this, &RecoveryDialog::exportSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 320);
}

void RecoveryDialog::exportSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    for (const DraftJournal::Entry &entry : std::as_const(m_entries)) {
        if (entry.emailId != id)
            continue;
        const QString path = FileDialogs::saveFileName(
            this, tr("Export Draft"), entry.subject + QStringLiteral(".html"), tr("HTML files (*.html)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!DraftExport::save(path, DraftExport::toHtml(entry.subject, {}, entry.bodyHtml()), &error))
            MessageBox::warning(this, tr("Export Draft"), tr("Could not write %1: %2").arg(path, error));
        return;
    }
}
