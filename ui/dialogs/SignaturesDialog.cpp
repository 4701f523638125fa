#include "ui/dialogs/SignaturesDialog.h"

#include "core/drafts/Signatures.h"
#include "ui/common/Accessible.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

SignaturesDialog::SignaturesDialog(const QStringList &identities, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("signaturesDialog"));
    setWindowTitle(tr("Signatures"));
    m_identity = new QComboBox(this);
    m_identity->setObjectName(QStringLiteral("signatureIdentity"));
    m_identity->addItems(identities);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("signatureText"));
    m_text->setTabChangesFocus(true);
    auto *hint = new QLabel(tr("Goes at the end of new drafts from this sender, after a “-- ” line. When "
                               "you change the sender of a draft, its signature changes too, unless you "
                               "have edited it."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Sender:"), m_identity);
    auto *textLabel = new QLabel(tr("Si&gnature:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);
    m_text->setAccessibleName(Accessible::fromLabel(textLabel->text()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(520, 320);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_identity, &QComboBox::currentTextChanged, this, &SignaturesDialog::showSignatureOf);
    showSignatureOf(m_identity->currentText());
}

void SignaturesDialog::showSignatureOf(const QString &identity)
{
    if (!m_shown.isEmpty())
        m_edited.insert(m_shown, m_text->toPlainText());
    m_shown = identity;
    m_text->setPlainText(m_edited.contains(identity) ? m_edited.value(identity)
                                                     : Signatures::forSender(identity));
    m_text->setEnabled(!identity.isEmpty());
}

void SignaturesDialog::accept()
{
    if (!m_shown.isEmpty())
        m_edited.insert(m_shown, m_text->toPlainText());
    for (auto it = m_edited.cbegin(); it != m_edited.cend(); ++it)
        Signatures::setForSender(it.key(), it.value());
    QDialog::accept();
}
