#pragma once

#include <QDialog>

class EmailActivity;

// Mine and theirs, field by field, when the server copy changed under an edit: keep mine (write it
// over theirs), take theirs (drop mine), or copy mine to the clipboard first. Never decided silently.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    ConflictDialog(const EmailActivity &mine, const EmailActivity &theirs, const QString &reason,
                   QWidget *parent = nullptr);

signals:
    void keepMine();
    void takeTheirs();
};
