#include "core/store/WalCheckpointer.h"

#include "core/store/SqliteDb.h"

#include <sqlite3.h>
#include <system_error>

WalCheckpointer::WalCheckpointer(const QString &path) : m_path(path) { }

WalCheckpointer::~WalCheckpointer()
{
    if (m_writer)
        sqlite3_wal_hook(m_writer, nullptr, nullptr); // no commit asks this any more
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void WalCheckpointer::install(sqlite3 *writer)
{
    m_writer = writer;
    // Replaces SQLite's automatic checkpoint, which is itself a hook of this kind.
    sqlite3_wal_hook(writer, &WalCheckpointer::afterCommit, this);
}

int WalCheckpointer::afterCommit(void *self, sqlite3 *writer, const char *database, int logPages)
{
    if (logPages >= checkpointPages && !static_cast<WalCheckpointer *>(self)->request()) {
        // No thread to be had (the process is at its limit): the checkpoint SQLite would have made.
        sqlite3_wal_checkpoint_v2(writer, database, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }
    return SQLITE_OK;
}

bool WalCheckpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return true;
        if (!m_thread.joinable()) {
            try {
                m_thread = std::thread([this] { run(); });
            } catch (const std::system_error &) {
                return false; // (nothing may be thrown through SQLite, which called this)
            }
        }
        m_pending = true;
    }
    m_wake.notify_one();
    return true;
}

void WalCheckpointer::run()
{
    SqliteDb db;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_pending || m_stopping; });
        if (m_stopping)
            return; // (the connection closes here; the writer is still open, so it is not the last)
        m_pending = false; // commits from here on ask again
        lock.unlock();
        if (!db.isOpen() && db.open(m_path, false) == SQLITE_OK) {
            db.exec("PRAGMA cache_size = -64"); // it copies from the log, it reads through no cache
            db.exec("SELECT 1 FROM sqlite_master LIMIT 1"); // finds the log (a new connection has not)
        }
        int logPages = -1;
        int copiedPages = -1;
        // A failure (another instance checkpointing: SQLITE_BUSY; a full disk) leaves the pages in the
        // log, where readers find them; the next commit asks again.
        if (db.isOpen())
            sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages,
                                      &copiedPages);
        if (m_observer)
            m_observer(logPages, copiedPages);
        lock.lock();
    }
}
