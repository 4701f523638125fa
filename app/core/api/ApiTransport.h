#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/RequestWait.h"

#include <QtGlobal>

#include <functional>

class ApiCall;
class HttpReply;
class QString;
class RequestLog;
class RetryPolicy;
class SecretScrubber;

// What an ApiCall needs of the connection that made it, and nothing more. CloseClient implements it
// privately and hands it to each call it makes, so a call cannot reach the rest of the client and the
// client's public face has no members "only ApiCall may call".
class ApiTransport
{
public:
    virtual ~ApiTransport() = default;

    // Puts one attempt on the wire, logged without the secret; the reply is the caller's.
    virtual HttpReply *issue(const ApiRequest &request, int attempt, quint64 *logId) = 0;
    // Takes note of an answer's rate-limit headers, per endpoint group.
    virtual void noteResponseHeaders(const ApiRequest &request, HttpReply *reply) = 0;
    // How long the endpoint group's budget asks the next request to wait.
    virtual qint64 pacingDelayMs(const ApiRequest &request) const = 0;
    // Just before an attempt goes on the wire: 0 when it may go now (its turn is then taken until
    // attemptOver), else how long to wait before asking again. Requests waiting in line never go out
    // together: no more go at once than the group's budget has left (one, while it is not known yet).
    virtual qint64 turnDelayMs(const ApiRequest &request) = 0;
    virtual void attemptOver(const ApiRequest &request) = 0;
    // The largest answer accepted, and how long an answer may take.
    virtual qint64 maxResponseBytes() const = 0;
    virtual int transferTimeoutMs() const = 0;
    virtual const RetryPolicy &retries() const = 0;
    virtual RequestLog *log() = 0;
    // Takes the secret out of what a server sent back (an echoing proxy), before anything keeps it.
    virtual const SecretScrubber &scrubber() const = 0;
    // A long hold the user should see (with Cancel), and its end.
    virtual void noteWaiting(ApiCall *call, const RequestWait &wait) = 0;
    virtual void noteWaitOver(ApiCall *call) = 0;
    // The email as Close has it now: read back after a write that may have sent it failed ambiguously.
    virtual ApiCall *readBackEmail(const QString &emailId) = 0;
    // No connection is made yet: an attempt does not go out, and its call fails with NotConnected.
    virtual bool isUnconnected() const = 0;
    // While answers are held (CloseClient::holdAnswers): keeps `read` to run once they are released,
    // and says true. Else false: the call reads its answer now.
    virtual bool holdAnswer(ApiCall *call, std::function<void()> read) = 0;

protected:
    ApiTransport() = default;
    Q_DISABLE_COPY_MOVE(ApiTransport)
};
