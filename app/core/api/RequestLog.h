#pragma once

#include "core/api/Exchange.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>

// A bounded record of the client's exchanges (the newest `capacity`), and the table model the network
// inspector shows. Rows are added when a request starts and updated in place when it ends.
class RequestLog final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLog)

public:
    enum Column {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        SizeColumn,
        RetriesColumn,
        ColumnCount
    };
    enum Role { ExchangeIdRole = Qt::UserRole + 1, StatusClassRole };
    static constexpr qsizetype defaultCapacity = 1000;
    static constexpr qsizetype maxBodyBytes = 256 * 1024;
    // Response headers kept per exchange: a hostile server's megabyte of them would be kept for every
    // request and shown whole in the inspector. The rest is counted in one last header.
    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    static Exchange::Headers keptHeaders(const Exchange::Headers &headers);
    // All kept bodies together; past this the oldest entries lose their bodies (headers stay).
    static constexpr qsizetype maxTotalBodyBytes = 32 * 1024 * 1024;

    explicit RequestLog(QObject *parent = nullptr);

    void setCapacity(qsizetype capacity);
    qsizetype capacity() const { return m_capacity; }

    // Records a started request (its Authorization must already be redacted) and returns its id.
    quint64 begin(Exchange exchange);
    // Completes the exchange with this id, if it is still in the log.
    void finish(quint64 id, int status, const Exchange::Headers &headers, const QByteArray &body,
                qint64 durationMs, int retries, const QString &error);
    const Exchange *find(quint64 id) const;
    const Exchange &at(int row) const { return m_entries.at(size_t(row)); }
    int size() const { return int(m_entries.size()); }
    qsizetype bodyBytes() const { return m_bodyBytes; }
    // Large response bodies are compressed once the network has been quiet for a moment (not on
    // the way of a request: during Load All that would cost the list about 30 ms per 10,000 rows),
    // a few milliseconds at a time. True while some still wait for it.
    bool isPacking() const { return m_packTimer.isActive(); }
    static constexpr int packAfterQuietMs = 300;

signals:
    void bodiesPacked();

public:
    void clear();
    // Kept across restarts when a profile asks for it. Entries are stored as they are here, which is
    // already without the secret.
    bool saveTo(const QString &path, QString *error) const;
    bool loadFrom(const QString &path);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void enforceBodyBudget();
    void packSome();

    std::deque<Exchange> m_entries;
    qsizetype m_bodyBytes = 0;
    qsizetype m_capacity = defaultCapacity;
    quint64 m_nextId = 1;
    QTimer m_packTimer;
    static constexpr qsizetype releaseAfterBytes = 1024 * 1024;
    qsizetype m_packedAway = 0; // bytes the packing of this quiet moment let go
};
