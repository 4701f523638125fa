#pragma once

// A tiny synchronous HTTP helper for contract tests: sends one request with QNetworkAccessManager
// over real loopback HTTP and waits for the answer, so each test reads like a curl session.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

struct HttpAnswer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class HttpProbe
{
public:
    explicit HttpProbe(QUrl base, QByteArray key = "sandbox-test-key")
        : m_base(std::move(base)), m_key(std::move(key))
    { }

    void setKey(const QByteArray &key) { m_key = key; }
    void setAuthorization(const QByteArray &header) { m_authorization = header; }

    HttpAnswer send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                    QList<QPair<QByteArray, QByteArray>> headers = {{"Content-Type", "application/json"}},
                    bool followRedirects = true)
    {
        QUrl url = m_base;
        const QString path = pathAndQuery.section(QLatin1Char('?'), 0, 0);
        url.setPath(m_base.path() + path);
        if (pathAndQuery.contains(QLatin1Char('?')))
            url.setQuery(pathAndQuery.section(QLatin1Char('?'), 1), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        if (!followRedirects)
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
        if (!m_authorization.isEmpty())
            request.setRawHeader("Authorization", m_authorization);
        else if (!m_key.isEmpty())
            request.setRawHeader("Authorization", "Basic " + QByteArray(m_key + ':').toBase64());
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return answer;
    }
    HttpAnswer get(const QString &pathAndQuery) { return send("GET", pathAndQuery); }
    HttpAnswer put(const QString &path, const QJsonObject &body)
    {
        return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpAnswer post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_key;
    QByteArray m_authorization;
};
