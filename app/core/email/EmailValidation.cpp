#include "core/email/EmailValidation.h"

#include "core/base/CodePoints.h"
#include "core/base/EmailAddress.h"
#include "core/email/EmailField.h"

#include <QJsonArray>

namespace {
const QString requiredMessage()
{
    // The server's own words for a missing required field.
    return QCoreApplication::translate("EmailValidation", "This field is required.");
}

bool isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull()
        || (value.isString() && value.toString().trimmed().isEmpty());
}

QString checkRecipients(const QJsonArray &list)
{
    // lupdate hangs on casts inside a translate() call, hence the named limits.
    const int maxCount = EmailValidation::maxRecipients;
    const int maxLength = EmailValidation::maxRecipientLength;
    if (list.size() > maxCount)
        return QCoreApplication::translate("EmailValidation", "At most %n recipients are allowed.", nullptr,
                                           maxCount);
    for (const QJsonValue &item : list) {
        const QString recipient = item.toString();
        if (CodePoints::count(recipient) > EmailValidation::maxRecipientLength)
            return QCoreApplication::translate(
                "EmailValidation", "Each recipient may have at most %n characters.", nullptr, maxLength);
        if (!EmailAddress::parse(recipient))
            return QCoreApplication::translate("EmailValidation", "\"%1\" is not a valid email address.")
                .arg(recipient);
    }
    return {};
}

QString checkAttachments(const QJsonArray &list)
{
    const int maxCount = EmailValidation::maxAttachments;
    if (list.size() > maxCount)
        return QCoreApplication::translate("EmailValidation", "At most %n attachments are allowed.", nullptr,
                                           maxCount);
    for (const QJsonValue &item : list) {
        const QJsonObject attachment = item.toObject();
        for (const char *key : {"url", "filename", "size"}) {
            if (!attachment.contains(QLatin1String(key)))
                return QCoreApplication::translate("EmailValidation", "Each attachment needs %1.")
                    .arg(QLatin1String(key));
        }
        if (!attachment.value(u"url").toString().startsWith(QLatin1String("https://app.close.com/go/file/")))
            return QCoreApplication::translate("EmailValidation",
                                               "Attachment URLs must come from the Close file upload.");
    }
    return {};
}
} // namespace

QJsonObject EmailValidation::Result::toApiJson() const
{
    QJsonObject fields;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
        fields.insert(it.key(), it.value());
    return QJsonObject {{QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                        {QStringLiteral("field-errors"), fields}};
}

void EmailValidation::checkFieldValues(const QJsonObject &fields, Result &result)
{
    const int subjectLimit = maxSubjectLength;
    const int bodyLimit = maxBodyLength;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const EmailField *field = EmailField::find(it.key());
        if (!field)
            continue; // unknown keys are ignored, as the server ignores them
        const QJsonValue value = it.value();
        if (!field->writable) {
            result.fieldErrors.insert(it.key(), tr("This field cannot be changed."));
            continue;
        }
        if (!field->accepts(value)) {
            result.fieldErrors.insert(it.key(),
                                      value.isNull()
                                          ? tr("This field may not be null.")
                                          : tr("Expected %1.").arg(EmailField::kindName(field->kind)));
            continue;
        }
        const QString name = it.key();
        QString problem;
        if (name == QLatin1String("subject")) {
            if (CodePoints::count(value.toString()) > maxSubjectLength)
                problem = tr("Ensure this field has no more than %n characters.", nullptr, subjectLimit);
        } else if (name == QLatin1String("body_text") || name == QLatin1String("body_html")) {
            if (CodePoints::count(value.toString()) > maxBodyLength)
                problem = tr("Ensure this field has no more than %n characters.", nullptr, bodyLimit);
        } else if (name == QLatin1String("to") || name == QLatin1String("cc")
                   || name == QLatin1String("bcc")) {
            problem = checkRecipients(value.toArray());
        } else if (name == QLatin1String("sender")) {
            if (!isBlank(value) && !EmailAddress::parse(value.toString()))
                problem
                    = tr("Enter an email address, or a name and an address as \"Name\" <name@example.com>.");
        } else if (name == QLatin1String("followup_sequence_delay")) {
            if (!value.isNull() && value.toInteger() < minFollowupSequenceDelay)
                problem = tr("Must be at least %1 seconds (one day).").arg(minFollowupSequenceDelay);
        } else if (name == QLatin1String("send_in")) {
            if (!value.isNull() && (value.toInteger() < 0 || value.toInteger() > maxSendIn))
                problem = tr("Must be between 0 and %1 seconds.").arg(maxSendIn);
        } else if (name == QLatin1String("attachments")) {
            problem = checkAttachments(value.toArray());
        }
        if (!problem.isEmpty())
            result.fieldErrors.insert(name, problem);
    }
}

