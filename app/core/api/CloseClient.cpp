#include "core/api/CloseClient.h"

#include "core/api/HttpReply.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <utility>

namespace {
constexpr qsizetype maxQueryLength = 2000; // longer list queries go as POST + X-HTTP-Method-Override
}

CloseClient::CloseClient(HttpEngine *http, QObject *parent) : QObject(parent), m_http(http)
{
    Q_ASSERT(http);
}

QByteArray CloseClient::userAgent()
{
    return QByteArray("Draftdesk/" DRAFTDESK_VERSION " (Qt ") + qVersion() + ')';
}

void CloseClient::setBaseUrl(const QUrl &base)
{
    m_baseUrl = base;
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);
}

void CloseClient::setApiKey(const QString &key)
{
    m_secret = key;
    m_scrubber.setSecret(key);
    m_auth = key.isEmpty() ? std::nullopt : std::optional(AuthMethod::ApiKey);
}

void CloseClient::setBearerToken(const QString &token)
{
    m_secret = token;
    m_scrubber.setSecret(token);
    m_auth = token.isEmpty() ? std::nullopt : std::optional(AuthMethod::OAuthToken);
}

QString CloseClient::pathSegment(const QString &id)
{
    // Percent-encode everything outside the unreserved set, dots included, so an id can never
    // climb out of its path ("..") or add a segment ("/").
    return QString::fromLatin1(QUrl::toPercentEncoding(id, QByteArray(), "."));
}

