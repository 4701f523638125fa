#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// What the user chose in the send dialog, as plain values: the ui describes a send with this and never
// builds the request itself (DraftSession turns it into the one PUT).
struct SendPlan
{
    enum class Mode { Now, Schedule };

    Mode mode = Mode::Now;
    QString sender {}; // empty: keep the email's own
    int sendInSeconds = 0; // Now: the undo delay
    QDateTime whenUtc {}; // Schedule: date_scheduled
    QDate followup {}; // Schedule: followup_date, optional
};
