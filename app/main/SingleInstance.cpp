#include "main/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalSocket>
#include <QThread>

#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr QByteArrayView comeForward = "come-forward";
constexpr QByteArrayView cameForward = "came-forward\n";
constexpr qsizetype longestRequest = 4096; // "come-forward <email id>\n"; more is not a start of ours

QString serverNameFor(const QString &journalDirectory)
{
    const QByteArray hash
        = QCryptographicHash::hash(QDir(journalDirectory).absolutePath().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("draftdesk-%1-").arg(::getuid()) + QString::fromLatin1(hash.toHex().left(20));
}

// Whether the process at the other end of a local socket is this user's. An abstract socket has no
// file, so no file mode keeps other users out: both ends check who the other is.
bool isOurs(const QLocalSocket &socket)
{
    ucred peer {};
    socklen_t size = sizeof peer;
    return ::getsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &peer, &size) == 0
        && peer.uid == ::getuid();
}

} // namespace

SingleInstance::SingleInstance(const QString &journalDirectory, QObject *parent)
    : QObject(parent),
      m_serverName(serverNameFor(journalDirectory)),
      m_lock(journalDirectory + QStringLiteral("/.instance.lock"))
{
    QDir().mkpath(journalDirectory);
    // An abstract socket (Linux): no file to make, secure and rename in /tmp at every start, none
    // left behind by a killed holder. Only this user's processes are answered (isOurs).
    m_server.setSocketOptions(QLocalServer::AbstractNamespaceOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
}

bool SingleInstance::claim()
{
    switch (m_lock.tryLock()) {
    case InstanceLock::Result::HeldElsewhere:
        return false;
    case InstanceLock::Result::Unavailable:
        // A folder that cannot hold a lock (read-only) is not another instance: the journal reports
        // the folder itself, and this start goes on.
        return true;
    case InstanceLock::Result::Held:
        break;
    }
    m_server.listen(m_serverName);
    return true;
}

qint64 SingleInstance::holderPid() const
{
    return m_lock.holderPid();
}

SingleInstance::Answer SingleInstance::askHolderToComeForward(const QString &emailId, int timeoutMs) const
{
    // The holder may be starting right now: it takes the lock a moment before it listens.
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.setSocketOptions(QLocalSocket::AbstractNamespaceOption);
    for (;;) {
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(int(deadline.remainingTime()))) {
            if (!isOurs(socket))
                return Answer::NoAnswer; // another user's socket under our name: not our window
            break;
        }
        if (deadline.hasExpired())
            return Answer::NoAnswer;
        QThread::msleep(50);
    }
    QByteArray request = comeForward.toByteArray();
    if (!emailId.isEmpty())
        request += ' ' + emailId.toUtf8();
    socket.write(request + '\n');
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return Answer::NoAnswer;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            return Answer::NoAnswer;
    }
    return socket.readLine() == cameForward ? Answer::CameForward : Answer::NoAnswer;
}

void SingleInstance::answer()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        if (!isOurs(*socket)) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > longestRequest)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(longestRequest).trimmed();
            if (!line.startsWith(comeForward)) {
                socket->abort();
                return;
            }
            emit comeForwardRequested(QString::fromUtf8(line.mid(comeForward.size()).trimmed()));
            socket->write(cameForward.data(), cameForward.size());
            socket->disconnectFromServer();
        });
    }
}
