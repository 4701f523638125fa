#include "main/InstanceLock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
constexpr int recordBytes = 128; // longer than QLockFile's own content, which it replaces
} // namespace

InstanceLock::~InstanceLock()
{
    // Closing lets the lock go. The file stays: removing it would let a start that opened it just
    // before hold a lock on a file nobody else sees.
    if (m_fd >= 0)
        ::close(m_fd);
}

InstanceLock::Result InstanceLock::tryLock()
{
    if (m_fd >= 0)
        return Result::Held;
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return Result::Unavailable;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        return error == EWOULDBLOCK ? Result::HeldElsewhere : Result::Unavailable;
    }
    // As QLockFile had it, for a message that names the holder: its id, then the program's name. Written
    // over the last holder's in place, one record's length with spaces: emptying the file first cost
    // a quarter of a millisecond of every start (the file system frees and allocates its block).
    QByteArray info = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
        + QCoreApplication::applicationName().toUtf8() + '\n';
    info = info.leftJustified(recordBytes - 1, ' ', true) + '\n';
    struct stat status
    {
    };
    const bool foreign = ::fstat(fd, &status) == 0 && status.st_size > recordBytes;
    // Held even when this cannot be written (a full disk): a later start then only does not know who.
    [[maybe_unused]] const bool named = (!foreign || ::ftruncate(fd, 0) == 0)
        && ::pwrite(fd, info.constData(), size_t(info.size()), 0) == info.size();
    m_fd = fd;
    return Result::Held;
}

qint64 InstanceLock::holderPid() const
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed().toLongLong() : 0;
}
