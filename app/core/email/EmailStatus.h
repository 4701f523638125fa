#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// The six states of a Close email activity and the moves between them that a PUT may make.
enum class EmailStatus { Inbox, Draft, Scheduled, Outbox, Sent, Error };

namespace EmailStatuses {
// "draft" → Draft; nullopt for anything else (the API's enum is closed).
std::optional<EmailStatus> fromApi(QStringView name);
QString toApi(EmailStatus status);
// A translated, human name ("Draft", "Scheduled", …).
QString displayName(EmailStatus status);
// Only drafts can be modified; a draft may become scheduled or outbox; a scheduled or not-yet-sent
// outbox email goes back to draft (that cancels the send). Staying in the same status is allowed
// for drafts only.
bool canTransition(EmailStatus from, EmailStatus to);
// Statuses for which the API requires a sender (inbox, scheduled, outbox, error).
bool requiresSender(EmailStatus status);
} // namespace EmailStatuses

Q_DECLARE_METATYPE(EmailStatus)
