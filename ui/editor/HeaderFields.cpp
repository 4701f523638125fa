#include "ui/editor/HeaderFields.h"

#include "core/base/AddressLooks.h"
#include "core/base/BidiText.h"
#include "core/base/CodePoints.h"
#include "core/base/ShownText.h"
#include "core/drafts/DraftSession.h"
#include "core/email/EmailValidation.h"
#include "richtext/HtmlSanitizer.h"
#include "ui/common/Accessible.h"
#include "ui/common/Tone.h"
#include "ui/editor/EditorState.h"
#include "ui/editor/RecipientField.h"
#include "ui_DraftForm.h"

HeaderFields::HeaderFields(const Ui::DraftForm &form, const QStringList &identities, EditorState *state)
    : QObject(state),
      m_to(form.toField),
      m_cc(form.ccField),
      m_bcc(form.bccField),
      m_subject(form.subjectField),
      m_counter(form.subjectCounter),
      m_sender(form.senderField),
      m_directionNote(form.directionNote),
      m_unusableNote(form.unusableFieldsNote),
      m_state(state)
{
    m_sender->addItems(identities);
    m_sender->lineEdit()->setPlaceholderText(tr("\"Your Name\" <you@example.com>"));
    Accessible::nameEditablePart(m_sender, Accessible::fromLabel(form.fromLabel->text()));
    m_directionNote->hide();
    m_unusableNote->hide();
    DraftSession *session = state->session();
    const auto bind = [this](RecipientField *field, void (DraftSession::*set)(const QStringList &)) {
        connect(field, &RecipientField::addressesChanged, this, [this, set](const QStringList &addresses) {
            if (!m_state->isLoading())
                (m_state->session()->*set)(addresses);
        });
    };
    bind(m_to, &DraftSession::setTo);
    bind(m_cc, &DraftSession::setCc);
    bind(m_bcc, &DraftSession::setBcc);
    connect(m_subject, &QLineEdit::textChanged, this, [this](const QString &text) {
        updateCounter();
        if (!m_state->isLoading())
            m_state->session()->setSubject(text);
    });
    connect(m_sender, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_state->isLoading())
            m_state->session()->setSender(text);
    });
    connect(session, &DraftSession::changed, this, &HeaderFields::validate);
    connect(state, &EditorState::locksChanged, this, &HeaderFields::applyLocks);
}

void HeaderFields::load(const EmailActivity &email)
{
    const EditorState::Loading loading(m_state);
    m_to->setAddresses(email.to());
    m_cc->setAddresses(email.cc());
    m_bcc->setAddresses(email.bcc());
    // A subject the field cannot hold whole (QLineEdit cuts at 32,767 silently) or lay out quickly is
    // shown shortened and locked: saving leaves it as Close has it.
    m_subjectLimit = subjectBeyondTheField(email.subject());
    m_subject->setText(m_subjectLimit.isEmpty() ? email.subject()
                                                : ShownText::line(email.subject(), ShownText::wrappedLength));
    m_sender->setCurrentText(email.sender());
    updateCounter();
}

void HeaderFields::applyLocks()
{
    const bool readOnly = m_state->isReadOnly();
    for (QLineEdit *field : {static_cast<QLineEdit *>(m_to), static_cast<QLineEdit *>(m_cc),
                             static_cast<QLineEdit *>(m_bcc), m_subject})
        field->setReadOnly(readOnly);
    m_sender->setEnabled(!readOnly);
    lockUnusableFields();
}

void HeaderFields::lockUnusableFields()
{
    QMap<QString, QString> unusable = m_state->session()->original().unusableFields();
    if (!m_subjectLimit.isEmpty())
        unusable.insert(QStringLiteral("subject"), m_subjectLimit);
    const auto lock = [&](QWidget *widget, const QStringList &fields) {
        QStringList reasons;
        for (const QString &field : fields) {
            if (unusable.contains(field))
                reasons.append(field + QLatin1String(": ") + unusable.value(field));
        }
        if (reasons.isEmpty())
            return;
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setReadOnly(true);
        else
            widget->setEnabled(false);
        widget->setToolTip(reasons.join(QLatin1Char('\n')));
    };
    lock(m_to, {QStringLiteral("to")});
    lock(m_cc, {QStringLiteral("cc")});
    lock(m_bcc, {QStringLiteral("bcc")});
    lock(m_subject, {QStringLiteral("subject")});
    lock(m_sender, {QStringLiteral("sender"), QStringLiteral("email_account_id")});
    // The body's own part reads this lock from the state.
    m_state->setBodyUnusable(unusable.contains(u"body_html"_qs) || unusable.contains(u"body_text"_qs));
    QStringList lines;
    for (auto it = unusable.cbegin(); it != unusable.cend(); ++it)
        lines.append(it.key() + QLatin1String(": ") + it.value());
    m_unusableNote->setText(
        tr("Close sent fields Draftdesk cannot read or edit; they stay as they are and saving leaves them "
           "untouched. %1")
            .arg(lines.join(QLatin1String("; "))));
    m_unusableNote->setVisible(!unusable.isEmpty());
}