void EmailValidation::checkStatusNeeds(EmailStatus status, const QJsonValue &sender,
                                       const QJsonValue &dateScheduled, Result &result)
{
    if (EmailStatuses::requiresSender(status) && isBlank(sender)
        && !result.fieldErrors.contains(u"sender"_qs))
        result.fieldErrors.insert(QStringLiteral("sender"), requiredMessage());
    if (status == EmailStatus::Scheduled && isBlank(dateScheduled)
        && !result.fieldErrors.contains(u"date_scheduled"_qs))
        result.fieldErrors.insert(QStringLiteral("date_scheduled"), requiredMessage());
}

EmailValidation::Result EmailValidation::validateUpdate(const EmailActivity &current,
                                                        const QJsonObject &changes)
{
    Result result;
    checkFieldValues(changes, result);

    const std::optional<EmailStatus> from = current.status();
    if (!from) {
        result.errors.append(tr("The email has no valid status."));
        return result;
    }
    std::optional<EmailStatus> to = from;
    if (changes.contains(u"status") && !result.fieldErrors.contains(u"status"_qs))
        to = EmailStatuses::fromApi(changes.value(u"status").toString());

    if (*from != EmailStatus::Draft) {
        // Only drafts can be modified; a scheduled or outbox email can only be cancelled back to draft.
        const bool onlyCancels = changes.size() == 1 && changes.contains(u"status")
            && to == EmailStatus::Draft && EmailStatuses::canTransition(*from, EmailStatus::Draft);
        if (!onlyCancels)
            result.errors.append(tr("Only drafts can be modified."));
        return result;
    }
    if (to && !EmailStatuses::canTransition(*from, *to)) {
        result.fieldErrors.insert(QStringLiteral("status"),
                                  tr("A draft can only become scheduled or outbox."));
        return result;
    }
    if (to && *to != *from) {
        // The sender rule: moving to scheduled/outbox needs a sender unless the email already has one.
        const QJsonValue sender
            = changes.contains(u"sender") ? changes.value(u"sender") : current.value(u"sender");
        const QJsonValue when = changes.contains(u"date_scheduled") ? changes.value(u"date_scheduled")
                                                                    : current.value(u"date_scheduled");
        checkStatusNeeds(*to, sender, when, result);
    }
    if (changes.contains(u"followup_date") && to == EmailStatus::Draft
        && !changes.value(u"followup_date").isNull())
        result.fieldErrors.insert(QStringLiteral("followup_date"),
                                  tr("A follow-up date needs a scheduled, outbox or sent email."));
    if (changes.contains(u"send_in") && to != EmailStatus::Outbox
        && !result.fieldErrors.contains(u"send_in"_qs))
        result.fieldErrors.insert(QStringLiteral("send_in"),
                                  tr("Only an email going to the outbox can be delayed."));
    return result;
}

EmailValidation::Result EmailValidation::validateCreate(const QJsonObject &fields)
{
    Result result;
    QJsonObject writable = fields;
    // lead_id is read-only on a PUT but names the lead a new email belongs to.
    writable.remove(u"lead_id"_qs);
    checkFieldValues(writable, result);
    const QJsonValue lead = fields.value(u"lead_id");
    if (isBlank(lead))
        result.fieldErrors.insert(QStringLiteral("lead_id"), requiredMessage());
    else if (!lead.isString())
        result.fieldErrors.insert(QStringLiteral("lead_id"),
                                  tr("Expected %1.").arg(EmailField::kindName(EmailField::Kind::String)));

    if (!fields.contains(u"status")) {
        result.fieldErrors.insert(QStringLiteral("status"), requiredMessage());
        return result;
    }
    const std::optional<EmailStatus> status = EmailStatuses::fromApi(fields.value(u"status").toString());
    if (status)
        checkStatusNeeds(*status, fields.value(u"sender"), fields.value(u"date_scheduled"), result);
    if (fields.contains(u"send_in") && status != EmailStatus::Outbox
        && !result.fieldErrors.contains(u"send_in"_qs))
        result.fieldErrors.insert(QStringLiteral("send_in"),
                                  tr("Only an email going to the outbox can be delayed."));
    return result;
}
