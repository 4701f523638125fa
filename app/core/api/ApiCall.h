#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/ApiResult.h"
#include "core/api/ApiTransport.h"
#include "core/api/RequestWait.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class HttpReply;

// The handle of one API call: it owns its network reply, retries as the RetryPolicy says, reads an
// email back after an ambiguous send, and emits `finished` exactly once, never from inside the call
// that created it. cancel() ends it with an ApiError of kind Cancelled. It deletes itself after
// `finished`; destroying it (or its client) earlier aborts the reply without emitting anything.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    // Made by CloseClient::send() on its transport; starts on the next turn of the event loop (or at
    // startIfDue()). A child of `parent`, which must outlive nothing: the transport outlives the call.
    ApiCall(ApiTransport *transport, ApiRequest request, QObject *parent);
    ~ApiCall() override;
    // The request log's entry of the latest attempt (0 before the first one starts).
    quint64 logId() const { return m_logId; }

    const ApiRequest &request() const { return m_request; }
    // A 2xx answer's body as JSON into result.json, or a BadResponse error naming `host` (an empty
    // body reads as {}; a list whose one record nests too deep loses only that record).
    static void readJson(const QByteArray &body, const QString &host, ApiResult &result);
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempt; }

    // Starts the first attempt now instead of on the next turn of the event loop, when nothing holds
    // it (no pacing wait, not cancelled, not started). `finished` still comes from the event loop.
    void startIfDue();

public slots:
    void cancel();

signals:
    void finished(const ApiResult &result);
    // This attempt failed with `error` and the call tries again in `delayMs` (finished comes later).
    void retrying(const ApiError &error, qint64 delayMs);

private:
    void startAttempt();
    void onReplyFinished();
    // The answer read: logged, retried, read back or finished (after the transport held it, if so).
    void readReply();
    void readAnswer(HttpReply *reply, int status, const QByteArray &body, ApiResult &result) const;
    static void readRateLimitWait(HttpReply *reply, ApiError &error);
    void onRedirected(const QUrl &url);
    void readBack(const ApiResult &failed);
    void finish(ApiResult result);
    // Holds the next attempt for `delayMs`. A long hold for a reason the user should see (a 429's
    // wait, the group's budget running out) is announced through the transport, with Cancel.
    void hold(qint64 delayMs, std::optional<RequestWait> why);
    void endWait();
    // The transport's turn this attempt holds (taken in startAttempt), given back when it ends.
    void giveBackTurn();

    ApiTransport *m_transport;
    ApiRequest m_request;
    QPointer<HttpReply> m_reply;
    QTimer m_delay;
    QElapsedTimer m_clock;
    quint64 m_logId = 0;
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_redirectRefused = false;
    bool m_waitAnnounced = false;
    bool m_hasTurn = false;
    QUrl m_attemptUrl; // where this attempt went (Qt moves reply->url() along a redirect)
    QUrl m_redirectTarget; // a redirect that was refused, to name it
    bool m_finished = false;
    bool m_dueAtOnce = false; // no pacing held the first attempt: startIfDue() may start it
    QPointer<ApiCall> m_readBack;
};
