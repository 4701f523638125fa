#pragma once

// The sandbox on a free loopback port with demo data and a clock the test moves, plus a network
// access manager for clients: what every contract and GUI test starts from.
#include "DemoData.h"
#include "SandboxServer.h"

#include <QNetworkAccessManager>

#include <memory>

struct SandboxFixture
{
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<SandboxStore> store;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> network;

    // False when the data or the port failed; QVERIFY it.
    [[nodiscard]] bool start(int emails, const QString &apiKey = QStringLiteral("k"))
    {
        clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        store = std::make_unique<SandboxStore>();
        if (!DemoData::populate(*store, emails, clock->now()))
            return false;
        server = std::make_unique<SandboxServer>(*store, *clock);
        server->api().setApiKey(apiKey);
        network = std::make_unique<QNetworkAccessManager>();
        return server->start(0) != 0;
    }
    void stop()
    {
        network.reset();
        server.reset();
        store.reset();
        clock.reset();
    }
};
