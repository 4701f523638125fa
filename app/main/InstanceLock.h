#pragma once

#include <QString>

#include <utility>

// The journal folder's lock, held with flock() for the whole run: the kernel lets it go when the
// process ends, however it ends, so there is no stale lock to judge by age or process id. QLockFile
// wrote its file and waited for the disk to have it (half a millisecond of every start, several while
// another thread read files) to be sure of content that here only names the holder; its lock is an
// flock() on the same file too, so it and this keep each other out.
class InstanceLock final
{
public:
    explicit InstanceLock(QString path) : m_path(std::move(path)) { }
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    enum class Result {
        Held, // by this process, from now until it ends
        HeldElsewhere, // by another process
        Unavailable, // the folder takes no file (read-only, full): nobody can hold it
    };
    Result tryLock();
    // The process id the holder wrote on the file's first line (0 when unknown).
    qint64 holderPid() const;

private:
    QString m_path;
    int m_fd = -1;
};
