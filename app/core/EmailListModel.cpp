#include "EmailListModel.h"

#include "ApiCall.h"
#include "CloseClient.h"

#include <QJsonArray>
#include <QLocale>

EmailListModel::EmailListModel(CloseClient *client, QObject *parent)
    : QAbstractTableModel(parent), m_client(client)
{ }

EmailListModel::~EmailListModel()
{
    // Calls still running belong to the client; make sure they cannot reach us any more.
    if (m_pageCall)
        m_pageCall->cancel();
    if (m_refreshCall)
        m_refreshCall->cancel();
}

QStringList EmailListModel::listFields()
{
    return {QStringLiteral("id"),           QStringLiteral("status"),       QStringLiteral("subject"),
            QStringLiteral("to"),           QStringLiteral("sender"),       QStringLiteral("lead_id"),
            QStringLiteral("date_created"), QStringLiteral("date_updated"), QStringLiteral("date_scheduled"),
            QStringLiteral("date_sent"),    QStringLiteral("activity_at")};
}

EmailListModel::Row EmailListModel::rowFrom(const EmailActivity &email)
{
    Row row;
    row.id = email.id();
    row.status = email.status().value_or(EmailStatus::Draft);
    const QByteArray subject = email.subject().toUtf8();
    const QByteArray to = email.to().join(QLatin1String(", ")).toUtf8();
    const QByteArray sender = email.sender().toUtf8();
    const QByteArray leadId = email.leadId().toUtf8();
    row.text.reserve(subject.size() + to.size() + sender.size() + leadId.size());
    row.text.append(subject).append(to).append(sender).append(leadId);
    row.subjectEnd = quint32(subject.size());
    row.toEnd = quint32(subject.size() + to.size());
    row.senderEnd = quint32(subject.size() + to.size() + sender.size());
    row.created = email.dateCreated();
    row.updated = email.dateUpdated();
    row.scheduled = email.dateScheduled();
    row.sent = email.dateSent();
    row.activity = email.activityAt();
    return row;
}

EmailListModel::Row EmailListModel::rowFrom(const QJsonObject &json)
{
    return rowFrom(EmailActivity::fromJson(json, EmailActivity::ParseMode::Partial).activity);
}

QString EmailListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

void EmailListModel::setQuery(const EmailQuery &query)
{
    ++m_generation;
    if (m_pageCall)
        m_pageCall->cancel();
    if (m_refreshCall)
        m_refreshCall->cancel();
    m_pageCall = nullptr;
    m_refreshCall = nullptr;
    m_serverOffset = 0;
    m_query = query;
    m_started = true;
    m_loadAll = false;
    m_lastError = {};
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_hasMore = false;
    endResetModel();
    requestPage(0);
}

void EmailListModel::requestPage(int skip)
{
    if (m_pageCall || m_refreshCall)
        return;
    EmailQuery page = m_query;
    page.skip = skip;
    page.limit = pageSize;
    page.fields = listFields();
    ApiCall *call = m_client->listEmails(page);
    m_pageCall = call;
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, skip, generation](const ApiResult &result) {
        if (generation != m_generation)
            return;
        onPage(result, skip);
    });
    emit loadingChanged(true);
}

namespace {
// A list page must be {"data": [objects], "has_more": bool}; anything else is a bad answer.
bool readPage(const ApiResult &result, QJsonArray *data, bool *hasMore)
{
    const QJsonObject page = result.object();
    if (!result.json.isObject() || !page.value(u"data").isArray())
        return false;
    *data = page.value(u"data").toArray();
    *hasMore = page.value(u"has_more").toBool(false);
    return true;
}
} // namespace

void EmailListModel::onPage(const ApiResult &result, int skip)
{
    m_pageCall = nullptr;
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    QJsonArray data;
    bool more = false;
    if (!readPage(result, &data, &more)) {
        fail(ApiError::make(ApiError::Kind::BadResponse,
                            tr("The email list came back in an unexpected shape.")));
        return;
    }
    QList<Row> fresh;
    fresh.reserve(data.size());
    for (const QJsonValue &value : data) {
        Row row = rowFrom(value.toObject());
        // A row we already have (the list shifted between pages) is not shown twice.
        if (row.id.isEmpty() || m_rowById.contains(row.id))
            continue;
        m_rowById.insert(row.id, int(m_rows.size() + fresh.size()));
        fresh.append(std::move(row));
    }
    m_lastError = {};
    m_serverOffset = skip + int(data.size());
    m_hasMore = more;
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }
    emit loadingChanged(false);
    emit pageLoaded(int(m_rows.size()), m_hasMore);
    resolveLeads(fresh);
    if (m_loadAll && m_hasMore && m_rows.size() < loadAllLimit)
        requestPage(m_serverOffset);
    else
        m_loadAll = false;
}

