#pragma once

#include <QLineEdit>
#include <QStringList>

// One line of recipients: "Jane <jane@x.org>, bob@y.org; …". Pasted lists split at commas,
// semicolons and line breaks (not inside quotes); every entry is checked as an address and the
// field turns red, naming the bad ones, until they are fixed.
class RecipientField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipientField)

public:
    explicit RecipientField(QWidget *parent = nullptr);

    QStringList addresses() const;
    void setAddresses(const QStringList &addresses);
    QStringList invalidEntries() const;
    bool isValid() const { return invalidEntries().isEmpty(); }

signals:
    void addressesChanged(const QStringList &addresses);

protected:
    void insertPlainListFromClipboard();
    void keyPressEvent(QKeyEvent *event) override;

private:
    void check();
};
