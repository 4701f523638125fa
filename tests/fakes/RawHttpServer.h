#pragma once

// A minimal HTTP/1.1 server on 127.0.0.1 for the tests' own faults, independent of the sandbox: it
// records every request it receives (raw headers included) and answers each with what `respond`
// returns, then closes the connection. Two of them make the two origins of a redirect test.
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

struct RawRequest
{
    QByteArray method;
    QByteArray target; // path and query
    QByteArray head; // request line and headers, as received
    QByteArray body;
    bool hasHeader(const QByteArray &name) const
    {
        return head.toLower().contains(QByteArray("\r\n" + name.toLower() + ":"));
    }
};

class RawHttpServer final : public QTcpServer
{
public:
    // The answer to one request: status line, headers and body, as raw bytes.
    std::function<QByteArray(const RawRequest &)> respond = [](const RawRequest &) {
        return QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
    };
    // Or take the socket itself (a fault proxy: drop, reset, truncate, answer twice…). When set, it
    // is used instead of `respond` and decides how the connection ends.
    std::function<void(const RawRequest &, QTcpSocket *)> handle;
    QList<RawRequest> received;
    int connections = 0; // every connection, even one that never sends a whole request

    explicit RawHttpServer(QObject *parent = nullptr) : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                serve(socket);
            }
        });
    }
    quint16 start() { return listen(QHostAddress::LocalHost, 0) ? serverPort() : 0; }
    QByteArray base() const { return "http://127.0.0.1:" + QByteArray::number(serverPort()); }

    static QByteArray answer(int status, const QByteArray &reason, const QByteArray &body,
                             const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Type: application/json\r\n" + extraHeaders
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            RawRequest request;
            request.head = buffer->left(headEnd + 2);
            qsizetype length = 0;
            for (const QByteArray &line : request.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headEnd + 4 + length)
                return;
            const QList<QByteArray> requestLine = request.head.left(request.head.indexOf("\r\n")).split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            request.body = buffer->mid(headEnd + 4, length);
            buffer->clear();
            received.append(request);
            if (handle) {
                handle(request, socket);
                return;
            }
            socket->write(respond(request));
            socket->disconnectFromHost();
        });
    }
};