void EmailListModel::fail(const ApiError &error)
{
    m_lastError = error;
    m_loadAll = false;
    emit loadingChanged(false);
    emit errorOccurred(error);
}

bool EmailListModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failure the view must not hammer the server: retry() is the user's call.
    return !parent.isValid() && m_started && m_hasMore && !isLoading() && !m_lastError.isError();
}

void EmailListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_serverOffset);
}

void EmailListModel::retry()
{
    if (!m_started) {
        setQuery(m_query);
        return;
    }
    m_lastError = {};
    if (m_rows.isEmpty() && m_serverOffset == 0)
        requestPage(0);
    else if (m_hasMore)
        requestPage(m_serverOffset);
    else
        refresh();
}

void EmailListModel::loadAll()
{
    m_loadAll = true;
    m_lastError = {};
    if (!isLoading() && m_hasMore)
        requestPage(m_serverOffset);
}

void EmailListModel::refresh()
{
    if (!m_started || m_refreshCall)
        return;
    if (m_pageCall)
        m_pageCall->cancel();
    m_pageCall = nullptr;
    m_lastError = {};
    ++m_generation;
    emit loadingChanged(true);
    refreshStep({}, qMax(m_serverOffset, int(pageSize)));
}

void EmailListModel::refreshStep(QList<Row> collected, int target)
{
    EmailQuery page = m_query;
    page.skip = int(collected.size());
    page.limit = pageSize;
    page.fields = listFields();
    ApiCall *call = m_client->listEmails(page);
    m_refreshCall = call;
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this,
            [this, collected, target, generation](const ApiResult &result) mutable {
                if (generation != m_generation)
                    return;
                m_refreshCall = nullptr;
                QJsonArray data;
                bool more = false;
                if (!result.ok() || !readPage(result, &data, &more)) {
                    fail(result.ok() ? ApiError::make(ApiError::Kind::BadResponse,
                                                      tr("The email list came back in an unexpected shape."))
                                     : result.error);
                    return;
                }
                for (const QJsonValue &value : data)
                    collected.append(rowFrom(value.toObject()));
                if (more && collected.size() < target) {
                    refreshStep(collected, target);
                    return;
                }
                onRefreshed(collected, more);
            });
}

void EmailListModel::onRefreshed(const QList<Row> &fetched, bool hasMore)
{
    m_serverOffset = int(fetched.size());
    QList<Row> rows;
    QSet<QString> seen;
    for (const Row &row : fetched) {
        if (!row.id.isEmpty() && !seen.contains(row.id)) {
            seen.insert(row.id);
            rows.append(row);
        }
    }
    // Grow or shrink at the end first; then a layout change moves every row (and every persistent
    // index: the selection, the current row) to where its id now is.
    const int oldCount = int(m_rows.size());
    const int newCount = int(rows.size());
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_rows.append(rows.mid(oldCount));
        endInsertRows();
    } else if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_rows.resize(newCount);
        endRemoveRows();
    }
    emit layoutAboutToBeChanged();
    QHash<QString, int> newRowById;
    for (int i = 0; i < newCount; ++i)
        newRowById.insert(rows.at(i).id, i);
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (const QModelIndex &index : persistent) {
        const int row = newRowById.value(m_rows.at(index.row()).id, -1);
        moved.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
    }
    m_rows = rows;
    changePersistentIndexList(persistent, moved);
    rebuildIndex();
    m_hasMore = hasMore;
    emit layoutChanged();
    emit dataChanged(index(0, 0), index(qMax(0, newCount - 1), ColumnCount - 1));
    emit loadingChanged(false);
    emit pageLoaded(newCount, m_hasMore);
    resolveLeads(m_rows);
}

void EmailListModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

