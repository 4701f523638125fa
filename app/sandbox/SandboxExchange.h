#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>

// A request and its answer as the sandbox's API logic sees them: no sockets, so the rules are tested
// without a network and the HTTP layer stays thin.
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", …
    QString path; // "/api/v1/activity/email/acti_x/"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

struct SandboxResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static SandboxResponse json(int status, const QJsonObject &object)
    {
        return {status,
                {{"Content-Type", "application/json"}},
                QJsonDocument(object).toJson(QJsonDocument::Compact)};
    }
    static SandboxResponse error(int status, const QString &message)
    {
        return json(status, QJsonObject {{QStringLiteral("error"), message}});
    }
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                header.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
};
