#pragma once

#include "core/drafts/DraftJournal.h"

#include <QDialog>

class QListWidget;

// Drafts with unsaved edits that an earlier run left behind. Each can be restored into the editor,
// discarded, or exported as an HTML file; closing the dialog keeps them for next time.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    explicit RecoveryDialog(const QList<DraftJournal::Entry> &entries, QWidget *parent = nullptr);

signals:
    void restoreRequested(const QString &emailId);
    void discardRequested(const QString &emailId);

private:
    void exportSelected();
    QList<DraftJournal::Entry> m_entries;
    QListWidget *m_list = nullptr;
};