QUrl CloseClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString full = url.path() + QLatin1Char('/') + path;
    if (!full.endsWith(QLatin1Char('/')))
        full += QLatin1Char('/');
    url.setPath(full, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

CloseClient::~CloseClient()
{
    // Calls are our children and would be deleted after our members: a waiting one would then tell
    // a destroyed m_waiting that its wait is over. End them while everything is still here.
    m_waiting.clear();
    blockSignals(true);
    qDeleteAll(findChildren<ApiCall *>(Qt::FindDirectChildrenOnly));
}

void CloseClient::noteWaiting(ApiCall *call, const Wait &wait)
{
    m_waiting.insert(call, wait);
    emit waitingChanged(waitingUntil());
}

void CloseClient::noteWaitOver(ApiCall *call)
{
    if (m_waiting.remove(call))
        emit waitingChanged(waitingUntil());
}

QDateTime CloseClient::waitingUntil() const
{
    QDateTime latest;
    for (const Wait &wait : m_waiting) {
        if (!latest.isValid() || wait.until > latest)
            latest = wait.until;
    }
    return latest;
}

CloseClient::Wait CloseClient::longestWait() const
{
    Wait longest;
    for (const Wait &wait : m_waiting) {
        if (!longest.until.isValid() || wait.until > longest.until)
            longest = wait;
    }
    return longest;
}

void CloseClient::cancelWaiting()
{
    const QList<ApiCall *> calls = m_waiting.keys();
    for (ApiCall *call : calls)
        call->cancel(); // removes itself from m_waiting
}

QString CloseClient::endpointGroup(const ApiRequest &request)
{
    const QString first = request.path.section(u'/', 0, 0, QString::SectionSkipEmpty);
    return first + (request.isRead() ? QLatin1String(" read") : QLatin1String(" write"));
}

qint64 CloseClient::pacingDelayMs(const ApiRequest &request) const
{
    return m_rateLimits.value(endpointGroup(request)).pacingDelayMs(QDateTime::currentDateTimeUtc());
}

qint64 CloseClient::turnDelayMs(const ApiRequest &request)
{
    const QString group = endpointGroup(request);
    Turns &turns = m_turns[group];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const RateLimitState state = m_rateLimits.value(group);
    constexpr qint64 askAgainMs = 100;
    if (!turns.answered) { // the first request of a group finds out its budget; the others wait for it
        if (turns.inFlight > 0)
            return askAgainMs;
        ++turns.inFlight;
        return 0;
    }
    if (state.isKnown() && state.limit > 0 && state.resetAt.isValid()) {
        const qint64 untilReset = now.msecsTo(state.resetAt);
        // What is left of the window; after a reset the whole budget, as far as anyone can know.
        const int left = untilReset > 0 ? state.remaining : state.limit;
        if (turns.inFlight >= left)
            return untilReset > 0 ? untilReset + 50 : askAgainMs; // the reset, or an answer's header
        // Nearly spent: one request per share of the time left, not all at its start.
        if (untilReset > 0 && qint64(state.remaining) * 10 <= qint64(state.limit)) {
            if (turns.nextAt.isValid() && turns.nextAt > now)
                return now.msecsTo(turns.nextAt);
            turns.nextAt = now.addMSecs(untilReset / qMax(state.remaining, 1));
        }
    }
    ++turns.inFlight;
    return 0;
}

void CloseClient::attemptOver(const ApiRequest &request)
{
    Turns &turns = m_turns[endpointGroup(request)];
    turns.inFlight = qMax(0, turns.inFlight - 1);
    turns.answered = true;
}

void CloseClient::noteResponseHeaders(const ApiRequest &request, HttpReply *reply)
{
    const QByteArray header = reply->header("RateLimit");
    const QString group = endpointGroup(request);
    if (!header.isEmpty() && m_rateLimits[group].update(header, QDateTime::currentDateTimeUtc())) {
        m_lastGroup = group;
        emit rateLimitChanged(m_rateLimits.value(group));
    }
}

HttpReply *CloseClient::issue(const ApiRequest &request, int attempt, quint64 *logId)
{
    QByteArray method = request.method;
    QByteArray body;
    QUrl url;
    if (request.methodOverrideGet) {
        QJsonObject params;
        for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
            params.insert(key, value);
        body
            = QJsonDocument(QJsonObject {{QStringLiteral("_params"), params}}).toJson(QJsonDocument::Compact);
        method = "POST";
        url = urlFor(request.path);
    } else {
        url = urlFor(request.path, request.query);
        if (request.body)
            body = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
    }

    HttpRequest httpRequest;
    httpRequest.method = method;
    httpRequest.url = url;
    httpRequest.transferTimeoutMs = m_timeoutMs;
    httpRequest.redirects = HttpRequest::Redirects::AskFirst;
    httpRequest.maxRedirects = 3;
    httpRequest.headers.emplaceBack(QByteArray("User-Agent"), userAgent());
    httpRequest.headers.emplaceBack(QByteArray("Accept"), "application/json");
    if (!m_tzOffset.isEmpty())
        httpRequest.headers.emplaceBack(QByteArray("X-TZ-Offset"), m_tzOffset.toLatin1());
    if (request.methodOverrideGet)
        httpRequest.headers.emplaceBack(QByteArray("X-HTTP-Method-Override"), "GET");
    const bool hasBody = request.methodOverrideGet || request.body.has_value();
    if (hasBody)
        httpRequest.headers.emplaceBack(QByteArray("Content-Type"), "application/json");

    // The log gets the headers before the secret is added: it never sees it.
    Exchange exchange;
    exchange.started = QDateTime::currentDateTimeUtc();
    exchange.method = method;
    exchange.url = url;
    exchange.auth = m_auth;
    exchange.requestHeaders = httpRequest.headers;
    if (m_auth == AuthMethod::ApiKey)
        exchange.requestHeaders.append(
            qMakePair(QByteArray("Authorization"), QByteArray("Basic [redacted]")));
    else if (m_auth == AuthMethod::OAuthToken)
        exchange.requestHeaders.append(
            qMakePair(QByteArray("Authorization"), QByteArray("Bearer [redacted]")));
    exchange.requestBody = body;
    exchange.retries = attempt - 1;
    *logId = m_log.begin(std::move(exchange));

    if (m_auth == AuthMethod::ApiKey)
        httpRequest.headers.emplaceBack(QByteArray("Authorization"),
                                        "Basic " + QByteArray(m_secret.toUtf8() + ':').toBase64());
    else if (m_auth == AuthMethod::OAuthToken)
        httpRequest.headers.emplaceBack(QByteArray("Authorization"), "Bearer " + m_secret.toUtf8());
    // Writes go out exactly once: the engine never silently re-sends a body.
    if (hasBody)
        httpRequest.body = body;
    return new HttpReply(m_http, httpRequest);
}

ApiCall *CloseClient::send(ApiRequest request)
{
    if (!request.isRead() && request.body && movesToSending(*request.body)) {
        request.mayTriggerSend = true; // never repeated blindly: read back after an ambiguous failure
        if (request.emailId.isEmpty())
            request.emailId = emailIdIn(request.path);
    }
    return new ApiCall(this, std::move(request), this);
}

ApiCall *CloseClient::sendAsWritten(ApiRequest request)
{
    const QString emailId = emailIdIn(request.path);
    const bool deletes = request.method == "DELETE";
    const bool writes = !request.isRead();
    ApiCall *call = send(std::move(request));
    if (!emailId.isEmpty() && writes) {
        connect(call, &ApiCall::finished, this, [this, emailId, deletes](const ApiResult &result) {
            if (!result.ok())
                return;
            if (deletes)
                emit emailDeleted(emailId);
            else if (result.object().value(u"id").toString() == emailId)
                emit emailAnswered(result.object());
        });
    }
    return call;
}

QString CloseClient::emailIdIn(const QString &path)
{
    static const QRegularExpression emailPath(QStringLiteral("^activity/email/([^/]+)/$"));
    return QUrl::fromPercentEncoding(emailPath.match(path).captured(1).toUtf8());
}

void CloseClient::startDueCalls()
{
    for (ApiCall *call : findChildren<ApiCall *>(Qt::FindDirectChildrenOnly))
        call->startIfDue();
}

bool CloseClient::holdAnswer(ApiCall *call, std::function<void()> read)
{
    if (!m_holdingAnswers)
        return false;
    m_heldAnswers.append({call, std::move(read)});
    return true;
}

void CloseClient::releaseAnswers()
{
    m_holdingAnswers = false;
    const auto held = std::exchange(m_heldAnswers, {});
    for (const auto &[call, read] : held) {
        if (call) // a call cancelled or deleted meanwhile has nothing left to read
            read();
    }
}

ApiCall *CloseClient::me()
{
    return send({.path = QStringLiteral("me/")});
}

ApiCall *CloseClient::listEmails(const EmailQuery &query, Answer answer)
{
    ApiRequest request {.path = QStringLiteral("activity/email/"), .query = query.toUrlQuery()};
    request.methodOverrideGet = request.query.toString(QUrl::FullyEncoded).size() > maxQueryLength;
    request.parseJson = answer == Answer::Parsed;
    return send(std::move(request));
}

QString CloseClient::emailPath(const QString &id)
{
    return QStringLiteral("activity/email/") + pathSegment(id) + QLatin1Char('/');
}

ApiCall *CloseClient::email(const QString &id, const QStringList &fields)
{
    QUrlQuery query;
    if (!fields.isEmpty())
        query.addQueryItem(QStringLiteral("_fields"), fields.join(QLatin1Char(',')));
    return send({.path = emailPath(id), .query = query});
}

bool CloseClient::movesToSending(const QJsonObject &fields)
{
    const QString status = fields.value(u"status").toString();
    return status == QLatin1String("outbox") || status == QLatin1String("scheduled");
}

ApiCall *CloseClient::updateEmail(const QString &id, const QJsonObject &changes)
{
    return send({.method = "PUT", .path = emailPath(id), .body = changes, .emailId = id});
}

ApiCall *CloseClient::createEmail(const QJsonObject &fields)
{
    return send({.method = "POST", .path = QStringLiteral("activity/email/"), .body = fields});
}

ApiCall *CloseClient::deleteEmail(const QString &id)
{
    return send({.method = "DELETE", .path = emailPath(id)});
}

ApiCall *CloseClient::connectedAccounts(const QString &userId)
{
    QUrlQuery query;
    if (!userId.isEmpty())
        query.addQueryItem(QStringLiteral("user_id"), userId);
    return send({.path = QStringLiteral("connected_account/"), .query = query});
}

ApiCall *CloseClient::emailTemplates(int skip, int limit, bool includeArchived)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("_skip"), QString::number(skip));
    query.addQueryItem(QStringLiteral("_limit"), QString::number(limit));
    if (!includeArchived)
        query.addQueryItem(QStringLiteral("is_archived"), QStringLiteral("false"));
    return send({.path = QStringLiteral("email_template/"), .query = query});
}

