#pragma once

#include "core/email/EmailActivity.h"

#include <QWidget>

class DraftSession;
class QLabel;

// The bar above the body when someone changed the draft in Close while it has unsaved edits here:
// "Changed on Close by Ben Okafor at 10:42: subject, body." with Compare… (the conflict dialog, field by
// field) and Keep Mine (mine is saved over theirs). So a conflict is seen when it happens, not at Save.
class ChangedOnCloseBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangedOnCloseBar)

public:
    ChangedOnCloseBar(DraftSession *session, QWidget *parent = nullptr);
    // "subject, body and recipients" for the fields of an email that changed.
    static QString describe(const QStringList &fields);

signals:
    void compareRequested(const EmailActivity &theirs);

private:
    void showChange(const EmailActivity &theirs, const QStringList &fields);

    DraftSession *m_session;
    QLabel *m_text;
    EmailActivity m_theirs;
};
