#include "core/store/StoreReader.h"

#include "core/store/SqliteDb.h"

#include <QMetaObject>

#include <sqlite3.h>

class StoreReader::Worker final : public QObject
{
public:
    explicit Worker(const QString &uri) : m_uri(uri) { }
    StoreReader::Numbers order(const StoreView &view, qint64 limit, size_t expected, bool *ok)
    {
        *ok = false;
        if (!m_db.isOpen()) {
            if (m_db.open(m_uri, false, true) != SQLITE_OK)
                return {};
            m_db.registerFunctions();
            sqlite3_busy_timeout(m_db.handle(), 1000);
            // A sort SQLite makes itself (a search's few thousand matches) stays in memory, as the
            // writer's temporary data does: nothing of the store goes to /var/tmp (EmailStore).
            m_db.exec("PRAGMA temp_store = MEMORY");
        }
        int code = SQLITE_DONE;
        auto numbers
            = QSharedPointer<std::vector<qint64>>::create(view.numbers(m_db, limit, &code, expected));
        *ok = code == SQLITE_DONE;
        return numbers;
    }

private:
    QString m_uri;
    SqliteDb m_db;
};

StoreReader::StoreReader(const QString &uri, QObject *parent) : QObject(parent), m_worker(new Worker(uri))
{
    qRegisterMetaType<StoreReader::Numbers>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("StoreReader"));
}

StoreReader::~StoreReader()
{
    if (!m_thread.isRunning()) {
        delete m_worker; // never asked: the thread was never started (its finished() never comes)
        return;
    }
    m_thread.quit();
    m_thread.wait();
}

void StoreReader::order(quint64 ticket, const StoreView &view, qint64 firstScreen, size_t expected)
{
    // Started at the first question: most stores are small enough to be ordered at once and never
    // ask, and a thread started while the window is being made takes the window's core from it.
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(m_worker, [this, ticket, view, firstScreen, expected] {
        bool ok = false;
        // Back on the asker's thread (queued signals from this one).
        if (firstScreen > 0) {
            const Numbers first = m_worker->order(view, firstScreen, 0, &ok);
            if (!ok || qsizetype(first->size()) < firstScreen) {
                emit ordered(ticket, first, ok, true); // that was all of it
                return;
            }
            emit ordered(ticket, first, ok, false);
        }
        const Numbers whole = m_worker->order(view, -1, expected, &ok); // (before ok is read)
        emit ordered(ticket, whole, ok, true);
    });
}
