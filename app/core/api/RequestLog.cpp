#include "core/api/RequestLog.h"

#include "core/base/ReleaseMemory.h"
#include "core/base/WholeFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <utility>

RequestLog::RequestLog(QObject *parent) : QAbstractTableModel(parent)
{
    m_packTimer.setSingleShot(true);
    connect(&m_packTimer, &QTimer::timeout, this, &RequestLog::packSome);
}

void RequestLog::packSome()
{
    // A slice at a time, so that the window never waits on it for long.
    QElapsedTimer slice;
    slice.start();
    for (Exchange &entry : m_entries) {
        if (entry.isPending() || !entry.responseBody.needsPacking())
            continue;
        if (slice.elapsed() >= 8) {
            m_packTimer.start(0);
            return;
        }
        const qsizetype before = entry.responseBody.storedSize();
        entry.responseBody.pack();
        m_bodyBytes += entry.responseBody.storedSize() - before;
        m_packedAway += before - entry.responseBody.storedSize();
    }
    // The bodies let go lie scattered through the heap, between what stays: give their pages back
    // once a load's worth of them was packed, or the process keeps them for ever (glibc does not).
    if (std::exchange(m_packedAway, 0) >= releaseAfterBytes)
        ReleaseMemory::now();
    emit bodiesPacked();
}

void RequestLog::setCapacity(qsizetype capacity)
{
    m_capacity = qMax<qsizetype>(1, capacity);
    const qsizetype excess = qsizetype(m_entries.size()) - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess - 1));
        for (qsizetype i = 0; i < excess; ++i)
            m_bodyBytes
                -= m_entries[size_t(i)].requestBody.size() + m_entries[size_t(i)].responseBody.storedSize();
        m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
        endRemoveRows();
    }
}

quint64 RequestLog::begin(Exchange exchange)
{
    if (qsizetype(m_entries.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_bodyBytes -= m_entries.front().requestBody.size() + m_entries.front().responseBody.storedSize();
        m_entries.pop_front();
        endRemoveRows();
    }
    exchange.id = m_nextId++;
    exchange.durationMs = -1;
    if (exchange.requestBody.size() > maxBodyBytes)
        exchange.requestBody = exchange.requestBody.left(maxBodyBytes);
    const int row = int(m_entries.size());
    m_bodyBytes += exchange.requestBody.size();
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(exchange));
    endInsertRows();
    enforceBodyBudget();
    return m_entries.back().id;
}

void RequestLog::finish(quint64 id, int status, const Exchange::Headers &headers, const QByteArray &body,
                        qint64 durationMs, int retries, const QString &error)
{
    for (size_t row = m_entries.size(); row-- > 0;) {
        Exchange &entry = m_entries[row];
        if (entry.id != id)
            continue;
        entry.status = status;
        entry.responseHeaders = keptHeaders(headers);
        entry.responseSize = body.size();
        entry.responseTruncated = body.size() > maxBodyBytes;
        m_bodyBytes -= entry.responseBody.storedSize();
        entry.responseBody = body.left(maxBodyBytes);
        m_bodyBytes += entry.responseBody.storedSize();
        entry.durationMs = durationMs;
        entry.retries = retries;
        entry.error = error;
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        enforceBodyBudget();
        if (entry.responseBody.needsPacking())
            m_packTimer.start(packAfterQuietMs); // again: it waits for a quiet moment
        return;
    }
}

Exchange::Headers RequestLog::keptHeaders(const Exchange::Headers &headers)
{
    Exchange::Headers kept;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const auto &[name, value] = headers.at(i);
        bytes += name.size() + value.size() + 4;
        if (bytes > maxHeaderBytes) {
            qsizetype rest = 0;
            for (qsizetype j = i; j < headers.size(); ++j)
                rest += headers.at(j).first.size() + headers.at(j).second.size() + 4;
            kept.append({"X-Draftdesk-Not-Kept",
                         QByteArray::number(headers.size() - i) + " more headers (" + QByteArray::number(rest)
                             + " bytes) were received and not kept"});
            return kept;
        }
        kept.append(headers.at(i));
    }
    return kept;
}

void RequestLog::enforceBodyBudget()
{
    for (Exchange &entry : m_entries) {
        if (m_bodyBytes <= maxTotalBodyBytes)
            return;
        if (entry.responseBody.isEmpty() && entry.requestBody.isEmpty())
            continue;
        m_bodyBytes -= entry.responseBody.storedSize() + entry.requestBody.size();
        entry.responseTruncated = entry.responseTruncated || !entry.responseBody.isEmpty();
        entry.responseBody.clear();
        entry.requestBody.clear();
    }
}

