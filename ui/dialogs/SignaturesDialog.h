#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QPlainTextEdit;

// Signatures per sender identity, kept locally (Signatures): pick an identity, write its signature.
// Saved for all identities at once with OK; Cancel leaves every one as it was.
class SignaturesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignaturesDialog)

public:
    SignaturesDialog(const QStringList &identities, QWidget *parent = nullptr);

    void accept() override;

private:
    void showSignatureOf(const QString &identity);

    QComboBox *m_identity;
    QPlainTextEdit *m_text;
    QHash<QString, QString> m_edited; // identity → signature, as typed here
    QString m_shown;
};
