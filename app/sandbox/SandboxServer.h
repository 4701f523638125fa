#pragma once

#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxApi.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

// The sandbox on the wire: a Qt HTTP server bound to 127.0.0.1 only, carrying each request to
// SandboxApi and its answer back, with the fault plan applied in between (latency, dropped
// connections, broken bodies). Logs every request to the "draftdesk.sandbox" category.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    SandboxServer(SandboxStore &store, const SandboxClock &clock, QObject *parent = nullptr);

    // Listens on 127.0.0.1:port (0 picks a free one). Returns the port, or 0 when it could not bind.
    quint16 start(quint16 port = 0);
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT/api/v1"
    QUrl baseUrl() const;

    SandboxApi &api() { return m_api; }
    FaultPlan &faults() { return m_faults; }
    // Saves the store atomically to `path` after every change; empty turns persistence off.
    void setDataFile(const QString &path);
    // How often due outbox/scheduled emails are looked at without a request (0 turns it off; tests
    // drive time through the clock and the next request instead).
    void setDueCheckInterval(int msecs);
    int requestCount() const { return m_requestCount; }

signals:
    void requestHandled(const QByteArray &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(QPointer<QTcpSocket> socket, const SandboxRequest &request, FaultPlan::Decision decision,
                QElapsedTimer timer);
    void trickle(QPointer<QTcpSocket> socket, QByteArray bytes);
    static QByteArray serialize(const SandboxResponse &response);

    SandboxStore &m_store;
    SandboxApi m_api;
    FaultPlan m_faults;
    QTimer m_dueTimer;
    QString m_dataFile;
    quint16 m_port = 0;
    int m_requestCount = 0;
};
