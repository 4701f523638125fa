#include "core/email/EmailStatus.h"

#include <QCoreApplication>

#include <array>

namespace {
struct StatusName
{
    EmailStatus status;
    QLatin1String api;
};

constexpr std::array statusNames {
    StatusName {EmailStatus::Inbox, QLatin1String("inbox")},
    StatusName {EmailStatus::Draft, QLatin1String("draft")},
    StatusName {EmailStatus::Scheduled, QLatin1String("scheduled")},
    StatusName {EmailStatus::Outbox, QLatin1String("outbox")},
    StatusName {EmailStatus::Sent, QLatin1String("sent")},
    StatusName {EmailStatus::Error, QLatin1String("error")},
};
} // namespace

std::optional<EmailStatus> EmailStatuses::fromApi(QStringView name)
{
    for (const StatusName &entry : statusNames) {
        if (name == entry.api)
            return entry.status;
    }
    return std::nullopt;
}

QString EmailStatuses::toApi(EmailStatus status)
{
    for (const StatusName &entry : statusNames) {
        if (entry.status == status)
            return entry.api;
    }
    Q_UNREACHABLE();
    return {};
}

QString EmailStatuses::displayName(EmailStatus status)
{
    switch (status) {
    case EmailStatus::Inbox:
        return QCoreApplication::translate("EmailStatus", "Inbox");
    case EmailStatus::Draft:
        return QCoreApplication::translate("EmailStatus", "Draft");
    case EmailStatus::Scheduled:
        return QCoreApplication::translate("EmailStatus", "Scheduled");
    case EmailStatus::Outbox:
        return QCoreApplication::translate("EmailStatus", "Outbox");
    case EmailStatus::Sent:
        return QCoreApplication::translate("EmailStatus", "Sent");
    case EmailStatus::Error:
        return QCoreApplication::translate("EmailStatus", "Error");
    }
    Q_UNREACHABLE();
    return {};
}

bool EmailStatuses::canTransition(EmailStatus from, EmailStatus to)
{
    switch (from) {
    case EmailStatus::Draft:
        return to == EmailStatus::Draft || to == EmailStatus::Scheduled || to == EmailStatus::Outbox;
    case EmailStatus::Scheduled:
    case EmailStatus::Outbox:
        return to == EmailStatus::Draft;
    case EmailStatus::Inbox:
    case EmailStatus::Sent:
    case EmailStatus::Error:
        return false;
    }
    return false;
}

bool EmailStatuses::requiresSender(EmailStatus status)
{
    return status == EmailStatus::Inbox || status == EmailStatus::Scheduled || status == EmailStatus::Outbox
        || status == EmailStatus::Error;
}
