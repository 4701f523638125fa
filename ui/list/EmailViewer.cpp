#include "ui/list/EmailViewer.h"

#include "core/base/ShownText.h"
#include "core/email/EmailActivity.h"
#include "ui/list/PreviewPane.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

EmailViewer::EmailViewer(const EmailActivity &email, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("emailViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(email.subject().isEmpty() ? tr("(no subject)") : ShownText::line(email.subject()));
    m_pane = new PreviewPane(this);
    m_pane->showEmail(email);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pane, 1);
    layout->addWidget(buttons);
    resize(760, 620);
}
