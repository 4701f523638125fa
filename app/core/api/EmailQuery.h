#pragma once

#include <QDateTime>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

// The filters, projection and page of a GET /activity/email/ call. There is no server-side filter on
// status (close-api.md), so status is filtered on the client.
struct EmailQuery
{
    QString leadId;
    QString contactId;
    QString userId;
    QStringList ids; // id__in
    QDateTime createdAfter; // date_created__gte
    QDateTime createdBefore; // date_created__lt
    // A date window to the microsecond (ListPlan's); where set, it replaces createdAfter/Before.
    std::optional<qint64> createdFromMicros;
    std::optional<qint64> createdUntilMicros;
    QDateTime activityAfter; // activity_at__gte
    QDateTime activityBefore; // activity_at__lt
    QStringList fields; // _fields; empty: every field
    int skip = 0;
    int limit = 100;

    QUrlQuery toUrlQuery() const;
};
