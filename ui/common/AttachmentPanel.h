#pragma once

#include "core/email/EmailActivity.h"

#include <QWidget>

class DraftSession;
class FileUpload;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;

// The files of a draft, under its body: each attachment (name, size, type), each upload on its way
// (with its progress) and each that failed (with why; Retry starts it again). Remove (or Del) takes
// the selected file off the draft as an ordinary edit, or cancels the upload. Hidden while there is
// nothing to show; the editor's Attach File… action, a drop or a paste fill it.
class AttachmentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentPanel)

public:
    AttachmentPanel(DraftSession *session, QWidget *parent = nullptr);

    // "Quote Q4.pdf (180 KB, PDF document)": for the panel, the preview and the viewer.
    static QString describe(const EmailActivity::Attachment &attachment);

    // Starts uploading each file; what cannot be attached is said through problem().
    void attachFiles(const QStringList &paths);
    void setReadOnly(bool readOnly);
    QListWidget *list() const { return m_list; }

signals:
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void updateUploadItem(FileUpload *upload);
    void updateButtons();
    void removeSelected();
    void retrySelected();
    FileUpload *uploadOf(const QListWidgetItem *item) const;

    DraftSession *m_session;
    QLabel *m_label = nullptr;
    QListWidget *m_list = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_remove = nullptr;
    QList<EmailActivity::Attachment> m_shown;
    QList<FileUpload *> m_shownUploads;
    bool m_readOnly = false;
};
