#pragma once

#include "core/api/AuthMethod.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class ApiCall;
class CloseClient;
class HttpEngine;

// The settings dialog's Test: calls /me/ with the credentials typed there, on a client of its own, so
// the session in use is never touched. One test at a time; a new one cancels the one before.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    ConnectionTest(HttpEngine *http, QObject *parent);
    ~ConnectionTest() override;

    void start(const QUrl &baseUrl, AuthMethod method, const QString &secret);

signals:
    // Who the credentials belong to, or why they were refused, in words.
    void finished(bool ok, const QString &message);

private:
    HttpEngine *m_http;
    std::unique_ptr<CloseClient> m_client;
    QPointer<ApiCall> m_call;
};
