#include "sandbox/SandboxServer.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcSandbox, "draftdesk.sandbox", QtInfoMsg)

namespace {
// The key in "Basic base64(key:)", as an echoing server would print it.
QByteArray keyIn(const QByteArray &authorization)
{
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(authorization.indexOf(' ') + 1));
    return decoded.endsWith(':') ? decoded.chopped(1) : decoded;
}

// A list page with its second record spoiled as a careless server might: a subject cut inside a
// UTF-8 sequence, or a number no double holds. A body that is not a list page is left as it is.
QByteArray spoilSecondRecord(QByteArray body, bool badUtf8)
{
    const qsizetype data = body.indexOf("\"data\":[");
    const qsizetype first = data < 0 ? -1 : body.indexOf("{\"", data);
    const qsizetype second = first < 0 ? -1 : body.indexOf("},{\"", first);
    if (second < 0)
        return body;
    const qsizetype record = second + 2;
    if (!badUtf8)
        return body.insert(record + 1, "\"bad_number\":1e400,");
    const qsizetype subject = body.indexOf("\"subject\":\"", record);
    return subject < 0 ? body : body.insert(subject + 11, "\xC3\x28");
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArray("UNKNOWN");
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}
} // namespace

SandboxServer::SandboxServer(SandboxStore &store, const SandboxClock &clock, QObject *parent)
    : QAbstractHttpServer(parent), m_store(store), m_api(store, clock)
{
    m_api.setOnChanged([this] {
        if (m_dataFile.isEmpty())
            return;
        QString error;
        if (!m_store.saveTo(m_dataFile, &error))
            qCWarning(lcSandbox).noquote() << "could not save" << m_dataFile << ":" << error;
    });
    connect(&m_dueTimer, &QTimer::timeout, this, [this] { m_api.processDueSends(); });
}

quint16 SandboxServer::start(quint16 port)
{
    // Loopback only: the sandbox is never reachable from another machine.
    m_port = listen(QHostAddress::LocalHost, port);
    m_api.files().setOrigin(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(SandboxApi::basePath));
}

void SandboxServer::setDataFile(const QString &path)
{
    m_dataFile = path;
}

void SandboxServer::setDueCheckInterval(int msecs)
{
    if (msecs <= 0) {
        m_dueTimer.stop();
        return;
    }
    m_dueTimer.start(msecs);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    ++m_requestCount;
    SandboxRequest sandboxRequest {methodName(request.method()), request.url().path(), request.query(),
                                   request.headers(), request.body()};
    const FaultPlan::Decision decision = m_faults.decide(sandboxRequest);
    QPointer<QTcpSocket> guarded(socket);
    if (decision.latencyMs > 0) {
        QTimer::singleShot(decision.latencyMs, this,
                           [=, this] { answer(guarded, sandboxRequest, decision, timer); });
    } else {
        answer(guarded, sandboxRequest, decision, timer);
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    socket->write(serialize(SandboxResponse::error(404, QStringLiteral("Not found"))));
}

void SandboxServer::answer(QPointer<QTcpSocket> socket, const SandboxRequest &request,
                           FaultPlan::Decision decision, QElapsedTimer timer)
{
    using Fault = FaultPlan::Fault;
    if (!socket)
        return;
    const auto finish = [&](int status, const char *note) {
        qCInfo(lcSandbox).noquote() << request.method << request.path << status << timer.elapsed() << "ms"
                                    << note;
        emit requestHandled(request.method, request.path, status);
    };
    switch (decision.fault) {
    case Fault::DropBeforeProcessing:
        socket->abort();
        finish(0, "(dropped before processing)");
        return;
    case Fault::ServerError: {
        SandboxResponse response
            = SandboxResponse::error(decision.status, QString::fromLatin1(reasonPhrase(decision.status)));
        socket->write(serialize(response));
        finish(response.status, "(injected)");
        return;
    }
    case Fault::EchoKeyRefused: {
        const QByteArray authorization = request.header("Authorization");
        SandboxResponse response = SandboxResponse::json(
            401,
            QJsonObject {
                {QStringLiteral("error"),
                 QStringLiteral("Invalid API key %1 (you sent Authorization: %2)")
                     .arg(QString::fromUtf8(keyIn(authorization)), QString::fromLatin1(authorization))}});
        response.setHeader("X-Echo-Authorization", authorization);
        socket->write(serialize(response));
        finish(401, "(echoed the key)");
        return;
    }
    case Fault::RateLimited: {
        SandboxResponse response = SandboxResponse::json(
            429,
            QJsonObject {
                {QStringLiteral("error"), QStringLiteral("API call count exceeded for this period")}});
        const QByteArray seconds = QByteArray::number(m_faults.retryAfterSeconds());
        response.setHeader("RateLimit", "limit=0, remaining=0, reset=" + seconds + ".000");
        response.setHeader("Retry-After", seconds);
        socket->write(serialize(response));
        finish(429, "(injected)");
        return;
    }
    default:
        break;
    }

    const SandboxResponse response = m_api.handle(request);
    switch (decision.fault) {
    case Fault::DropAfterProcessing:
        socket->abort();
        finish(response.status, "(processed, then dropped)");
        return;
    case Fault::MalformedJson: {
        SandboxResponse broken = response;
        broken.body = "{\"data\": [<html>oops</html>";
        socket->write(serialize(broken));
        finish(response.status, "(malformed body)");
        return;
    }
    case Fault::TruncatedJson: {
        const QByteArray whole = serialize(response);
        const qsizetype headerEnd = whole.indexOf("\r\n\r\n") + 4;
        socket->write(whole.left(headerEnd + (whole.size() - headerEnd) / 2));
        socket->flush();
        socket->disconnectFromHost();
        finish(response.status, "(truncated body)");
        return;
    }
    case Fault::SlowTrickle:
        trickle(socket, serialize(response));
        finish(response.status, "(trickled)");
        return;
    case Fault::BadUtf8Record:
    case Fault::BadNumberRecord: {
        SandboxResponse spoiled = response;
        spoiled.body = spoilSecondRecord(response.body, decision.fault == Fault::BadUtf8Record);
        socket->write(serialize(spoiled));
        finish(response.status, "(one record spoiled)");
        return;
    }
    case Fault::EchoKey: {
        SandboxResponse echoing = response;
        const QByteArray authorization = request.header("Authorization");
        echoing.setHeader("X-Echo-Authorization", authorization);
        QJsonObject object = QJsonDocument::fromJson(response.body).object();
        object.insert(QStringLiteral("debug_key"), QString::fromUtf8(keyIn(authorization)));
        echoing.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        socket->write(serialize(echoing));
        finish(response.status, "(echoed the key)");
        return;
    }
    default:
        socket->write(serialize(response));
        finish(response.status, "");
    }
}

void SandboxServer::trickle(QPointer<QTcpSocket> socket, QByteArray bytes)
{
    if (!socket)
        return;
    const int chunk = m_faults.trickleBytesPerTick();
    socket->write(bytes.left(chunk));
    if (bytes.size() > chunk)
        QTimer::singleShot(50, this, [this, socket, rest = bytes.mid(chunk)] { trickle(socket, rest); });
}

QByteArray SandboxServer::serialize(const SandboxResponse &response)
{
    QByteArray out
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    bool hasContentType = false;
    for (const auto &[name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
        hasContentType = hasContentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasContentType)
        out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Server: draftdesk-sandbox\r\n\r\n";
    out += response.body;
    return out;
}
