#include "main/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QSocketNotifier>
#include <QThread>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

constexpr QByteArrayView comeForward = "come-forward";
constexpr QByteArrayView cameForward = "came-forward\n";
constexpr qsizetype longestRequest = 4096; // "come-forward <email id>\n"; more is not a start of ours

QByteArray serverNameFor(const QString &journalDirectory)
{
    const QByteArray hash
        = QCryptographicHash::hash(QDir(journalDirectory).absolutePath().toUtf8(), QCryptographicHash::Sha1);
    return "draftdesk-" + QByteArray::number(::getuid()) + '-' + hash.toHex().left(20);
}

// An abstract address (Linux): a leading NUL and the name, no file to make, secure and rename in
// /tmp at every start, and none left behind by a killed holder.
socklen_t abstractAddress(const QByteArray &name, sockaddr_un *address)
{
    *address = {};
    address->sun_family = AF_UNIX;
    const size_t length = qMin(size_t(name.size()), sizeof address->sun_path - 1);
    std::memcpy(address->sun_path + 1, name.constData(), length);
    return socklen_t(offsetof(sockaddr_un, sun_path) + 1 + length);
}

// Whether the process at the other end is this user's. An abstract socket has no file, so no file
// mode keeps other users out: both ends check who the other is.
bool isOurs(int fd)
{
    ucred peer {};
    socklen_t size = sizeof peer;
    return ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &size) == 0 && peer.uid == ::getuid();
}

// Waits until `fd` has `events` or the deadline passes.
bool waitFor(int fd, short events, const QDeadlineTimer &deadline)
{
    for (;;) {
        pollfd entry {fd, events, 0};
        const int ready = ::poll(&entry, 1, int(qMax<qint64>(0, deadline.remainingTime())));
        if (ready > 0)
            return true;
        if (ready == 0 || errno != EINTR)
            return false;
    }
}

struct Descriptor
{
    int fd;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

// One later start talking to this window: its socket, what it sent so far, and the notifier that
// says there is more. Closed with it.
class StartConnection final : public QObject
{
public:
    StartConnection(int fd, QObject *parent)
        : QObject(parent), m_fd(fd), m_readable(fd, QSocketNotifier::Read)
    { }
    ~StartConnection() override
    {
        m_readable.setEnabled(false);
        ::close(m_fd);
    }
    int fd() const { return m_fd; }
    QSocketNotifier *readable() { return &m_readable; }
    QByteArray received;

private:
    int m_fd;
    QSocketNotifier m_readable;
};

SingleInstance::SingleInstance(const QString &journalDirectory, QObject *parent)
    : QObject(parent),
      m_serverName(serverNameFor(journalDirectory)),
      m_lock(journalDirectory + QStringLiteral("/.instance.lock"))
{
    QDir().mkpath(journalDirectory);
}

SingleInstance::~SingleInstance()
{
    delete m_listening; // before its socket is closed
    if (m_listener >= 0)
        ::close(m_listener);
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
    // Only this user's processes are answered (isOurs). When the name is taken (by another user),
    // later starts find no answer and say so.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    sockaddr_un address;
    const socklen_t length = abstractAddress(m_serverName, &address);
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), length) == 0 && ::listen(fd, 8) == 0) {
        m_listener = fd;
        m_listening = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(m_listening, &QSocketNotifier::activated, this, &SingleInstance::acceptStarts);
    } else if (fd >= 0) {
        ::close(fd);
    }
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
    sockaddr_un address;
    const socklen_t length = abstractAddress(m_serverName, &address);
    Descriptor socket {-1};
    for (;;) {
        socket.fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (socket.fd < 0)
            return Answer::NoAnswer;
        if (::connect(socket.fd, reinterpret_cast<sockaddr *>(&address), length) == 0) {
            if (!isOurs(socket.fd))
                return Answer::NoAnswer; // another user's socket under our name: not our window
            break;
        }
        ::close(socket.fd);
        socket.fd = -1;
        if (deadline.hasExpired())
            return Answer::NoAnswer;
        QThread::msleep(50);
    }
    QByteArray request = comeForward.toByteArray();
    if (!emailId.isEmpty())
        request += ' ' + emailId.toUtf8();
    request += '\n';
    if (::send(socket.fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) != request.size())
        return Answer::NoAnswer;
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() < longestRequest) {
        if (!waitFor(socket.fd, POLLIN, deadline))
            return Answer::NoAnswer;
        char buffer[256];
        const ssize_t count = ::read(socket.fd, buffer, sizeof buffer);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            return Answer::NoAnswer; // hung up without a word
        answer.append(buffer, count);
    }
    return answer == cameForward ? Answer::CameForward : Answer::NoAnswer;
}

void SingleInstance::acceptStarts()
{
    for (;;) {
        const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0)
            return; // EAGAIN: every waiting start is taken
        if (!isOurs(fd)) {
            ::close(fd);
            continue;
        }
        auto *connection = new StartConnection(fd, this);
        connect(connection->readable(), &QSocketNotifier::activated, connection,
                [this, connection] { readRequest(connection); });
    }
}

void SingleInstance::readRequest(StartConnection *connection)
{
    char buffer[512];
    const ssize_t count = ::read(connection->fd(), buffer, sizeof buffer);
    if (count < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    const auto hangUp = [connection] {
        connection->readable()->setEnabled(false);
        connection->deleteLater();
    };
    if (count <= 0) {
        hangUp(); // it hung up, or the socket broke
        return;
    }
    connection->received.append(buffer, count);
    const qsizetype end = connection->received.indexOf('\n');
    if (end < 0) {
        if (connection->received.size() > longestRequest)
            hangUp();
        return;
    }
    const QByteArray line = connection->received.left(end).trimmed();
    hangUp(); // one request a connection
    if (!line.startsWith(comeForward))
        return;
    emit comeForwardRequested(QString::fromUtf8(line.mid(comeForward.size()).trimmed()));
    ::send(connection->fd(), cameForward.data(), size_t(cameForward.size()), MSG_NOSIGNAL);
}