ApiCall *CloseClient::renderTemplate(const QString &templateId, const QString &leadId,
                                     const QString &contactId)
{
    QUrlQuery query;
    if (!leadId.isEmpty())
        query.addQueryItem(QStringLiteral("lead_id"), leadId);
    if (!contactId.isEmpty())
        query.addQueryItem(QStringLiteral("contact_id"), contactId);
    return send(
        {.path = QStringLiteral("email_template/") + pathSegment(templateId) + QStringLiteral("/render/"),
         .query = query});
}

ApiCall *CloseClient::lead(const QString &id)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,display_name,contacts"));
    return send({.path = QStringLiteral("lead/") + pathSegment(id) + QLatin1Char('/'), .query = query});
}

ApiCall *CloseClient::leadsById(const QStringList &ids, const QStringList &fields)
{
    Q_ASSERT(!ids.isEmpty() && ids.size() <= maxLeadsAsked);
    const auto leadField = [](const QString &name) {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("regular_field")},
                            {QStringLiteral("object_type"), QStringLiteral("lead")},
                            {QStringLiteral("field_name"), name}};
    };
    const QJsonObject byId {{QStringLiteral("type"), QStringLiteral("field_condition")},
                            {QStringLiteral("field"), leadField(QStringLiteral("id"))},
                            {QStringLiteral("condition"),
                             QJsonObject {{QStringLiteral("type"), QStringLiteral("reference")},
                                          {QStringLiteral("reference_type"), QStringLiteral("lead")},
                                          {QStringLiteral("object_ids"), QJsonArray::fromStringList(ids)}}}};
    const QJsonObject query {
        {QStringLiteral("type"), QStringLiteral("and")},
        {QStringLiteral("queries"),
         QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("object_type")},
                                  {QStringLiteral("object_type"), QStringLiteral("lead")}},
                     byId}}};
    return send(
        {.method = "POST",
         .path = QStringLiteral("data/search/"),
         .body = QJsonObject {{QStringLiteral("query"), query},
                              {QStringLiteral("_fields"),
                               QJsonObject {{QStringLiteral("lead"), QJsonArray::fromStringList(fields)}}},
                              {QStringLiteral("_limit"), int(ids.size())}},
         .readsByPost = true});
}

