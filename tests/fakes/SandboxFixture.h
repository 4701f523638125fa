#pragma once

// The sandbox on a free loopback port with demo data and a clock the test moves, plus a network
// access manager and the HTTP engine over it for clients: what every contract and GUI test starts from.
#include "core/api/CloseClient.h"
#include "core/email/EmailActivity.h"
#include "fakes/RawHttpServer.h"
#include "http/QtHttpEngine.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <memory>

struct SandboxFixture
{
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<SandboxStore> store;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<QtHttpEngine> http; // over `network`

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
        http = std::make_unique<QtHttpEngine>(network.get());
        return server->start(0) != 0;
    }
    // The first email in list order with this status (and sender or not, when asked), small and
    // without a table, so that an editor keeps its HTML as it is.
    EmailActivity firstEmail(const QString &status, std::optional<bool> withSender = std::nullopt) const
    {
        for (const QString &id : store->orderedEmailIds()) {
            const QJsonObject &e = *store->email(id);
            const QString html = e.value(u"body_html").toString();
            if (e.value(u"status").toString() == status
                && (!withSender || e.value(u"sender").isString() == *withSender) && html.size() < 10000
                && !html.contains(QLatin1String("<table")))
                return EmailActivity::fromJson(e).activity;
        }
        return {};
    }
    // A client pointed at the sandbox, without retries (a test wants each answer as it comes).
    std::unique_ptr<CloseClient> makeClient(const QString &apiKey = QStringLiteral("k")) const
    {
        auto client = std::make_unique<CloseClient>(http.get());
        client->setBaseUrl(server->baseUrl());
        client->setApiKey(apiKey);
        client->retryPolicy().maxAttempts = 1;
        return client;
    }
    // Someone else changes an email in Close, a moment later than now. Returns the HTTP status.
    int changeInClose(const QString &id, const QJsonObject &changes, const QByteArray &apiKey = "k")
    {
        clock->advance(2000);
        return server->api()
            .handle({"PUT",
                     SandboxApi::basePath + QStringLiteral("/activity/email/") + id + QLatin1Char('/'),
                     {},
                     {{"Authorization", "Basic " + QByteArray(apiKey + ':').toBase64()},
                      {"Content-Type", "application/json"}},
                     QJsonDocument(changes).toJson()})
            .status;
    }
    // A colleague (the second user, in Close's web app: no API key) changes or deletes an email, a
    // moment later than now. Returns the HTTP status.
    int colleagueChanges(const QString &id, const QJsonObject &changes)
    {
        clock->advance(2000);
        server->api().events().setActor({store->users.value(1), {}, QStringLiteral("req_colleague"), {}, {}});
        const int status = changes.isEmpty() ? server->api().emails().deleteEmail(id).status
                                             : server->api().emails().updateEmail(id, changes).status;
        server->api().events().setActor({});
        return status;
    }
    QString colleagueName() const { return store->users.value(1).value(u"display_name").toString(); }
    // The sandbox's rules answering a request that a proxy of the tests' own received, as raw HTTP:
    // what a fault proxy in front of the sandbox forwards (the sandbox's own fault plan is bypassed).
    QByteArray forward(const RawRequest &raw) { return serialize(server->api().handle(toSandbox(raw))); }
    static SandboxRequest toSandbox(const RawRequest &raw)
    {
        const qsizetype q = raw.target.indexOf('?');
        SandboxRequest request;
        request.method = raw.method;
        request.path = QString::fromUtf8(q < 0 ? raw.target : raw.target.left(q));
        request.query = QUrlQuery(QString::fromUtf8(q < 0 ? QByteArray() : raw.target.mid(q + 1)));
        for (const QByteArray &line : raw.head.split('\n').mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        request.body = raw.body;
        return request;
    }
    static QByteArray serialize(const SandboxResponse &response)
    {
        QByteArray extra;
        for (const auto &[name, value] : response.headers) {
            if (name.compare("Content-Type", Qt::CaseInsensitive) != 0)
                extra += name + ": " + value + "\r\n";
        }
        return RawHttpServer::answer(response.status, "X", response.body, extra);
    }
    void stop()
    {
        http.reset();
        network.reset();
        server.reset();
        store.reset();
        clock.reset();
    }
};
