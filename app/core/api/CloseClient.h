#pragma once

#include "core/api/ApiBaseUrl.h"
#include "core/api/ApiCall.h"
#include "core/api/ApiTransport.h"
#include "core/api/EmailQuery.h"
#include "core/api/RateLimitState.h"
#include "core/api/RequestLog.h"
#include "core/api/RequestWait.h"
#include "core/api/RetryPolicy.h"
#include "core/api/SecretScrubber.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class HttpEngine;
class HttpReply;

// The one place that talks HTTP to Close. Builds every URL (any base with a path prefix works),
// authenticates (API key as Basic user with an empty password, or an OAuth bearer token), sets a
// timeout, a redirect policy and a size cap on every request, follows the server's rate limits, and
// records each exchange, secrets redacted, in its RequestLog. The HTTP engine is injected (the
// program's loads Qt Network after the first frame, tests script theirs); the client makes none.
class CloseClient final : public QObject, private ApiTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseClient)

public:
    explicit CloseClient(HttpEngine *http, QObject *parent = nullptr);
    ~CloseClient() override;

    static QByteArray userAgent();

    void setBaseUrl(const QUrl &base);
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key);
    void setBearerToken(const QString &token);
    // The API key or the OAuth token, as `method` says.
    void setCredentials(AuthMethod method, const QString &secret);
    bool hasCredentials() const { return !m_secret.isEmpty(); }
    // Until a connection is made (the session's key read, its address set), no request goes out, to
    // Close's default address or any other: each call fails at once with ApiError::Kind::NotConnected,
    // which a save takes as "waits for Close". Off by default (a client made with its key at once).
    void setUnconnected(bool unconnected) { m_unconnected = unconnected; }
    void setTimeout(int msecs) { m_timeoutMs = msecs; }
    int timeout() const { return m_timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    // Sent as X-TZ-Offset (e.g. "-4", "5.5") only when set; empty removes it.
    void setTimeZoneOffset(const QString &hours) { m_tzOffset = hours; }
    RetryPolicy &retryPolicy() { return m_retryPolicy; }
    RequestLog *requestLog() { return &m_log; }
    const RequestLog *requestLog() const { return &m_log; }
    // The budget of the endpoint group answered last (the status bar shows it).
    RateLimitState rateLimit() const { return m_rateLimits.value(m_lastGroup); }
    // Close counts requests per endpoint group (path and read/write); so does the client's pacing.
    static QString endpointGroup(const ApiRequest &request);

    // Calls made so far leave now, not on the next turn of the event loop (those a rate-limit wait
    // holds excepted): at start-up the first requests travel while the window is being built.
    void startDueCalls();
    // Answers that come while held wait, in the order they came, until releaseAnswers(); requests
    // still go out meanwhile. At start the window holds them until it has painted the stored list:
    // what is done with Close's first answers then comes in the next frame instead of delaying the
    // first one.
    void holdAnswers() { m_holdingAnswers = true; }
    void releaseAnswers();
    bool holdsAnswers() const { return m_holdingAnswers; }

    ApiCall *me();
    // How a 2xx answer reaches the caller: parsed into ApiResult::json, or as bytes in ApiResult::body
    // for a reader of the caller's own (see ApiRequest::parseJson).
    enum class Answer { Parsed, Bytes };
    ApiCall *listEmails(const EmailQuery &query, Answer answer = Answer::Parsed);
    ApiCall *email(const QString &id, const QStringList &fields = {});
    // A PUT with exactly `changes`; one that moves the email to outbox or scheduled is never repeated
    // after an ambiguous failure and is read back instead.
    ApiCall *updateEmail(const QString &id, const QJsonObject &changes);
    ApiCall *createEmail(const QJsonObject &fields);
    ApiCall *deleteEmail(const QString &id);
    ApiCall *connectedAccounts(const QString &userId);
    ApiCall *emailTemplates(int skip = 0, int limit = 100, bool includeArchived = false);
    ApiCall *renderTemplate(const QString &templateId, const QString &leadId, const QString &contactId);
    ApiCall *lead(const QString &id);
    // The leads with these ids (at most maxLeadsAsked), each as {"__object_type", "id", and `fields`}, in
    // one Advanced Filtering search (POST /data/search/: an object_type query and a reference condition
    // on the lead id). A lead that is gone or hidden from the key is simply not among the results.
    static constexpr int maxLeadsAsked = 100;
    ApiCall *leadsById(const QStringList &ids, const QStringList &fields);
    // Leads whose name, contacts or addresses match what a person typed (GET /lead/?query=…), each
    // with its contacts, for picking who a new draft goes to.
    ApiCall *searchLeads(const QString &text, int limit = 20);
    ApiCall *contact(const QString &id);
    // An upload slot for one file (POST /files/upload/): Close answers with an S3 form to post the
    // file to and the URL the file will then have in an email's `attachments`.
    ApiCall *requestUpload(const QString &filename, const QString &contentType);
    // The form post of an upload slot, to the slot's target (S3, not Close): the slot's fields in
    // order, then the file. Carries no credentials and follows no redirect. The request log records
    // it with the fields' names but not their values (the signed policy is a short-lived secret of
    // its own). Finish it with finishUploadLog(). Null when the target is not acceptable.
    HttpReply *postUploadForm(const QUrl &target, const QList<QPair<QString, QString>> &fields,
                              QIODevice *file, const QString &filename, const QString &contentType,
                              quint64 *logId);
    void finishUploadLog(quint64 logId, HttpReply *reply, const QByteArray &body, qint64 durationMs);
    // Where a file may be posted: https anywhere (S3), or plain http on this machine only (the
    // sandbox). Never with a user name or password in the URL.
    static bool isAcceptableUploadTarget(const QUrl &url);
    // Any request (the inspector's Replay and Edit and Resend, scenarios). A write whose body moves
    // an email to the outbox or schedules it is marked as one that may send, whoever built it.
    ApiCall *send(ApiRequest request);
    // A request as a person wrote it (Replay, Edit and Resend, a scenario step): send(), and when a
    // write answers with Close's copy of an email or deletes one, emailAnswered or emailDeleted.
    ApiCall *sendAsWritten(ApiRequest request);
    // Whether a write with these fields may send an email (status outbox or scheduled).
    static bool movesToSending(const QJsonObject &fields);

    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;
    static QString pathSegment(const QString &id);

    using Wait = RequestWait;

public:
    // Calls held back because Close asked for a long wait (a 429's Retry-After or reset): when the
    // last of them may go again, or invalid when none waits. The window shows it with a countdown.
    QDateTime waitingUntil() const;
    // The wait that ends last (none: invalid until).
    Wait longestWait() const;
    // Gives up every such wait: the calls finish as cancelled (nothing was done by Close).
    void cancelWaiting();

signals:
    void rateLimitChanged(const RateLimitState &state);
    // waitingUntil() changed (invalid: nothing waits any more).
    void waitingChanged(const QDateTime &until);
    // A write sent as written (sendAsWritten(): Replay, Edit and Resend, a scenario step) answered with
    // Close's copy of one email, or deleted one: the views of it follow (Drafts), as for their own.
    void emailAnswered(const QJsonObject &email);
    void emailDeleted(const QString &id);

private:
    // ApiTransport: what the calls made here drive (see ApiTransport.h).
    HttpReply *issue(const ApiRequest &request, int attempt, quint64 *logId) override;
    void noteResponseHeaders(const ApiRequest &request, HttpReply *reply) override;
    qint64 pacingDelayMs(const ApiRequest &request) const override;
    qint64 turnDelayMs(const ApiRequest &request) override;
    void attemptOver(const ApiRequest &request) override;
    qint64 maxResponseBytes() const override { return m_maxResponseBytes; }
    int transferTimeoutMs() const override { return m_timeoutMs; }
    const RetryPolicy &retries() const override { return m_retryPolicy; }
    RequestLog *log() override { return &m_log; }
    const SecretScrubber &scrubber() const override { return m_scrubber; }
    void noteWaiting(ApiCall *call, const Wait &wait) override;
    void noteWaitOver(ApiCall *call) override;
    ApiCall *readBackEmail(const QString &emailId) override { return email(emailId); }
    bool isUnconnected() const override { return m_unconnected; }
    bool holdAnswer(ApiCall *call, std::function<void()> read) override;

    static QString emailPath(const QString &id);
    // "acti_x" for "activity/email/acti_x/", else empty.
    static QString emailIdIn(const QString &path);

    HttpEngine *m_http;
    QUrl m_baseUrl = ApiBaseUrl::defaultUrl();
    bool m_unconnected = false;
    // Per endpoint group: the attempts on the wire, whether an answer has been seen (until then one
    // request finds out the budget), and when the next one may go while the budget is nearly spent.
    struct Turns
    {
        int inFlight = 0;
        bool answered = false;
        QDateTime nextAt;
    };
    QHash<QString, Turns> m_turns;
    QString m_secret;
    SecretScrubber m_scrubber;
    std::optional<AuthMethod> m_auth; // none until a key or token is set
    QString m_tzOffset;
    int m_timeoutMs = 30000;
    qint64 m_maxResponseBytes = 64LL * 1024 * 1024;
    RetryPolicy m_retryPolicy;
    RequestLog m_log;
    QHash<QString, RateLimitState> m_rateLimits; // by endpointGroup()
    QString m_lastGroup;
    QHash<ApiCall *, Wait> m_waiting;
    bool m_holdingAnswers = false;
    QList<std::pair<QPointer<ApiCall>, std::function<void()>>> m_heldAnswers; // in the order they came
};
