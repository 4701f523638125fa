#include "ui/inspector/RequestEditorDialog.h"

#include "ui/common/MessageBox.h"
#include "ui/common/Tone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RequestEditorDialog::RequestEditorDialog(InspectorServices *services,
                                         const InspectorServices::EditableRequest &request, QWidget *parent)
    : QDialog(parent), m_services(services)
{
    setObjectName(QStringLiteral("requestEditor"));
    setWindowTitle(tr("Edit and Resend"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("requestMethod"));
    m_method->addItems(
        {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("DELETE")});
    m_method->setCurrentText(request.method);
    m_path = new QLineEdit(request.path, this);
    m_path->setObjectName(QStringLiteral("requestPath"));
    m_query = new QLineEdit(request.query, this);
    m_query->setObjectName(QStringLiteral("requestQuery"));
    m_query->setPlaceholderText(QStringLiteral("_fields=id,subject"));
    m_body = new QPlainTextEdit(request.body, this);
    m_body->setObjectName(QStringLiteral("requestBody"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_syntax = new QLabel(this);
    m_syntax->setObjectName(QStringLiteral("requestSyntax"));
    m_syntax->setTextFormat(Qt::PlainText);
    m_syntax->setWordWrap(true);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("requestWarnings"));
    m_warnings->setTextFormat(Qt::PlainText); // may quote the body
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(Tone::textStyle(Tone::Kind::Warning));

    auto *form = new QFormLayout;
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Path:"), m_path);
    form->addRow(tr("&Query:"), m_query);
    form->addRow(tr("&Body (JSON):"), m_body);
    m_method->setAccessibleName(tr("Method:"));
    m_path->setAccessibleName(tr("Path:"));
    m_query->setAccessibleName(tr("Query:"));
    m_body->setAccessibleName(tr("Body (JSON):"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *send = m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendEditedButton"));
    send->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_syntax);
    layout->addWidget(m_warnings);
    layout->addWidget(m_buttons);
    resize(640, 520);

    connect(m_method, &QComboBox::currentTextChanged, this, &RequestEditorDialog::check);
    connect(m_path, &QLineEdit::textChanged, this, &RequestEditorDialog::check);
    connect(m_query, &QLineEdit::textChanged, this, &RequestEditorDialog::check);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestEditorDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RequestEditorDialog::sendRequest);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

InspectorServices::EditableRequest RequestEditorDialog::edited() const
{
    return {m_method->currentText(), m_path->text(), m_query->text(), m_body->toPlainText()};
}

void RequestEditorDialog::check()
{
    const std::optional<QString> problem = m_services->problemWith(edited());
    const bool ok = !problem;
    m_syntax->setText(ok ? tr("Valid request.") : *problem);
    m_syntax->setStyleSheet(Tone::textStyle(ok ? Tone::Kind::Success : Tone::Kind::Error));
    const QStringList warnings = ok ? m_services->ruleWarnings(edited()) : QStringList();
    m_warnings->setText(warnings.isEmpty() ? QString()
                                           : tr("Close's rules may refuse this:") + QStringLiteral("\n• ")
                                + warnings.join(QStringLiteral("\n• ")));
    m_warnings->setVisible(!warnings.isEmpty());
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(ok);
    }
}

void RequestEditorDialog::sendRequest()
{
    if (m_services->problemWith(edited()))
        return;
    if (m_services->couldSend(edited())
        && MessageBox::question(
               this, tr("Edit and Resend"),
               tr("This request moves an email to the outbox or schedules it: it may send an "
                  "email. Send the request anyway?"))
            != QMessageBox::Yes)
        return;
    if (const InspectorServices::EditableRequest request = edited(); m_services->send(request))
        emit sent(request);
    accept();
}
