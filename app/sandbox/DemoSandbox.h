#pragma once

#include "sandbox/SandboxServer.h"

#include <QObject>

#include <memory>

// The sandbox as `draftdesk --demo` runs it: in-process, on a free loopback port, with the demo data
// and a key made up for this run, its outbox and schedule ticking in real time.
class DemoSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSandbox)

public:
    explicit DemoSandbox(QObject *parent = nullptr);
    ~DemoSandbox() override;

    // False (with a reason) when the port could not be opened or the data not loaded.
    bool start(int emailCount, QString *error);
    QUrl baseUrl() const { return m_server ? m_server->baseUrl() : QUrl(); }
    QString apiKey() const { return m_apiKey; }
    SandboxServer *server() const { return m_server.get(); }

private:
    SystemClock m_clock;
    SandboxStore m_store;
    std::unique_ptr<SandboxServer> m_server;
    QString m_apiKey;
};
