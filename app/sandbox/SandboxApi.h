#pragma once

#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxExchange.h"
#include "sandbox/SandboxFiles.h"
#include "sandbox/SandboxStore.h"

#include <QRandomGenerator>
#include <QRegularExpressionMatch>

#include <functional>

// The email-activity part of the Close API, as rules over a SandboxStore: routes, auth, validation,
// pagination, projections, filters, status transitions, rate limits and error bodies as close-api.md
// describes them. Knows nothing of sockets (SandboxServer carries requests in and answers out), so
// every rule can be tested directly as well as over real HTTP.
class SandboxApi final
{
public:
    static constexpr int maxLimit = 100;
    // Close caps _skip per resource; 10,000 is the sandbox's choice for emails (an option).
    static constexpr int defaultMaxSkip = 10000;
    static constexpr qsizetype maxBodyBytes = 10 * 1024 * 1024;
    static inline const QString basePath = QStringLiteral("/api/v1");

    SandboxApi(SandboxStore &store, const SandboxClock &clock);

    void setApiKey(const QString &key) { m_apiKey = key; }
    QString apiKey() const { return m_apiKey; }
    void setOAuthToken(const QString &token) { m_oauthToken = token; }
    RateLimiter &rateLimiter() { return m_rateLimiter; }
    SandboxFiles &files() { return m_files; }
    // Share (0..1) of sends that end in `error` instead of `sent`.
    void setSendErrorShare(double share) { m_sendErrorShare = share; }
    void setMaxSkip(int maxSkip) { m_maxSkip = qMax(0, maxSkip); }
    int maxSkip() const { return m_maxSkip; }

    SandboxResponse handle(const SandboxRequest &request);
    // Turns due outbox and scheduled emails into sent (or error). Returns how many changed.
    int processDueSends();

    // Called after every change to the store (for --data persistence).
    std::function<void()> onChanged;

    // "Basic a2V5Og==" → "key" when the password is empty; empty otherwise.
    static QString apiKeyFromBasic(const QByteArray &authorization);

private:
    using Params = QMap<QString, QString>;
    enum class Route {
        EmailList,
        EmailOne,
        Me,
        ConnectedAccounts,
        Templates,
        TemplateRender,
        Lead,
        LeadList,
        Contact,
        FilesUpload,
        None
    };
    struct RouteMatch
    {
        Route route = Route::None;
        QString id;
        QString group; // rate-limit group, e.g. "activity/email"
    };
    static RouteMatch matchRoute(const QString &path);
    static QString allowedMethods(Route route);

    bool authenticate(const SandboxRequest &request, QString *principal) const;
    SandboxResponse route(const SandboxRequest &request, const RouteMatch &match);
    static std::optional<QJsonObject> jsonBody(const SandboxRequest &request, SandboxResponse *error);

    SandboxResponse listEmails(const Params &params);
    SandboxResponse getEmail(const QString &id, const Params &params);
    SandboxResponse createEmail(const QJsonObject &fields);
    SandboxResponse updateEmail(const QString &id, const QJsonObject &changes);
    SandboxResponse deleteEmail(const QString &id);
    SandboxResponse me() const;
    SandboxResponse connectedAccounts(const Params &params) const;
    SandboxResponse templates(const Params &params) const;
    SandboxResponse renderTemplate(const QString &id, const Params &params) const;
    SandboxResponse lead(const QString &id, const Params &params) const;
    // GET /lead/?query=…: every word of the query in the lead's name or a contact's name or address.
    SandboxResponse leads(const Params &params) const;
    QJsonObject leadWithContacts(const QString &id) const;
    SandboxResponse contact(const QString &id) const;

    void scheduleSend(QJsonObject &email, int sendInSeconds);
    void changed();
    const QJsonObject &currentUser() const;
    static Params paramsFrom(const QUrlQuery &query);
    static Params paramsFrom(const QJsonObject &object);
    static QStringList fieldList(const Params &params);
    static QJsonObject project(const QJsonObject &object, const QStringList &fields);
    static SandboxResponse validationError(const QMap<QString, QString> &fieldErrors,
                                           const QStringList &errors = {});

    SandboxStore &m_store;
    const SandboxClock &m_clock;
    RateLimiter m_rateLimiter;
    SandboxFiles m_files;
    QRandomGenerator m_random {7};
    QString m_apiKey;
    QString m_oauthToken;
    double m_sendErrorShare = 0;
    int m_maxSkip = defaultMaxSkip;
};