ApiCall *CloseClient::searchLeads(const QString &text, int limit)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), text);
    query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,display_name,contacts"));
    query.addQueryItem(QStringLiteral("_limit"), QString::number(limit));
    return send({.path = QStringLiteral("lead/"), .query = query});
}

ApiCall *CloseClient::contact(const QString &id)
{
    return send({.path = QStringLiteral("contact/") + pathSegment(id) + QLatin1Char('/')});
}

ApiCall *CloseClient::requestUpload(const QString &filename, const QString &contentType)
{
    return send({.method = "POST",
                 .path = QStringLiteral("files/upload/"),
                 .body = QJsonObject {{QStringLiteral("filename"), filename},
                                      {QStringLiteral("content_type"), contentType}}});
}

bool CloseClient::isAcceptableUploadTarget(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && ApiBaseUrl::isLoopback(url);
}

namespace {
// A quoted-string for Content-Disposition: no line breaks (they would end the header), quotes
// and backslashes escaped; the rest as UTF-8, as browsers send file names.
QByteArray quotedParameter(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', ' ').replace('\n', ' ');
    return '"' + out + '"';
}
} // namespace

HttpReply *CloseClient::postUploadForm(const QUrl &target, const QList<QPair<QString, QString>> &fields,
                                       QIODevice *file, const QString &filename, const QString &contentType,
                                       quint64 *logId)
{
    if (!isAcceptableUploadTarget(target))
        return nullptr;
    HttpRequest request;
    request.method = "POST";
    request.url = target;
    request.transferTimeoutMs = m_timeoutMs;
    request.redirects = HttpRequest::Redirects::NotFollowed;
    request.headers.emplaceBack(QByteArray("User-Agent"), userAgent());
    QStringList names;
    for (const auto &[name, value] : fields) {
        HttpFormPart part;
        part.headers.emplaceBack(QByteArray("Content-Disposition"),
                                 "form-data; name=" + quotedParameter(name));
        part.body = value.toUtf8();
        request.form.append(part);
        names.append(name);
    }
    HttpFormPart filePart; // S3 reads the fields before the file and ignores what follows it
    filePart.headers.emplaceBack(QByteArray("Content-Disposition"),
                                 "form-data; name=\"file\"; filename=" + quotedParameter(filename));
    filePart.headers.emplaceBack(QByteArray("Content-Type"), contentType.toLatin1());
    filePart.bodyDevice = file;
    request.form.append(filePart);

    Exchange exchange;
    exchange.started = QDateTime::currentDateTimeUtc();
    exchange.method = "POST";
    exchange.url = target;
    exchange.requestHeaders.append(qMakePair(QByteArray("User-Agent"), userAgent()));
    exchange.requestHeaders.append(qMakePair(QByteArray("Content-Type"), QByteArray("multipart/form-data")));
    // What went, not the field values: the signed policy lets anyone upload for a minute.
    exchange.requestBody = QStringLiteral("[multipart/form-data: fields %1; file \"%2\" (%3, %4 bytes)]")
                               .arg(names.join(QLatin1String(", ")), filename, contentType)
                               .arg(file->size())
                               .toUtf8();
    *logId = m_log.begin(std::move(exchange));

    // A child of the client, as long as the upload does not take it.
    return new HttpReply(m_http, request, this);
}

void CloseClient::finishUploadLog(quint64 logId, HttpReply *reply, const QByteArray &body, qint64 durationMs)
{
    const int status = reply->status();
    m_log.finish(
        logId, status, m_scrubber.scrubbed(reply->headers()), m_scrubber.scrubbed(body), durationMs, 0,
        reply->failure() == HttpFailure::None || status > 0 ? QString()
                                                            : m_scrubber.scrubbed(reply->errorString()));
}

void CloseClient::setCredentials(AuthMethod method, const QString &secret)
{
    if (method == AuthMethod::OAuthToken)
        setBearerToken(secret);
    else
        setApiKey(secret);
}
