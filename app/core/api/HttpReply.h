#pragma once

#include "core/api/HttpEngine.h"

#include <QObject>

// One HTTP transfer as core uses it: a QObject with signals (so calls and uploads own it, connect to
// it and delete it later), over the HttpTransfer that the engine made. Destroying it aborts the
// transfer without a signal.
class HttpReply final : public QObject, private HttpTransfer::Events
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpReply)

public:
    HttpReply(HttpEngine *engine, const HttpRequest &request, QObject *parent = nullptr);
    ~HttpReply() override;

    QUrl url() const { return m_transfer->url(); }
    int status() const { return m_transfer->status(); }
    HttpFailure failure() const { return m_transfer->failure(); }
    QString errorString() const { return m_transfer->errorString(); }
    HttpHeaders headers() const { return m_transfer->headers(); }
    QByteArray header(const QByteArray &name) const { return m_transfer->header(name); }
    bool hasHeader(const QByteArray &name) const { return m_transfer->hasHeader(name); }
    bool isOpen() const { return m_transfer->isOpen(); }
    qint64 bytesAvailable() const { return m_transfer->bytesAvailable(); }
    QByteArray read(qint64 maxSize) { return m_transfer->read(maxSize); }
    QByteArray readAll() { return m_transfer->readAll(); }

    // Follows the redirect being offered; only from a slot connected to `redirected`.
    void allowRedirect() { m_transfer->allowRedirect(); }
    // Ends the transfer; `finished` comes before this returns, unless it came already.
    void abort() { m_transfer->abort(); }

signals:
    void redirected(const QUrl &target);
    void downloadProgress(qint64 received);
    void uploadProgress(qint64 sent, qint64 total);
    void readyRead();
    void finished();

private:
    void transferRedirected(const QUrl &target) override { emit redirected(target); }
    void transferDownloadProgress(qint64 received) override { emit downloadProgress(received); }
    void transferUploadProgress(qint64 sent, qint64 total) override { emit uploadProgress(sent, total); }
    void transferReadyRead() override { emit readyRead(); }
    void transferFinished() override { emit finished(); }

    std::unique_ptr<HttpTransfer> m_transfer;
};
