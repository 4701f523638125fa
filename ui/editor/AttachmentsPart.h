#pragma once

#include <QObject>

class AttachmentPanel;
class EditorState;
class QAction;
class QImage;
class QShortcut;
class QWidget;
class RichTextEdit;

// Attachments in one editor: Attach File… (Ctrl+Shift+A), files dropped on the window or pasted into
// the body, and pasted pictures (kept as PNG files for the upload), all into the panel under the
// body that uploads them. What cannot be attached goes to the problem line.
class AttachmentsPart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentsPart)

public:
    AttachmentsPart(RichTextEdit *body, EditorState *state, QWidget *window);

    AttachmentPanel *panel() const { return m_panel; }
    QAction *attachAction() const { return m_action; }
    // Uploads these files and attaches them.
    void attachFiles(const QStringList &paths);
    // A pasted picture: written to a PNG file of its own, then attached.
    void attachImage(const QImage &image);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFiles();

    EditorState *m_state;
    QWidget *m_window;
    AttachmentPanel *m_panel;
    QAction *m_action;
    QShortcut *m_attachKey = nullptr;
};
