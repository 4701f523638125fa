#include "http/QtHttpEngine.h"

#include "http/OneShotBody.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace {

HttpFailure failureOf(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::NoError:
        return HttpFailure::None;
    case QNetworkReply::TimeoutError:
        return HttpFailure::TimedOut;
    case QNetworkReply::OperationCanceledError:
        return HttpFailure::Cancelled;
    case QNetworkReply::SslHandshakeFailedError:
        return HttpFailure::TlsFailed;
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::RemoteHostClosedError:
        return HttpFailure::Dropped;
    case QNetworkReply::ConnectionRefusedError:
        return HttpFailure::Refused;
    case QNetworkReply::HostNotFoundError:
        return HttpFailure::HostNotFound;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return HttpFailure::NotHttp;
    default:
        // Qt's codes for an HTTP error status among them: the caller reads status() first.
        return HttpFailure::Other;
    }
}

class QtHttpTransfer final : public HttpTransfer
{
public:
    QtHttpTransfer(QNetworkReply *reply, HttpTransfer::Events *events) : m_reply(reply)
    {
        QObject::connect(reply, &QNetworkReply::redirected, reply,
                         [events](const QUrl &target) { events->transferRedirected(target); });
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                         [events](qint64 received, qint64) { events->transferDownloadProgress(received); });
        QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [events](qint64 sent, qint64 total) {
            events->transferUploadProgress(sent, total);
        });
        QObject::connect(reply, &QIODevice::readyRead, reply, [events] { events->transferReadyRead(); });
        QObject::connect(reply, &QNetworkReply::finished, reply, [events] { events->transferFinished(); });
    }

    ~QtHttpTransfer() override
    {
        if (!m_reply)
            return;
        m_reply->disconnect(); // reports nothing from here on
        m_reply->abort();
        // Later: this may be running inside one of the reply's own signals.
        m_reply->deleteLater();
    }

    // The reply goes with its network manager: after that, a transfer that was never answered.
    QUrl url() const override { return m_reply ? m_reply->url() : QUrl(); }
    int status() const override
    {
        return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    }
    HttpFailure failure() const override
    {
        return m_reply ? failureOf(m_reply->error()) : HttpFailure::Cancelled;
    }
    QString errorString() const override { return m_reply ? m_reply->errorString() : QString(); }
    HttpHeaders headers() const override
    {
        HttpHeaders headers;
        if (m_reply) {
            for (const auto &pair : m_reply->rawHeaderPairs())
                headers.append(pair);
        }
        return headers;
    }
    QByteArray header(const QByteArray &name) const override
    {
        return m_reply ? m_reply->rawHeader(name) : QByteArray();
    }
    bool hasHeader(const QByteArray &name) const override { return m_reply && m_reply->hasRawHeader(name); }
    bool isOpen() const override { return m_reply && m_reply->isOpen(); }
    qint64 bytesAvailable() const override { return m_reply ? m_reply->bytesAvailable() : 0; }
    QByteArray read(qint64 maxSize) override { return m_reply ? m_reply->read(maxSize) : QByteArray(); }
    QByteArray readAll() override { return m_reply ? m_reply->readAll() : QByteArray(); }
    void allowRedirect() override
    {
        if (m_reply)
            emit m_reply->redirectAllowed();
    }
    void abort() override
    {
        if (m_reply)
            m_reply->abort();
    }

private:
    QPointer<QNetworkReply> m_reply;
};

QNetworkRequest networkRequestFor(const HttpRequest &request)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setTransferTimeout(request.transferTimeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                request.redirects == HttpRequest::Redirects::AskFirst
                                    ? QNetworkRequest::UserVerifiedRedirectPolicy
                                    : QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setMaximumRedirectsAllowed(request.maxRedirects);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    return networkRequest;
}

QNetworkReply *postForm(QNetworkAccessManager *network, QNetworkRequest networkRequest,
                        const QList<HttpFormPart> &parts)
{
    auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const HttpFormPart &part : parts) {
        QHttpPart httpPart;
        for (const auto &[name, value] : part.headers)
            httpPart.setRawHeader(name, value);
        if (part.bodyDevice)
            httpPart.setBodyDevice(part.bodyDevice);
        else
            httpPart.setBody(part.body);
        form->append(httpPart);
    }
    QNetworkReply *reply = network->post(networkRequest, form);
    form->setParent(reply);
    return reply;
}

} // namespace

QtHttpEngine::QtHttpEngine()
    : m_ownNetwork(std::make_unique<QNetworkAccessManager>()), m_network(m_ownNetwork.get())
{ }

QtHttpEngine::QtHttpEngine(QNetworkAccessManager *network) : m_network(network)
{
    Q_ASSERT(network);
}

QtHttpEngine::~QtHttpEngine() = default;

std::unique_ptr<HttpTransfer> QtHttpEngine::start(const HttpRequest &request, HttpTransfer::Events *events)
{
    QNetworkRequest networkRequest = networkRequestFor(request);
    QNetworkReply *reply = nullptr;
    if (!request.form.isEmpty()) {
        reply = postForm(m_network, networkRequest, request.form);
    } else if (!request.body) {
        reply = request.method == "GET" ? m_network->get(networkRequest)
                                        : m_network->sendCustomRequest(networkRequest, request.method);
    } else {
        // Writes go out exactly once: Qt may not silently re-send them (see OneShotBody).
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body->size());
        auto *device = new OneShotBody(*request.body);
        reply = m_network->sendCustomRequest(networkRequest, request.method, device);
        device->setParent(reply);
    }
    return std::make_unique<QtHttpTransfer>(reply, events);
}
