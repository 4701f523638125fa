#pragma once

#include <QObject>

class EditorState;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QWidget;

namespace Ui {
class DraftForm;
}

// The tabs beside the message: the plain text (following the message, or written by hand), the HTML
// source, and the raw JSON (what the next save sends and Close's copy; in QA mode also a PUT body to
// send as typed, and how Close's copy differs from the schema). Filled when looked at: for a 1 MB
// body, laying out two more copies on every pause in typing would be felt.
class SourceTabs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceTabs)

public:
    SourceTabs(const Ui::DraftForm &form, EditorState *state);

    // QA mode: the Raw JSON tab gets an editable PUT body and the schema notes.
    void setQaMode(bool on);
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyLocks();
    void followIntoPage();

    QTabWidget *m_tabs;
    // Kept: the filter must not ask the tab widget for it, since it also sees the events of the tab
    // bar's destruction, when the tab widget is no longer one.
    QWidget *m_tabBar = nullptr;
    QWidget *m_messagePage;
    QWidget *m_rawPage;
    QCheckBox *m_writePlain;
    QPlainTextEdit *m_plain;
    QPlainTextEdit *m_source;
    QPlainTextEdit *m_raw;
    QPlainTextEdit *m_rawPut;
    QWidget *m_rawPutRow;
    QLabel *m_schemaNotes;
    EditorState *m_state;
    bool m_qaMode = false;
};
