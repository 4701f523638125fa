#pragma once

#include "core/email/EmailActivity.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

// The rules the Close API documents for creating and updating an email activity, as code that the
// editor (live hints), the send dialog (blocking) and the sandbox (server answers) share. Its result
// has the API's own error shape: non-field "errors" and "field-errors" (field → message).
class EmailValidation final
{
    Q_DECLARE_TR_FUNCTIONS(EmailValidation)

public:
    static constexpr qsizetype maxSubjectLength = 1000;
    static constexpr qsizetype maxBodyLength = 1048576;
    static constexpr qsizetype maxRecipients = 500;
    static constexpr qsizetype maxRecipientLength = 1000;
    static constexpr qint64 minFollowupSequenceDelay = 86400;
    static constexpr qint64 maxSendIn = 59;
    static constexpr qsizetype maxAttachments = 1000;

    struct Result
    {
        QStringList errors;
        QMap<QString, QString> fieldErrors;

        bool ok() const { return errors.isEmpty() && fieldErrors.isEmpty(); }
        // {"errors": [...], "field-errors": {...}} as the API answers a 400.
        QJsonObject toApiJson() const;
    };

    // A PUT body (changes) against the email it would change (current).
    static Result validateUpdate(const EmailActivity &current, const QJsonObject &changes);
    // A POST body for a new email.
    static Result validateCreate(const QJsonObject &fields);

private:
    static void checkFieldValues(const QJsonObject &fields, Result &result);
    static void checkStatusNeeds(EmailStatus status, const QJsonValue &sender,
                                 const QJsonValue &dateScheduled, Result &result);
};
