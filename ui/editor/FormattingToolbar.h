#pragma once

#include <QObject>

class EditorState;
class QAction;
class QKeySequence;
class QToolBar;
class QWidget;
class RichTextEdit;

// The formatting toolbar of one editor: undo and redo, character formats (kept in step with the text
// under the cursor), size, colour, lists, indentation, alignment, links, clear formatting and paste
// as plain text, each with its shortcut in the window. Enabled while the body can be edited.
class FormattingToolbar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormattingToolbar)

public:
    FormattingToolbar(RichTextEdit *body, EditorState *state, QWidget *window);

    QToolBar *toolBar() const { return m_toolbar; }
    // An action with its shortcut (window-wide) in its tooltip and a freedesktop icon: the look every
    // editor action shares.
    static QAction *makeAction(QWidget *window, const QString &text, const QKeySequence &shortcut,
                               const char *objectName, const char *icon = nullptr);

private:
    template<typename Slot>
    QAction *add(const QString &text, const QKeySequence &shortcut, const char *name, Slot slot,
                 const char *icon);
    void addCharacterFormats();
    void addSizeBox();
    void chooseColor();
    void chooseLink();

    RichTextEdit *m_body;
    EditorState *m_state;
    QWidget *m_window;
    QToolBar *m_toolbar;
};
