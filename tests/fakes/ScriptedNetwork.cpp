#include "fakes/ScriptedNetwork.h"

#include <QTimer>

#include <cstring>

ScriptedReply::ScriptedReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
                             ScriptedAnswer answer, QObject *parent)
    : QNetworkReply(parent), m_answer(std::move(answer))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly);
    if (!m_answer.hang)
        QTimer::singleShot(0, this, &ScriptedReply::deliver);
}

void ScriptedReply::deliver()
{
    if (m_done)
        return;
    if (m_answer.redirectTo.isValid()) {
        emit redirected(m_answer.redirectTo);
        if (m_done)
            return; // the client refused and aborted
    }
    m_done = true;
    if (m_answer.error != QNetworkReply::NoError) {
        setError(m_answer.error, QStringLiteral("scripted failure"));
        emit errorOccurred(m_answer.error);
    } else {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        for (const auto &[name, value] : m_answer.headers)
            setRawHeader(name, value);
        m_body = m_answer.body;
        if (m_answer.status >= 400)
            setError(QNetworkReply::UnknownContentError, QStringLiteral("HTTP error"));
        emit metaDataChanged();
        emit downloadProgress(m_body.size(), m_body.size());
        emit readyRead();
    }
    setFinished(true);
    emit finished();
}

void ScriptedReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("aborted"));
    setFinished(true);
    emit errorOccurred(QNetworkReply::OperationCanceledError);
    emit finished();
}

qint64 ScriptedReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, m_body.size() - m_offset);
    if (count <= 0)
        return m_done ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

QNetworkReply *ScriptedNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                              QIODevice *outgoingData)
{
    RecordedRequest recorded;
    switch (op) {
    case GetOperation:
        recorded.method = "GET";
        break;
    case PutOperation:
        recorded.method = "PUT";
        break;
    case PostOperation:
        recorded.method = "POST";
        break;
    case DeleteOperation:
        recorded.method = "DELETE";
        break;
    case HeadOperation:
        recorded.method = "HEAD";
        break;
    default:
        recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
    recorded.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        recorded.headers.append({name, request.rawHeader(name)});
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    recorded.attributes.insert(QStringLiteral("DoNotBufferUploadData"),
                               request.attribute(QNetworkRequest::DoNotBufferUploadDataAttribute));
    recorded.attributes.insert(QStringLiteral("TransferTimeout"), request.transferTimeout());
    recorded.attributes.insert(QStringLiteral("RedirectPolicy"),
                               request.attribute(QNetworkRequest::RedirectPolicyAttribute));
    requests.append(recorded);
    ScriptedAnswer answer = m_script.isEmpty()
        ? ScriptedAnswer {404, "{\"error\": \"Not found\"}", {}, {}, {}, false}
        : m_script.takeFirst();
    return new ScriptedReply(request, op, std::move(answer), this);
}