void EmailListModel::updateEmail(const EmailActivity &email)
{
    const int row = rowForId(email.id());
    if (row < 0)
        return;
    EmailActivity merged = email;
    if (merged.leadId().isEmpty()) // a projection without lead_id keeps the lead it had
        merged.setValue(QStringLiteral("lead_id"), QString::fromUtf8(m_rows.at(row).leadId().toByteArray()));
    m_rows[row] = rowFrom(merged);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EmailListModel::removeEmail(const QString &id)
{
    const int row = rowForId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    --m_serverOffset;
    rebuildIndex();
    endRemoveRows();
}

void EmailListModel::resolveLeads(const QList<Row> &rows)
{
    for (const Row &row : rows) {
        const QString leadId = QString::fromUtf8(row.leadId().toByteArray());
        if (leadId.isEmpty() || m_leadsAsked.contains(leadId))
            continue;
        m_leadsAsked.insert(leadId);
        ApiCall *call = m_client->lead(leadId);
        connect(call, &ApiCall::finished, this, [this, leadId](const ApiResult &result) {
            if (!result.ok()) {
                m_leadsAsked.remove(leadId); // ask again with the next page
                return;
            }
            m_leadNames.insert(leadId, result.object().value(u"display_name").toString());
            for (int i = 0; i < m_rows.size(); ++i) {
                if (m_rows.at(i).leadId() == QByteArrayView(leadId.toUtf8()))
                    emit dataChanged(index(i, LeadColumn), index(i, LeadColumn));
            }
        });
    }
}

QString EmailListModel::leadName(QByteArrayView leadId) const
{
    const QString id = QString::fromUtf8(leadId);
    return m_leadNames.value(id, id);
}

QDateTime EmailListModel::displayDate(const Row &row) const
{
    switch (row.status) {
    case EmailStatus::Scheduled:
        return row.scheduled.isValid() ? row.scheduled : row.activity;
    case EmailStatus::Sent:
    case EmailStatus::Inbox:
    case EmailStatus::Error:
        return row.sent.isValid() ? row.sent : row.activity;
    case EmailStatus::Outbox:
        return row.activity.isValid() ? row.activity : row.updated;
    case EmailStatus::Draft:
        return row.created;
    }
    return row.created;
}

int EmailListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EmailListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmailListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case StatusRole:
        return int(row.status);
    case StatusNameRole:
        return EmailStatuses::toApi(row.status);
    case LeadIdRole:
        return QString::fromUtf8(row.leadId());
    case SearchTextRole:
        return QString(QString::fromUtf8(row.subject()) + QLatin1Char('\n') + QString::fromUtf8(row.to())
                       + QLatin1Char('\n') + QString::fromUtf8(row.sender()) + QLatin1Char('\n')
                       + leadName(row.leadId()));
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return int(row.status);
        case DateColumn:
            return displayDate(row);
        case UpdatedColumn:
            return row.updated;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const auto when = [role](const QDateTime &value) -> QVariant {
        if (!value.isValid())
            return QString();
        const QDateTime local = value.toLocalTime();
        if (role == Qt::ToolTipRole)
            return QLocale().toString(local, QLocale::LongFormat);
        // Minutes are enough in a list; the tooltip has the rest.
        return QString(QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                       + QLocale().toString(local.time(), QStringLiteral("HH:mm")));
    };
    switch (index.column()) {
    case StatusColumn:
        return EmailStatuses::displayName(row.status);
    case SubjectColumn:
        return row.subject().isEmpty() ? tr("(no subject)") : QString::fromUtf8(row.subject());
    case ToColumn:
        return QString::fromUtf8(row.to());
    case SenderColumn:
        return row.sender().isEmpty() && role == Qt::DisplayRole ? tr("(no sender)")
                                                                 : QString::fromUtf8(row.sender());
    case LeadColumn:
        return leadName(row.leadId());
    case DateColumn:
        return when(displayDate(row));
    case UpdatedColumn:
        return when(row.updated);
    }
    return {};
}

QVariant EmailListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case SubjectColumn:
        return tr("Subject");
    case ToColumn:
        return tr("To");
    case SenderColumn:
        return tr("Sender");
    case LeadColumn:
        return tr("Lead");
    case DateColumn:
        return tr("Date");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}
