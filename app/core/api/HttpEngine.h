#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QIODevice;

// What core asks of HTTP, without Qt Network. The engine that speaks it (app/http, QNetworkAccessManager)
// is a module the window loads after its first frame: Qt Network with Kerberos and libproxy is nine
// libraries, about 1 ms of every start before main(), and nothing needs it before the list is on
// screen (docs/architecture.md, "The HTTP module"). Tests link the same engine directly.
//
// Everything here is header-only and has no Q_OBJECT: the module implements these classes without
// any symbol of the program that loads it.

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>; // as the request log keeps them (Exchange)

// One part of a multipart/form-data body: its headers, and its body as bytes or read from a device.
struct HttpFormPart
{
    HttpHeaders headers;
    QByteArray body;
    QIODevice *bodyDevice = nullptr; // not owned; read while the request is sent
};

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers; // in the order they go out
    int transferTimeoutMs = 0; // no data moving for this long ends the transfer (Cancelled)
    // NotFollowed: a 3xx is the answer. AskFirst: each redirect is offered through
    // HttpTransfer::Events::transferRedirected and followed only if allowRedirect() is called there.
    enum class Redirects { NotFollowed, AskFirst };
    Redirects redirects = Redirects::NotFollowed;
    int maxRedirects = 3;
    // Sent exactly once, never silently re-sent (a dropped connection fails the transfer with
    // Dropped instead), with its Content-Length.
    std::optional<QByteArray> body;
    // When not empty, a POST of multipart/form-data made of these parts (`body` is then unused).
    QList<HttpFormPart> form;
};

// Why a transfer ended without a complete answer. An HTTP error status (read status() first) is Other.
enum class HttpFailure {
    None,
    TimedOut,
    Cancelled, // abort(), or the transfer timeout (no data moving for transferTimeoutMs)
    TlsFailed,
    Dropped, // the connection closed before the answer, or a body that may not be re-sent was needed again
    Refused,
    HostNotFound,
    NotHttp,
    Unavailable, // no engine: nothing was sent (errorString() says why)
    Other,
};

// One request on the wire, as the engine made it.
class HttpTransfer
{
public:
    // What a transfer reports, on the thread that started it, from its event loop.
    class Events
    {
    public:
        virtual void transferRedirected(const QUrl &target) = 0;
        virtual void transferDownloadProgress(qint64 received) = 0;
        virtual void transferUploadProgress(qint64 sent, qint64 total) = 0;
        virtual void transferReadyRead() = 0;
        // Once, when the answer is complete or the transfer failed (also inside abort()).
        virtual void transferFinished() = 0;

    protected:
        ~Events() = default;
    };

    // Destroying a transfer aborts it without reporting anything.
    virtual ~HttpTransfer() = default;

    virtual QUrl url() const = 0; // where it is now (a followed redirect moves it)
    virtual int status() const = 0; // the HTTP status, 0 without an answer
    virtual HttpFailure failure() const = 0;
    virtual QString errorString() const = 0;
    virtual HttpHeaders headers() const = 0;
    virtual QByteArray header(const QByteArray &name) const = 0;
    virtual bool hasHeader(const QByteArray &name) const = 0;
    virtual bool isOpen() const = 0;
    virtual qint64 bytesAvailable() const = 0;
    virtual QByteArray read(qint64 maxSize) = 0;
    virtual QByteArray readAll() = 0;
    virtual void allowRedirect() = 0; // only inside Events::transferRedirected
    virtual void abort() = 0;

protected:
    HttpTransfer() = default;
    HttpTransfer(const HttpTransfer &) = delete;
    HttpTransfer &operator=(const HttpTransfer &) = delete;
};

class HttpEngine
{
public:
    virtual ~HttpEngine() = default;
    // Starts `request`; `events` (not owned) must outlive the transfer. Never reports from inside.
    virtual std::unique_ptr<HttpTransfer> start(const HttpRequest &request, HttpTransfer::Events *events) = 0;

protected:
    HttpEngine() = default;
    HttpEngine(const HttpEngine &) = delete;
    HttpEngine &operator=(const HttpEngine &) = delete;
};

// The module's one entry point: a new engine, owned by the caller.
extern "C" {
using MakeHttpEngine = HttpEngine *(*)();
}
inline constexpr char makeHttpEngineSymbol[] = "draftdesk_make_http_engine";
