#pragma once

#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

struct sqlite3;

// Copies a store's write-ahead log into its file on a thread of its own, so that the thread that
// writes the store (the window's) never does. SQLite's own checkpoint runs inside a commit of the
// writing connection once the log holds 1,000 pages: it copies them into the file (about 4 MiB) and
// syncs the disk twice. With WAL and synchronous=NORMAL a commit does not sync; besides checkpoints,
// the disk is synced only when the log starts over (its new header, once per 1,000 pages or so). On a
// slow disk a checkpoint is a stall of the window; in a load into a new store it was spent between
// two pages.
//
// install() takes that automatic checkpoint off the writing connection and asks this thread instead,
// after any commit that leaves the log at checkpointPages or more. The checkpoint is PASSIVE: it never
// waits for (or holds up) a writer or a reader, and copies what no reader still needs; the log starts
// over at the next write once everything in it was copied. The thread and its connection are made at
// the first checkpoint: a session that writes little has neither.
class WalCheckpointer final
{
public:
    explicit WalCheckpointer(const QString &path);
    // Takes the hook off the writer, waits for a checkpoint under way and closes its connection: the
    // store's file may be moved or deleted after this.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // From now on `writer` (a connection to the same file, in WAL mode) leaves its checkpoints to this.
    void install(sqlite3 *writer);
    static constexpr int checkpointPages = 1000; // SQLite's own default

    // Called on the checkpointing thread after each checkpoint with the pages in the log and those
    // copied into the file (tests watch it; set before the first checkpoint).
    using Observer = std::function<void(int logPages, int copiedPages)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

private:
    static int afterCommit(void *self, sqlite3 *db, const char *database, int logPages);
    bool request(); // false when no thread could be started
    void run();

    QString m_path;
    sqlite3 *m_writer = nullptr;
    Observer m_observer;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_stopping = false;
    std::thread m_thread;
};
