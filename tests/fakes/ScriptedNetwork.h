#pragma once

// A scripted transport for CloseClient tests (Trojitá's FakeSocket idea): a QNetworkAccessManager that
// records every request (method, URL, headers, body) and answers from a script. Canned replies finish
// on a later event-loop turn, never inside the call that created them.
#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

struct ScriptedAnswer
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QUrl redirectTo; // emit redirected(redirectTo) first
    bool hang = false; // never finish (for cancel tests)
};

struct RecordedRequest
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QVariantMap attributes;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class ScriptedReply final : public QNetworkReply
{
    Q_OBJECT

public:
    ScriptedReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
                  ScriptedAnswer answer, QObject *parent);
    void abort() override;
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_offset + QNetworkReply::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();
    ScriptedAnswer m_answer;
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_done = false;
};

class ScriptedNetwork final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    void enqueue(ScriptedAnswer answer) { m_script.append(std::move(answer)); }
    QList<RecordedRequest> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QList<ScriptedAnswer> m_script;
};
