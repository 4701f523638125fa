#pragma once

#include "core/store/StoreView.h"

#include <QObject>
#include <QSharedPointer>
#include <QThread>

#include <memory>
#include <vector>

class SqliteDb;

// Runs the long reads of a big store on a thread of its own, with a connection of its own (the store
// is in WAL mode, so it reads while the window's connection writes): the order of a view of a million
// emails takes a few hundred milliseconds, which the window must never wait for. Answers carry the
// ticket they were asked with; an asker keeps only the newest.
class StoreReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreReader)

public:
    using Numbers = QSharedPointer<const std::vector<qint64>>;

    explicit StoreReader(const QString &uri, QObject *parent = nullptr);
    ~StoreReader() override;
    // With firstScreen > 0, answers twice: those first rows (quickly), then the whole order.
    void order(quint64 ticket, const StoreView &view, qint64 firstScreen, size_t expected);

signals:
    void ordered(quint64 ticket, StoreReader::Numbers numbers, bool ok, bool whole);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker;
};
