#include "ui/editor/TemplatesPart.h"

#include "core/drafts/DraftSession.h"
#include "core/drafts/EmailTemplates.h"
#include "core/drafts/Signatures.h"
#include "richtext/HtmlSanitizer.h"
#include "ui/common/MessageBox.h"
#include "ui/dialogs/TemplatePicker.h"
#include "ui/editor/EditorState.h"
#include "ui/editor/RichTextEdit.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>

#include <limits>

TemplatesPart::TemplatesPart(CloseClient *client, RichTextEdit *body, QLineEdit *subject, QComboBox *sender,
                             EditorState *state, QWidget *window)
    : QObject(window),
      m_client(client),
      m_body(body),
      m_subject(subject),
      m_state(state),
      m_window(window),
      m_action(new QAction(tr("Apply &Template…"), window))
{
    m_action->setObjectName(QStringLiteral("applyTemplateAction"));
    connect(m_action, &QAction::triggered, this, &TemplatesPart::chooseTemplate);
    connect(state, &EditorState::locksChanged, this,
            [this] { m_action->setEnabled(!m_state->isReadOnly()); });
    m_lastSender = sender->currentText();
    connect(sender, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_state->isLoading())
            swapSignature(m_lastSender, text);
        m_lastSender = text;
    });
}

void TemplatesPart::chooseTemplate()
{
    if (!m_state->canEditBody())
        return;
    if (!m_templates) {
        m_templates = new EmailTemplates(m_client, this);
        connect(m_templates, &EmailTemplates::rendered, this, &TemplatesPart::applyTemplate);
        connect(m_templates, &EmailTemplates::renderFailed, this, [this](const ApiError &error) {
            m_state->showProblem(tr("The template could not be applied: %1").arg(error.fullText()));
        });
    }
    TemplatePicker picker(m_templates, m_window);
    if (picker.exec() != QDialog::Accepted || picker.templateId().isEmpty())
        return;
    m_state->syncBody();
    const bool typed = !m_body->toPlainText().trimmed().isEmpty() || !m_subject->text().trimmed().isEmpty();
    if (typed
        && MessageBox::question(m_window, tr("Apply Template"),
                                tr("Replace the subject and the text of this draft with the template “%1”? "
                                   "Ctrl+Z in the text and in the subject brings yours back.")
                                    .arg(picker.templateName()),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    // Rendered by Close for this draft's lead and contact: names and fields filled in as it sends them.
    const EmailActivity &current = m_state->session()->current();
    m_templates->render(picker.templateId(), current.leadId(), current.contactId());
}

void TemplatesPart::applyTemplate(const QString &templateId, const QString &subject, const QString &bodyHtml)
{
    if (m_state->isReadOnly() || m_state->isBodyLocked())
        return;
    // The template's HTML goes through the same sanitizer as an email's and as pasted text.
    SanitizeLimits limits;
    limits.maxPlainChars = std::numeric_limits<qsizetype>::max();
    limits.use = SanitizeLimits::Use::Insert;
    const SanitizedHtml clean = HtmlSanitizer::sanitize(bodyHtml, {}, limits);
    // One step of the body's undo, and one of the subject's.
    QTextCursor cursor(m_body->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    if (clean.isRich())
        cursor.insertHtml(clean.html);
    else
        cursor.insertText(clean.plainText);
    cursor.endEditBlock();
    m_subject->selectAll();
    m_subject->insert(subject);
    m_state->syncBody();
    m_state->session()->setTemplate(templateId);
}

void TemplatesPart::swapSignature(const QString &fromSender, const QString &toSender)
{
    const QString oldSignature = Signatures::forSender(fromSender);
    const QString newSignature = Signatures::forSender(toSender);
    if (oldSignature == newSignature || m_state->isReadOnly() || m_state->isBodyLocked()
        || m_state->isBodyPending())
        return;
    const QString text = m_body->toPlainText();
    QTextCursor cursor(m_body->document());
    cursor.beginEditBlock();
    qsizetype start = -1;
    if (Signatures::endsWithUntouched(text, oldSignature, &start)) {
        cursor.setPosition(int(start));
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    } else if (!oldSignature.isEmpty() || text.contains(QLatin1String("\n-- \n"))
               || text.startsWith(QLatin1String("-- \n"))) {
        cursor.endEditBlock();
        return; // the old signature was edited (or is someone else's): it stays as the user left it
    } else {
        cursor.movePosition(QTextCursor::End);
        if (!text.isEmpty())
            cursor.insertBlock();
    }
    if (!newSignature.isEmpty())
        cursor.insertText(Signatures::plainBlock(newSignature));
    cursor.endEditBlock();
    m_state->syncBody();
}
