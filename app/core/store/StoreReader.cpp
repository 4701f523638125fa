#include "core/store/StoreReader.h"

#include "core/store/SqliteDb.h"

#include <QMetaObject>

#include <sqlite3.h>

class StoreReader::Worker final : public QObject
{
public:
    explicit Worker(const QString &uri) : m_uri(uri) { }
    StoreReader::Numbers order(const StoreView &view, size_t expected, bool *ok)
    {
        *ok = false;
        if (!m_db.isOpen()) {
            if (m_db.open(m_uri, false, true) != SQLITE_OK)
                return {};
            m_db.registerFunctions();
            sqlite3_busy_timeout(m_db.handle(), 1000);
        }
        int code = SQLITE_DONE;
        auto numbers = QSharedPointer<std::vector<qint64>>::create(view.numbers(m_db, -1, &code, expected));
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
    m_thread.start(QThread::LowPriority);
}

StoreReader::~StoreReader()
{
    m_thread.quit();
    m_thread.wait();
}

void StoreReader::order(quint64 ticket, const StoreView &view, size_t expected)
{
    QMetaObject::invokeMethod(m_worker, [this, ticket, view, expected] {
        bool ok = false;
        Numbers numbers = m_worker->order(view, expected, &ok);
        // Back on the asker's thread (a queued signal from this thread).
        emit ordered(ticket, numbers, ok);
    });
}