const Exchange *RequestLog::find(quint64 id) const
{
    for (const Exchange &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

namespace {
QJsonArray headersJson(const Exchange::Headers &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
    return array;
}

Exchange::Headers headersFrom(const QJsonValue &value)
{
    Exchange::Headers headers;
    for (const QJsonValue &pair : value.toArray())
        headers.append(
            {pair.toArray().at(0).toString().toLatin1(), pair.toArray().at(1).toString().toLatin1()});
    return headers;
}
} // namespace

bool RequestLog::saveTo(const QString &path, QString *error) const
{
    QJsonArray entries;
    for (const Exchange &e : m_entries) {
        if (e.isPending())
            continue;
        entries.append(QJsonObject {
            {QStringLiteral("started"), e.started.toString(Qt::ISODateWithMs)},
            {QStringLiteral("method"), QString::fromLatin1(e.method)},
            {QStringLiteral("url"), e.url.toString(QUrl::FullyEncoded)},
            {QStringLiteral("requestHeaders"), headersJson(e.requestHeaders)},
            {QStringLiteral("requestBody"), QString::fromUtf8(e.requestBody)},
            // 0 none, 1 API key, 2 OAuth token (the numbers older logs carry)
            {QStringLiteral("auth"),
             !e.auth                             ? 0
                 : *e.auth == AuthMethod::ApiKey ? 1
                                                 : 2},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("responseHeaders"), headersJson(e.responseHeaders)},
            {QStringLiteral("responseBody"), QString::fromUtf8(e.responseBody.bytes())},
            {QStringLiteral("responseSize"), e.responseSize},
            {QStringLiteral("durationMs"), e.durationMs},
            {QStringLiteral("retries"), e.retries},
            {QStringLiteral("error"), e.error},
        });
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    return WholeFile::write(
        path,
        QJsonDocument(QJsonObject {{QStringLiteral("format"), 1}, {QStringLiteral("entries"), entries}})
            .toJson(QJsonDocument::Compact),
        error);
}

bool RequestLog::loadFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(u"format").toInt() != 1)
        return false;
    for (const QJsonValue &value : json.value(u"entries").toArray()) {
        const QJsonObject o = value.toObject();
        Exchange e;
        e.started = QDateTime::fromString(o.value(u"started").toString(), Qt::ISODateWithMs);
        e.method = o.value(u"method").toString().toLatin1();
        e.url = QUrl(o.value(u"url").toString());
        e.requestHeaders = headersFrom(o.value(u"requestHeaders"));
        e.requestBody = o.value(u"requestBody").toString().toUtf8();
        switch (o.value(u"auth").toInt()) {
        case 1:
            e.auth = AuthMethod::ApiKey;
            break;
        case 2:
            e.auth = AuthMethod::OAuthToken;
            break;
        default:
            e.auth = std::nullopt;
        }
        const quint64 id = begin(e);
        finish(id, o.value(u"status").toInt(), headersFrom(o.value(u"responseHeaders")),
               o.value(u"responseBody").toString().toUtf8(), o.value(u"durationMs").toInteger(),
               o.value(u"retries").toInt(), o.value(u"error").toString());
    }
    return true;
}

void RequestLog::clear()
{
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    m_bodyBytes = 0;
    endResetModel();
}

int RequestLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Exchange &entry = m_entries.at(size_t(index.row()));
    if (role == ExchangeIdRole)
        return entry.id;
    if (role == StatusClassRole)
        return entry.status / 100;
    if (role == Qt::TextAlignmentRole && index.column() >= StatusColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return entry.started.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case MethodColumn:
        return QString::fromLatin1(entry.method);
    case PathColumn:
        return role == Qt::ToolTipRole ? entry.url.toString() : entry.url.path();
    case StatusColumn:
        if (entry.isPending())
            return tr("pending");
        return entry.status ? QVariant(entry.status) : QVariant(entry.error);
    case DurationColumn:
        return entry.isPending() ? QVariant() : QVariant(tr("%1 ms").arg(entry.durationMs));
    case SizeColumn:
        return entry.isPending() ? QVariant() : QVariant(QLocale().formattedDataSize(entry.responseSize));
    case RetriesColumn:
        return entry.retries;
    }
    return {};
}

QVariant RequestLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Size");
    case RetriesColumn:
        return tr("Retries");
    }
    return {};
}
