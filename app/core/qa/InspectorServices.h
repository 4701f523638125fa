#pragma once

#include "core/api/ApiRequest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class ApiCall;
class CloseClient;

// What the network inspector does with the request log, kept out of the connection: replaying an
// exchange (and saying first whether that could send an email) and writing the log as HAR 1.2.
// Secrets are redacted in the log already, so nothing here can leak one.
class InspectorServices final
{
public:
    explicit InspectorServices(CloseClient *client) : m_client(client) { }

    // True when repeating this exchange could send an email (a write that moves a draft to the
    // outbox or schedules it): ask first.
    bool replayCouldSend(quint64 exchangeId) const;
    // Sends the logged request again through the same client; nullptr when it is gone from the log.
    ApiCall *replay(quint64 exchangeId);
    bool exportHar(const QString &path, QString *error) const;

    // What the server did with a logged PUT or POST, field by field (against the latest earlier
    // answer for the same path); empty for anything else.
    QStringList serverChanges(quint64 exchangeId) const;

    // A logged request as text to edit and send again: the path below the API base.
    struct EditableRequest
    {
        QString method;
        QString path;
        QString query;
        QString body; // indented JSON, or empty
    };
    std::optional<EditableRequest> editable(quint64 exchangeId) const;
    // The edited request as the client will send it, or why it cannot go (in *problem): the JSON
    // body's syntax error with line and column, a path that leaves the API, an unknown method.
    std::optional<ApiRequest> buildRequest(const EditableRequest &edited, QString *problem) const;
    // The email rules the edited request breaks, as QA mode shows them: warnings, it may still go.
    QStringList ruleWarnings(const EditableRequest &edited) const;
    // What stands in the way of sending the edited request (nothing when it can go), whether it
    // could send an email (ask first), and sending it through the client: the log records it like
    // any other request. False when it cannot go.
    std::optional<QString> problemWith(const EditableRequest &edited) const;
    bool couldSend(const EditableRequest &edited) const;
    bool send(const EditableRequest &edited);

    // The rate limit of each endpoint group as the log shows it: the last RateLimit header, and
    // the 429s with their waits, oldest first.
    struct RateLimitPoint
    {
        QDateTime at;
        int limit = -1;
        int remaining = -1;
        double resetSeconds = -1;
        bool limited = false; // a 429
        double waitSeconds = -1; // its Retry-After (or reset)
    };
    struct RateLimitGroup
    {
        QString group; // "activity/email write"
        QList<RateLimitPoint> points;
        int rateLimited = 0;
    };
    QList<RateLimitGroup> rateLimits() const;
    // One line per group: "activity/email read: 97 of 100 left, resets in 4 s; 1 × 429 (waited 2 s)".
    static QStringList describe(const QList<RateLimitGroup> &groups, const QDateTime &now);
    // The remaining budget over time as block characters ("▇▇▆▅▂ ▇"), 429s as "!".
    static QString sparkline(const RateLimitGroup &group, int width = 24);

private:
    // "activity/email/acti_x/" for an exchange with the client's base ("/api/v1/activity/…").
    QString pathBelowBase(const QUrl &url) const;

    CloseClient *m_client;
};
