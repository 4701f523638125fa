#pragma once

#include "core/email/EmailActivity.h"
#include "core/email/EmailValidation.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// What the user chose in the send dialog, as plain values: the ui describes a send with this and never
// builds the request itself. putBody() turns it into the one PUT that sends or schedules.
struct SendPlan
{
    Q_DECLARE_TR_FUNCTIONS(SendPlan)

public:
    enum class Mode { Now, Schedule };

    Mode mode = Mode::Now;
    QString sender {}; // empty: keep the email's own
    int sendInSeconds = 0; // Now: the undo delay
    QDateTime whenUtc {}; // Schedule: date_scheduled
    QDate followup {}; // Schedule: followup_date, optional
    QByteArray zoneId {}; // Schedule: the zone the time was picked in (how it is shown afterwards)

    // The PUT body: the unsaved `changes` with the status (and the sender and timing) of this plan.
    QJsonObject putBody(const QJsonObject &changes, const EmailActivity &original) const;
    // Close's rules for that PUT, and one of its own: an email with no recipient is a draft only.
    static EmailValidation::Result validate(const EmailActivity &original, const QJsonObject &body);
};
