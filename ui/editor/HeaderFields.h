#pragma once

#include <QObject>

class EditorState;
class EmailActivity;
class QComboBox;
class QLabel;
class QLineEdit;
class RecipientField;

namespace Ui {
class DraftForm;
}

// The fields above the body (sender, recipients, subject) bound to the session: what is typed is an
// edit, the subject counts to Close's 1,000, the session's rules mark the fields and fill the problem
// line, invisible direction controls are named, and a field Close sent in a shape Draftdesk cannot
// read is locked with the reason.
class HeaderFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderFields)

public:
    HeaderFields(const Ui::DraftForm &form, const QStringList &identities, EditorState *state);

    // Fills the fields from `email` (not an edit).
    void load(const EmailActivity &email);
    // The session's rules against the fields: marks, the problem line, and whether Save may go.
    void validate();

signals:
    // Save may go (the rules hold, or QA mode only warns).
    void saveAllowed(bool allowed);

private:
    void updateCounter();
    void updateDirectionNote();
    void applyLocks();
    void lockUnusableFields();
    // Why the subject cannot be edited in its field (longer than the field holds, or slow to lay
    // out); empty when it can.
    QString subjectBeyondTheField(const QString &subject) const;

    RecipientField *m_to;
    RecipientField *m_cc;
    RecipientField *m_bcc;
    QLineEdit *m_subject;
    QLabel *m_counter;
    QComboBox *m_sender;
    QLabel *m_directionNote;
    QLabel *m_unusableNote;
    EditorState *m_state;
    QString m_subjectLimit; // subjectBeyondTheField() of the loaded email
};
