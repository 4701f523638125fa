#include "core/api/EmailQuery.h"

#include "core/base/IsoDateTime.h"

QUrlQuery EmailQuery::toUrlQuery() const
{
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("lead_id"), leadId);
    add(QStringLiteral("contact_id"), contactId);
    add(QStringLiteral("user_id"), userId);
    add(QStringLiteral("id__in"), ids.join(QLatin1Char(',')));
    add(QStringLiteral("date_created__gte"),
        createdFromMicros ? IsoDateTime::formatMicros(*createdFromMicros)
                          : IsoDateTime::format(createdAfter));
    add(QStringLiteral("date_created__lt"),
        createdUntilMicros ? IsoDateTime::formatMicros(*createdUntilMicros)
                           : IsoDateTime::format(createdBefore));
    add(QStringLiteral("activity_at__gte"), IsoDateTime::format(activityAfter));
    add(QStringLiteral("activity_at__lt"), IsoDateTime::format(activityBefore));
    add(QStringLiteral("_fields"), fields.join(QLatin1Char(',')));
    if (skip > 0)
        query.addQueryItem(QStringLiteral("_skip"), QString::number(skip));
    query.addQueryItem(QStringLiteral("_limit"), QString::number(limit));
    return query;
}