QString HeaderFields::subjectBeyondTheField(const QString &subject) const
{
    if (subject.size() > m_subject->maxLength())
        return tr("%L1 characters, more than this field holds (%L2); shown shortened, the Raw JSON tab has "
                  "all of it")
            .arg(CodePoints::count(subject))
            .arg(m_subject->maxLength());
    const ShownText::Shape shape = ShownText::shapeOf(subject);
    const SanitizeLimits editable;
    if (shape.longestRun > editable.maxEditableRun || shape.mostMarks > editable.maxEditableMarks)
        return tr("too slow to edit here (a word of %L1 characters, or a letter with %L2 accent marks); "
                  "shown "
                  "shortened, the Raw JSON tab has all of it")
            .arg(shape.longestRun)
            .arg(shape.mostMarks);
    return {};
}

void HeaderFields::updateCounter()
{
    const qsizetype count = CodePoints::count(m_subject->text());
    m_counter->setText(QStringLiteral("%1 / %2").arg(count).arg(EmailValidation::maxSubjectLength));
    m_counter->setStyleSheet(count > EmailValidation::maxSubjectLength ? Tone::textStyle(Tone::Kind::Error)
                                                                       : QString());
}

void HeaderFields::validate()
{
    updateDirectionNote();
    if (m_state->isReadOnly())
        return;
    DraftSession *session = m_state->session();
    const EmailValidation::Result result = session->validation();
    QStringList messages = result.errors;
    for (auto it = result.fieldErrors.cbegin(); it != result.fieldErrors.cend(); ++it)
        messages.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
    m_sender->setStyleSheet(result.fieldErrors.contains(u"sender"_qs) ? Tone::errorBorder("QComboBox")
                                                                      : QString());
    m_subject->setStyleSheet(result.fieldErrors.contains(u"subject"_qs) ? Tone::errorBorder("QLineEdit")
                                                                        : QString());
    emit saveAllowed(messages.isEmpty() || !session->enforcesRules());
    if (!messages.isEmpty())
        m_state->showProblem(messages.join(QLatin1Char('\n')));
    else if (m_state->problemTone() == Tone::Kind::Error)
        m_state->clearProblem();
}

void HeaderFields::updateDirectionNote()
{
    // The fields hold the text as it is (it is the data); this says what they hide.
    QStringList lines;
    const auto check = [&](const QString &field, const QString &text) {
        if (BidiText::containsControls(text))
            lines.append(QStringLiteral("%1: %2").arg(field, BidiText::escaped(text)));
    };
    check(tr("Subject"), m_subject->text());
    check(tr("To"), m_to->text());
    check(tr("Cc"), m_cc->text());
    check(tr("Bcc"), m_bcc->text());
    check(tr("From"), m_sender->currentText());
    // Look-alike addresses (mixed alphabets, invisible characters), as browsers mark domains.
    QStringList lookalikes;
    const auto look = [&](const QString &field, const QStringList &entries) {
        for (const QString &entry : entries) {
            if (const QString problem = AddressLooks::problem(entry); !problem.isEmpty())
                lookalikes.append(QStringLiteral("%1: %2").arg(field, problem));
        }
    };
    look(tr("To"), m_to->addresses());
    look(tr("Cc"), m_cc->addresses());
    look(tr("Bcc"), m_bcc->addresses());
    look(tr("From"), {m_sender->currentText()});
    QStringList notes;
    if (!lines.isEmpty())
        notes.append(tr("Invisible text-direction characters can make text read differently from what "
                        "it is:")
                     + u' ' + lines.join(QLatin1String("; ")));
    if (!lookalikes.isEmpty())
        notes.append(tr("An address may not be the one it looks like:") + u' '
                     + lookalikes.join(QLatin1String("; ")));
    m_directionNote->setText(notes.join(u'\n'));
    m_directionNote->setVisible(!notes.isEmpty());
}
