#include "core/api/ApiCall.h"

#include "core/api/HttpReply.h"
#include "core/api/JsonListSalvage.h"
#include "core/api/RateLimitState.h"
#include "core/api/RequestLog.h"
#include "core/api/RetryPolicy.h"
#include "core/api/SecretScrubber.h"

#include <QJsonParseError>

#include <limits>

namespace {
ApiError networkError(HttpFailure failure, const QString &host, int timeoutMs, const QString &why)
{
    using Kind = ApiError::Kind;
    switch (failure) {
    case HttpFailure::TimedOut:
    case HttpFailure::Cancelled:
        return ApiError::make(
            Kind::Timeout,
            ApiError::tr("No answer from %1 within %n second(s).", nullptr, qMax(1, timeoutMs / 1000))
                .arg(host));
    case HttpFailure::TlsFailed:
        return ApiError::make(Kind::Tls,
                              ApiError::tr("The secure connection to %1 could not be trusted, so nothing "
                                           "was sent. Check the address and the system's certificates.")
                                  .arg(host));
    case HttpFailure::Dropped:
        return ApiError::make(Kind::Network,
                              ApiError::tr("The connection to %1 dropped before the answer came.").arg(host));
    case HttpFailure::Refused:
        return ApiError::make(Kind::Network,
                              ApiError::tr("%1 refused the connection. Is the address right?").arg(host));
    case HttpFailure::HostNotFound:
        return ApiError::make(Kind::Network,
                              ApiError::tr("%1 could not be found. Check the address and your "
                                           "internet connection.")
                                  .arg(host));
    case HttpFailure::NotHttp:
        return ApiError::make(Kind::BadResponse,
                              ApiError::tr("%1 answered with something that is not HTTP.").arg(host));
    case HttpFailure::Unavailable:
        return ApiError::make(Kind::Network, ApiError::tr("Nothing was sent to %1: %2").arg(host, why));
    case HttpFailure::None:
    case HttpFailure::Other:
        break;
    }
    return ApiError::make(Kind::Network, ApiError::tr("Could not reach %1.").arg(host));
}
} // namespace

ApiCall::ApiCall(ApiTransport *transport, ApiRequest request, QObject *parent)
    : QObject(parent), m_transport(transport), m_request(std::move(request))
{
    m_delay.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; a retry must never come before the server's Retry-After.
    m_delay.setTimerType(Qt::PreciseTimer);
    connect(&m_delay, &QTimer::timeout, this, &ApiCall::startAttempt);
    // Always start from the event loop: `finished` must never fire inside the call that made us.
    // Held first when the endpoint group's budget is nearly spent (announced when it is long).
    const qint64 pacing = qMin<qint64>(transport->pacingDelayMs(m_request), transport->retries().maxDelayMs);
    hold(pacing, RequestWait {.askedSeconds = double(pacing) / 1000.0, .pacing = true});
    m_dueAtOnce = pacing <= 0;
}

ApiCall::~ApiCall()
{
    endWait(); // no turn is given back here: the client may be going away with its calls
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_delay.stop();
    endWait();
    if (m_readBack)
        m_readBack->cancel();
    if (m_reply) {
        HttpReply *reply = m_reply;
        reply->disconnect(this);
        reply->abort();
        giveBackTurn();
        m_transport->log()->finish(m_logId, 0, {}, {}, m_clock.elapsed(), m_attempt - 1, tr("cancelled"));
        reply->deleteLater();
        m_reply = nullptr;
    }
    ApiResult result;
    result.attempts = m_attempt;
    result.error = ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled."));
    QMetaObject::invokeMethod(
        this, [this, result] { finish(result); }, Qt::QueuedConnection);
}

void ApiCall::startIfDue()
{
    if (m_dueAtOnce && m_attempt == 0 && !m_cancelled && !m_finished && m_delay.isActive()) {
        m_delay.stop();
        startAttempt();
    }
}

