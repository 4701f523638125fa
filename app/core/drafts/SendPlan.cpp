#include "core/drafts/SendPlan.h"

#include "core/base/IsoDateTime.h"

#include <QJsonArray>

QJsonObject SendPlan::putBody(const QJsonObject &changes, const EmailActivity &original) const
{
    QJsonObject body = changes;
    const QString trimmed = sender.trimmed();
    if (!trimmed.isEmpty() && trimmed != original.sender())
        body.insert(QStringLiteral("sender"), trimmed);
    else
        body.remove(QStringLiteral("sender")); // an emptied sender field must not clear a set sender now
    if (mode == Mode::Now) {
        body.insert(QStringLiteral("status"), QStringLiteral("outbox"));
        body.insert(QStringLiteral("send_in"), sendInSeconds);
        return body;
    }
    body.insert(QStringLiteral("status"), QStringLiteral("scheduled"));
    body.insert(QStringLiteral("date_scheduled"), IsoDateTime::format(whenUtc));
    if (followup.isValid())
        body.insert(QStringLiteral("followup_date"), followup.toString(Qt::ISODate));
    return body;
}

EmailValidation::Result SendPlan::validate(const EmailActivity &original, const QJsonObject &body)
{
    EmailValidation::Result result = EmailValidation::validateUpdate(original, body);
    // Close accepts an email with no recipient as a draft only.
    const QJsonValue to = body.contains(u"to") ? body.value(u"to") : original.value(u"to");
    const QJsonValue cc = body.contains(u"cc") ? body.value(u"cc") : original.value(u"cc");
    const QJsonValue bcc = body.contains(u"bcc") ? body.value(u"bcc") : original.value(u"bcc");
    if (to.toArray().isEmpty() && cc.toArray().isEmpty() && bcc.toArray().isEmpty()
        && !result.fieldErrors.contains(u"to"_qs))
        result.fieldErrors.insert(QStringLiteral("to"), tr("Add at least one recipient."));
    return result;
}
