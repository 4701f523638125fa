#pragma once

#include <QString>

class ApiCall;
class CloseClient;

// What the network inspector does with the request log, kept out of the connection: replaying an
// exchange (and saying first whether that could send an email) and writing the log as HAR 1.2.
// Secrets are redacted in the log already, so nothing here can leak one.
class InspectorServices final
{
public:
    explicit InspectorServices(CloseClient *client) : m_client(client) { }

    // True when repeating this exchange could send an email (a write that moves a draft to the
    // outbox or schedules it): ask first.
    bool replayCouldSend(quint64 exchangeId) const;
    // Sends the logged request again through the same client; nullptr when it is gone from the log.
    ApiCall *replay(quint64 exchangeId);
    bool exportHar(const QString &path, QString *error) const;

private:
    CloseClient *m_client;
};