void ApiCall::startAttempt()
{
    endWait();
    if (m_cancelled || m_finished)
        return;
    if (m_transport->isUnconnected()) {
        ApiResult result;
        result.error = ApiError::make(ApiError::Kind::NotConnected,
                                      tr("Not connected to Close yet: nothing was sent."));
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    if (const qint64 wait = m_transport->turnDelayMs(m_request); wait > 0) {
        hold(wait, RequestWait {.askedSeconds = double(wait) / 1000.0, .pacing = true});
        return;
    }
    m_hasTurn = true;
    ++m_attempt;
    m_tooLarge = false;
    m_redirectRefused = false;
    m_redirects = 0;
    m_clock.start();
    HttpReply *reply = m_transport->issue(m_request, m_attempt, &m_logId);
    m_attemptUrl = reply->url();
    m_redirectTarget.clear();
    reply->setParent(this);
    m_reply = reply;
    connect(reply, &HttpReply::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &HttpReply::redirected, this, &ApiCall::onRedirected);
    connect(reply, &HttpReply::downloadProgress, this, [this, reply](qint64 received) {
        if (received > m_transport->maxResponseBytes() && !m_tooLarge) {
            m_tooLarge = true;
            reply->abort();
        }
    });
}

void ApiCall::onRedirected(const QUrl &target)
{
    HttpReply *reply = m_reply;
    if (!reply)
        return;
    // Qt has already moved reply->url() to the target: compare with where this attempt was sent.
    const QUrl &from = m_attemptUrl;
    const auto port = [](const QUrl &url) {
        return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    };
    const bool sameOrigin = target.scheme() == from.scheme()
        && target.host().compare(from.host(), Qt::CaseInsensitive) == 0 && port(target) == port(from);
    // Credentials go with the request: follow only to the same origin (so never https → http), and
    // never on a write, which a redirect can turn into a GET that "succeeds" without doing anything.
    const bool write = m_request.method != "GET" && m_request.method != "HEAD";
    if (sameOrigin && !write && ++m_redirects <= 3) {
        reply->allowRedirect();
        return;
    }
    m_redirectRefused = true;
    m_redirectTarget = target;
    reply->abort();
}

void ApiCall::onReplyFinished()
{
    if (!m_reply)
        return;
    // The endpoint group's budget and turn go on at once, even while the answer waits to be read.
    m_transport->noteResponseHeaders(m_request, m_reply);
    giveBackTurn();
    if (!m_transport->holdAnswer(this, [this] { readReply(); }))
        readReply();
}

void ApiCall::readReply()
{
    HttpReply *reply = m_reply;
    if (!reply)
        return; // cancelled while its answer was held
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->status();
    // What the server sent back, without the secret should it repeat it: from here on, messages, the
    // log and every export see only this.
    const SecretScrubber &scrubber = m_transport->scrubber();
    const QByteArray body = scrubber.scrubbed(m_tooLarge ? QByteArray() : reply->readAll());

    ApiResult result;
    result.httpStatus = status;
    result.attempts = m_attempt;
    // A redirect Qt did not get as far as offering (a 307 of a body it cannot send twice) is refused too.
    if (!m_redirectRefused && status >= 300 && status < 400 && reply->hasHeader("Location")) {
        m_redirectRefused = true;
        m_redirectTarget = m_attemptUrl.resolved(QUrl::fromEncoded(reply->header("Location")));
    }
    readAnswer(reply, status, body, result);
    result.error.message = scrubber.scrubbed(result.error.message);

    m_transport->log()->finish(m_logId, status, scrubber.scrubbed(reply->headers()), body, m_clock.elapsed(),
                               m_attempt - 1, result.ok() || status ? QString() : result.error.message);

    // Without an HTTP engine nothing was sent and nothing could be: no retry, no read-back.
    const RetryPolicy::Decision decision = reply->failure() == HttpFailure::Unavailable
        ? RetryPolicy::Decision {}
        : m_transport->retries().decide(m_request, result.error, m_attempt);
    switch (decision.action) {
    case RetryPolicy::Action::Retry: {
        emit retrying(result.error, decision.delayMs);
        const qint64 pacing
            = qMin<qint64>(m_transport->pacingDelayMs(m_request), m_transport->retries().maxDelayMs);
        if (result.error.kind == ApiError::Kind::RateLimited)
            hold(qMax(decision.delayMs, pacing),
                 RequestWait {.askedSeconds = qMax(0.0, result.error.retryAfterSeconds)});
        else if (pacing > decision.delayMs)
            hold(pacing, RequestWait {.askedSeconds = double(pacing) / 1000.0, .pacing = true});
        else
            hold(decision.delayMs, std::nullopt); // a short backoff: not worth a banner
        return;
    }
    case RetryPolicy::Action::ReadBack:
        readBack(result);
        return;
    case RetryPolicy::Action::Finish:
        if (result.error.kind == ApiError::Kind::RateLimited
            && result.error.retryAfterSeconds * 1000 > double(m_transport->retries().maxRateLimitWaitMs))
            result.error.message += u' '
                + tr("Draftdesk does not hold a request that long, so nothing was done: try again later.");
        finish(result);
        return;
    }
}

void ApiCall::readJson(const QByteArray &body, const QString &host, ApiResult &result)
{
    if (body.trimmed().isEmpty()) {
        result.json = QJsonDocument(QJsonObject()); // DELETE may answer 204 or an empty 200
        return;
    }
    QJsonParseError parseError;
    result.json = QJsonDocument::fromJson(body, &parseError);
    // One record nested deeper than Qt parses must not cost a list page its other rows.
    if (parseError.error == QJsonParseError::DeepNesting) {
        if (const std::optional<JsonListSalvage::Result> salvaged = JsonListSalvage::salvage(body)) {
            result.json = salvaged->document;
            parseError.error = QJsonParseError::NoError;
        }
    }
    if (parseError.error != QJsonParseError::NoError) {
        result.error = ApiError::make(ApiError::Kind::BadResponse,
                                      tr("%1 answered with broken JSON (%2 at byte %3).")
                                          .arg(host, parseError.errorString())
                                          .arg(parseError.offset));
        result.error.httpStatus = result.httpStatus;
        result.error.rawBody = body.left(RequestLog::maxBodyBytes);
    }
}

// What the answer is to the caller: an error in words (too large, a refused redirect, an HTTP or network
// error, an unexpected status), or the 2xx body, parsed or as bytes.
void ApiCall::readAnswer(HttpReply *reply, int status, const QByteArray &body, ApiResult &result) const
{
    if (m_tooLarge) {
        result.error = ApiError::make(ApiError::Kind::BadResponse,
                                      tr("The answer was larger than %1 MB and was dropped.")
                                          .arg(m_transport->maxResponseBytes() / (1024 * 1024)));
    } else if (m_redirectRefused) {
        // The target is named without its query: it may carry whatever the redirecting server chose.
        result.error = ApiError::make(
            ApiError::Kind::BadResponse,
            tr("%1 answered with a redirect to %2, which Draftdesk does not follow: it goes only to the same "
               "server and never for a change, so your key stays with %1.")
                .arg(
                    m_attemptUrl.host(),
                    m_redirectTarget.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                        .toString()));
    } else if (status >= 400) {
        result.error = ApiError::fromHttp(status, body);
        if (status == 429)
            readRateLimitWait(reply, result.error);
    } else if (reply->failure() != HttpFailure::None) {
        result.error = networkError(reply->failure(), reply->url().host(), m_transport->transferTimeoutMs(),
                                    reply->errorString());
    } else if (status >= 200 && status < 300) {
        if (m_request.parseJson)
            readJson(body, reply->url().host(), result);
        else
            result.body = body;
    } else {
        result.error
            = ApiError::make(ApiError::Kind::BadResponse, tr("Unexpected answer (HTTP %1).").arg(status));
        result.error.rawBody = body.left(RequestLog::maxBodyBytes);
    }
}

// A 429's wait: the RateLimit header's reset, or Retry-After, whichever is longer.
void ApiCall::readRateLimitWait(HttpReply *reply, ApiError &error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto header = RateLimitState::parse(reply->header("RateLimit"));
    const double retryAfter = RateLimitState::parseRetryAfter(reply->header("Retry-After"), now);
    if (header && header->resetSeconds > 0)
        error.retryAfterSeconds = qMax(header->resetSeconds, retryAfter);
    else if (retryAfter >= 0)
        error.retryAfterSeconds = retryAfter;
    error.message = ApiError::rateLimitMessage(error.retryAfterSeconds);
}

void ApiCall::hold(qint64 delayMs, std::optional<RequestWait> why)
{
    // QTimer takes an int of milliseconds; the policy's clamp keeps waits far below that.
    const qint64 bounded = qBound(qint64(0), delayMs, qint64(std::numeric_limits<int>::max()));
    m_delay.start(int(bounded));
    if (why && bounded >= m_transport->retries().announceWaitMs) {
        m_waitAnnounced = true;
        why->until = QDateTime::currentDateTimeUtc().addMSecs(bounded);
        m_transport->noteWaiting(this, *why);
    }
}

void ApiCall::giveBackTurn()
{
    if (std::exchange(m_hasTurn, false))
        m_transport->attemptOver(m_request);
}

void ApiCall::endWait()
{
    if (std::exchange(m_waitAnnounced, false))
        m_transport->noteWaitOver(this);
}

void ApiCall::readBack(const ApiResult &failed)
{
    ApiCall *call = m_transport->readBackEmail(m_request.emailId);
    m_readBack = call;
    connect(call, &ApiCall::finished, this, [this, failed](const ApiResult &current) {
        ApiResult result = failed;
        result.ambiguous = true;
        if (current.ok())
            result.readBack = current.object();
        else
            result.readBackError = current.error;
        finish(result);
    });
}

void ApiCall::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_cancelled && result.error.kind != ApiError::Kind::Cancelled) {
        result = ApiResult();
        result.attempts = m_attempt;
        result.error = ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled."));
    }
    emit finished(result);
    deleteLater();
}
