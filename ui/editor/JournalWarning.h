#pragma once

#include <QObject>

class DraftJournal;
class EditorState;
class QLabel;
class QPushButton;
class QWidget;

// The warning above the body while the journal cannot write this draft's unsaved text to disk (a
// full or read-only disk), gone when a write succeeds again, with the way out: Export Draft… writes
// the draft as it stands to an HTML file.
class JournalWarning final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalWarning)

public:
    JournalWarning(DraftJournal *journal, QWidget *row, QLabel *text, QPushButton *exportButton,
                   EditorState *state);

    // Writes the draft as it stands (fields and body) to an HTML file; false (and says why) if not.
    bool exportTo(const QString &path);

private:
    QWidget *m_row;
    QLabel *m_text;
    EditorState *m_state;
};
