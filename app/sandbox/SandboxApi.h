#pragma once

#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxDirectory.h"
#include "sandbox/SandboxEmails.h"
#include "sandbox/SandboxEvents.h"
#include "sandbox/SandboxExchange.h"
#include "sandbox/SandboxFiles.h"
#include "sandbox/SandboxSearch.h"
#include "sandbox/SandboxStore.h"

#include <QRegularExpressionMatch>

#include <functional>

// The email-activity part of the Close API, as rules over a SandboxStore: this class routes requests,
// authenticates them and reads their bodies; SandboxEmails, SandboxDirectory and SandboxFiles answer
// them (validation, pagination, projections, filters, status transitions and error bodies as Close
// documents them), and RateLimiter counts them. Knows nothing of sockets (SandboxServer carries requests in
// and answers out), so every rule can be tested directly as well as over real HTTP.
class SandboxApi final
{
public:
    static constexpr int maxLimit = SandboxParams::maxLimit;
    static constexpr int defaultMaxSkip = SandboxEmails::defaultMaxSkip;
    static constexpr qsizetype maxBodyBytes = 10 * 1024 * 1024;
    static inline const QString basePath = QStringLiteral("/api/v1");

    SandboxApi(SandboxStore &store, const SandboxClock &clock);

    void setApiKey(const QString &key) { m_apiKey = key; }
    QString apiKey() const { return m_apiKey; }
    void setOAuthToken(const QString &token) { m_oauthToken = token; }
    RateLimiter &rateLimiter() { return m_rateLimiter; }
    SandboxFiles &files() { return m_files; }
    SandboxEmails &emails() { return m_emails; }
    SandboxEvents &events() { return m_events; }
    // Share (0..1) of sends that end in `error` instead of `sent`.
    void setSendErrorShare(double share) { m_emails.setSendErrorShare(share); }
    void setMaxSkip(int maxSkip) { m_emails.setMaxSkip(maxSkip); }
    int maxSkip() const { return m_emails.maxSkip(); }

    SandboxResponse handle(const SandboxRequest &request);
    // Turns due outbox and scheduled emails into sent (or error). Returns how many changed.
    int processDueSends() { return m_emails.processDueSends(); }
    // Called after every change to the store (for --data persistence).
    void setOnChanged(std::function<void()> onChanged) { m_emails.onChanged = std::move(onChanged); }

    // "Basic a2V5Og==" → "key" when the password is empty; empty otherwise.
    static QString apiKeyFromBasic(const QByteArray &authorization);

private:
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
        EventList,
        EventOne,
        DataSearch,
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
    // The actor the event log names for a request made with this principal.
    SandboxActor actorFor(const SandboxRequest &request, const QString &principal);
    SandboxResponse route(const SandboxRequest &request, const RouteMatch &match);
    static std::optional<QJsonObject> jsonBody(const SandboxRequest &request, SandboxResponse *error);

    const SandboxClock &m_clock;
    RateLimiter m_rateLimiter;
    SandboxFiles m_files;
    SandboxDirectory m_directory;
    SandboxSearch m_search;
    SandboxEvents m_events;
    SandboxEmails m_emails;
    QString m_apiKey;
    QString m_oauthToken;
};
