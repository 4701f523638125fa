#include "core/list/EmailListModel.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/base/BidiText.h"
#include "core/base/EmailAddress.h"
#include "core/base/IsoDateTime.h"
#include "core/list/ListCellText.h"

#include <QJsonArray>
#include <QLocale>

#include <limits>
#include <utility>

EmailListModel::EmailListModel(CloseClient *client, QObject *parent)
    : QAbstractTableModel(parent), m_client(client), m_leadNames(new LeadNames(client, this))
{
    connect(m_leadNames, &LeadNames::arrived, this, &EmailListModel::onLeadName);
}

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

QString EmailListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? QString::fromUtf8(m_rows.at(row).id()) : QString();
}

bool EmailListModel::canRetry() const
{
    switch (m_lastError.kind) {
    case ApiError::Kind::Validation:
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Forbidden:
        return false;
    default:
        return m_plan && m_plan->state() != ListPlan::State::Stuck;
    }
}

ListPlan EmailListModel::newPlan() const
{
    ListPlan::Window range;
    if (m_query.createdAfter.isValid())
        range.from = m_query.createdAfter.toMSecsSinceEpoch() * 1000;
    if (m_query.createdBefore.isValid())
        range.until = m_query.createdBefore.toMSecsSinceEpoch() * 1000;
    return ListPlan(range, pageSize, m_maxSkip);
}

void EmailListModel::setQuery(const EmailQuery &query)
{
    m_query = query;
    reset(newPlan());
    m_started = true;
    requestPage();
}

void EmailListModel::clear()
{
    const bool wasLoading = isLoading();
    reset(std::nullopt);
    m_started = false;
    if (wasLoading)
        emit loadingChanged(false);
}

void EmailListModel::reset(std::optional<ListPlan> plan)
{
    ++m_generation; // answers still on their way belong to the old rows
    cancelPrefetch();
    for (QPointer<ApiCall> *call : {&m_pageCall, &m_refreshCall}) {
        if (*call)
            (*call)->cancel();
        *call = nullptr;
    }
    m_loadAll = false;
    m_lastError = {};
    m_unreadableRows = 0;
    m_listRequests = 0;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_plan = std::move(plan);
    endResetModel();
}

ApiCall *EmailListModel::requestFor(const ListPlan &plan)
{
    return requestFor(plan.next());
}

ApiCall *EmailListModel::requestFor(const ListPlan::Request &request)
{
    EmailQuery page = m_query;
    page.createdFromMicros = request.window.from;
    page.createdUntilMicros = request.window.until;
    page.skip = request.skip;
    page.limit = request.limit;
    page.fields
        = request.probe ? QStringList {QStringLiteral("id"), QStringLiteral("date_created")} : listFields();
    ++m_listRequests;
    return m_client->listEmails(page, CloseClient::Answer::Bytes);
}

void EmailListModel::requestPage()
{
    if (m_pageCall || m_refreshCall || m_prefetchQueued || !m_plan || m_plan->isDone())
        return;
    const ListPlan::Request wanted = m_plan->next();
    const quint64 generation = m_generation;
    if (std::optional<PagesAhead::Page> taken = m_ahead.take(wanted)) {
        // The page asked for ahead is the one the plan wants: take it, answered or still on its way.
        m_pageCall = taken->call;
        if (taken->result) {
            m_prefetchQueued = true; // after this page's rows are in, in the server's order
            QMetaObject::invokeMethod(
                this,
                [this, generation, page = *taken->result] {
                    if (generation != m_generation || !m_prefetchQueued)
                        return;
                    m_prefetchQueued = false;
                    onPage(page);
                },
                Qt::QueuedConnection);
        }
    } else {
        cancelPrefetch();
        m_pageCall = watchPage(requestFor(wanted));
    }
    emit loadingChanged(true);
    prefetchAfter(wanted);
}

ApiCall *EmailListModel::watchPage(ApiCall *call)
{
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, generation, call](const ApiResult &result) {
        if (generation != m_generation)
            return;
        if (call == m_pageCall)
            onPage(result);
        else
            m_ahead.keep(call, result); // kept until the plan asks for this page
    });
    return call;
}

void EmailListModel::prefetchAfter(const ListPlan::Request &current)
{
    // Load All asks for the following pages while this one travels and is read (see PagesAhead).
    if (!m_loadAll || current.probe)
        return;
    for (const ListPlan::Request &next : m_ahead.toAsk(*m_plan, current, pagesAskedAhead))
        m_ahead.add(next, watchPage(requestFor(next)));
}

void EmailListModel::cancelPrefetch()
{
    m_ahead.cancel();
    m_prefetchQueued = false;
}

std::optional<ListPageReader::Page> EmailListModel::answerPlan(const ApiResult &result, ListPlan &plan,
                                                               ApiError *error)
{
    const bool probe = plan.next().probe;
    std::optional<ListPageReader::Page> page
        = ListPageReader::read(result, probe, m_client->baseUrl().host(), error);
    if (!page)
        return std::nullopt;
    if (!probe)
        m_unreadableRows += page->unreadable;
    plan.answer(page->dates, page->records, page->hasMore);
    ListRow::shareBlock(page->rows);
    return page;
}

bool EmailListModel::adaptToSkipCap(const ApiResult &result, ListPlan &plan)
{
    return result.error.kind == ApiError::Kind::Validation
        && result.error.fieldErrors.contains(QStringLiteral("_skip")) && plan.skipRefused();
}

void EmailListModel::onPage(const ApiResult &result)
{
    m_pageCall = nullptr;
    if (!result.ok()) {
        if (adaptToSkipCap(result, *m_plan)) {
            requestPage();
            return;
        }
        fail(result.error);
        return;
    }
    ApiError error;
    const bool probe = m_plan->next().probe;
    const std::optional<ListPageReader::Page> answer = answerPlan(result, *m_plan, &error);
    if (!answer) {
        fail(error);
        return;
    }
    m_lastError = {};
    QList<ListRow> fresh;
    fresh.reserve(answer->rows.size());
    for (const ListRow &row : answer->rows) {
        // A row we already have (a window paged again, or the list shifted) is not shown twice.
        if (!m_rowById.contains(row.key()))
            fresh.append(row);
    }
    if (!fresh.isEmpty()) {
        for (qsizetype i = 0; i < fresh.size(); ++i)
            m_rowById.insert(fresh.at(i).key(), int(m_rows.size() + i));
        resolveLeads(fresh); // asked before the rows show: their lead cells say "…", not an id
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }
    checkStuck();
    // Probes and pages of rows already loaded add nothing to see: go on at once while the view (or
    // Load All) still wants rows, so that canFetchMore is not asked about an empty step.
    const bool continueAtOnce = m_loadAll || probe || (fresh.isEmpty() && answer->readable > 0);
    const bool more = continueAtOnce && hasMore() && !m_lastError.isError();
    if (more) {
        requestPage(); // usually taken from the page Load All asked for ahead
    } else {
        cancelPrefetch(); // a guess past the last page, or Load All stopped
        m_loadAll = m_loadAll && hasMore();
        if (!hasMore())
            m_rows.squeeze(); // every row is in: give back what growing the list reserved
        emit loadingChanged(false);
    }
    emit pageLoaded(int(m_rows.size()), hasMore());
}

void EmailListModel::checkStuck()
{
    if (!m_plan || m_plan->state() != ListPlan::State::Stuck)
        return;
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(m_plan->stuckAt() / 1000, Qt::UTC);
    m_lastError = ApiError::make(
        ApiError::Kind::BadResponse,
        tr("More than %n emails were created at the same moment (%1), and Close cannot list past that "
           "many in one go. Filter by lead or user to see the rest.",
           nullptr, m_plan->maxSkip() + pageSize)
            .arg(QLocale().toString(instant.toLocalTime(), QLocale::LongFormat)));
    m_loadAll = false;
    emit errorOccurred(m_lastError);
}

void EmailListModel::fail(const ApiError &error)
{
    m_lastError = error;
    m_loadAll = false;
    cancelPrefetch(); // the page after a failed one is asked again, in order, on retry
    emit loadingChanged(false);
    emit errorOccurred(error);
    emit pageLoaded(int(m_rows.size()), hasMore());
}

bool EmailListModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failure the view must not hammer the server: retry() is the user's call.
    return !parent.isValid() && m_started && hasMore() && !isLoading() && !m_lastError.isError();
}

void EmailListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void EmailListModel::retry()
{
    if (!m_started || !m_plan) {
        setQuery(m_query);
        return;
    }
    m_lastError = {};
    if (hasMore())
        requestPage();
    else
        refresh();
}

void EmailListModel::loadAll()
{
    m_loadAll = true;
    m_lastError = {};
    if (!isLoading() && hasMore())
        requestPage();
}

void EmailListModel::refresh()
{
    if (!m_started || m_refreshCall)
        return;
    if (m_pageCall)
        m_pageCall->cancel();
    m_pageCall = nullptr;
    cancelPrefetch();
    m_lastError = {};
    ++m_generation;
    emit loadingChanged(true);
    // Everything loaded before: everything again (new emails included). Otherwise as many as shown.
    const int target = hasMore() ? qMax(int(m_rows.size()), int(pageSize)) : std::numeric_limits<int>::max();
    refreshStep({}, {}, newPlan(), target);
}

void EmailListModel::refreshStep(QList<ListRow> collected, QSet<QByteArray> seen, ListPlan plan, int target)
{
    m_refreshCall = requestFor(plan);
    const quint64 generation = m_generation;
    connect(m_refreshCall, &ApiCall::finished, this,
            [this, collected, seen, plan, target, generation](const ApiResult &result) mutable {
                if (generation != m_generation)
                    return;
                m_refreshCall = nullptr;
                if (!result.ok()) {
                    if (adaptToSkipCap(result, plan)) {
                        refreshStep(std::move(collected), std::move(seen), std::move(plan), target);
                        return;
                    }
                    fail(result.error);
                    return;
                }
                ApiError error;
                const std::optional<ListPageReader::Page> answer = answerPlan(result, plan, &error);
                if (!answer) {
                    fail(error);
                    return;
                }
                for (const ListRow &row : answer->rows) {
                    if (!seen.contains(row.id().toByteArray())) {
                        seen.insert(row.id().toByteArray());
                        collected.append(row);
                    }
                }
                if (!plan.isDone() && collected.size() < target) {
                    refreshStep(std::move(collected), std::move(seen), std::move(plan), target);
                    return;
                }
                onRefreshed(collected, std::move(plan));
            });
}

void EmailListModel::onRefreshed(const QList<ListRow> &rows, ListPlan plan)
{
    m_plan = std::move(plan);
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
    QHash<QByteArray, int> newRowById;
    for (int i = 0; i < newCount; ++i)
        newRowById.insert(rows.at(i).key(), i);
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (const QModelIndex &index : persistent) {
        const int row = newRowById.value(m_rows.at(index.row()).key(), -1);
        moved.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
    }
    m_rows = rows;
    changePersistentIndexList(persistent, moved);
    rebuildIndex();
    resolveLeads(m_rows);
    emit layoutChanged();
    emit dataChanged(index(0, 0), index(qMax(0, newCount - 1), ColumnCount - 1));
    checkStuck();
    emit loadingChanged(false);
    emit pageLoaded(newCount, hasMore());
}

void EmailListModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).key(), i);
}

void EmailListModel::updateEmail(const EmailActivity &email)
{
    const int row = rowForId(email.id());
    if (row < 0)
        return;
    EmailActivity merged = email;
    if (merged.leadId().isEmpty()) // a projection without lead_id keeps the lead it had
        merged.setValue(QStringLiteral("lead_id"), QString::fromUtf8(m_rows.at(row).leadId().toByteArray()));
    // The index's key borrows the old row's bytes: re-key before they can go.
    m_rowById.remove(m_rows.at(row).key());
    m_rows[row] = ListRow::from(merged);
    m_rowById.insert(m_rows.at(row).key(), row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EmailListModel::insertEmail(const EmailActivity &email)
{
    if (email.id().isEmpty() || rowForId(email.id()) >= 0)
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(ListRow::from(email));
    rebuildIndex();
    endInsertRows();
    resolveLeads({m_rows.constFirst()});
}

EmailActivity EmailListModel::summaryAt(int row) const
{
    EmailActivity email;
    if (row < 0 || row >= m_rows.size())
        return email;
    const ListRow &r = m_rows.at(row);
    email.setValue(QStringLiteral("id"), QString::fromUtf8(r.id()));
    if (!r.statusUnreadable)
        email.setValue(QStringLiteral("status"), EmailStatuses::toApi(r.status));
    email.setValue(QStringLiteral("subject"), QString::fromUtf8(r.subject()));
    email.setValue(QStringLiteral("to"),
                   QJsonArray::fromStringList(EmailAddress::splitList(QString::fromUtf8(r.to()))));
    email.setValue(QStringLiteral("sender"), QString::fromUtf8(r.sender()));
    email.setValue(QStringLiteral("lead_id"), QString::fromUtf8(r.leadId()));
    if (r.updated.isValid())
        email.setValue(QStringLiteral("date_updated"), r.updated.toUTC().toString(Qt::ISODateWithMs));
    return email;
}

void EmailListModel::removeEmail(const QString &id)
{
    const int row = rowForId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    if (m_plan)
        m_plan->rowRemoved(m_rows.at(row).createdMicros);
    m_rows.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

void EmailListModel::resolveLeads(const QList<ListRow> &rows)
{
    QSet<QString> leadIds;
    for (const ListRow &row : rows)
        leadIds.insert(QString::fromUtf8(row.leadId()));
    m_leadNames->want(leadIds);
}

void EmailListModel::onLeadName(const QString &leadId)
{
    const QByteArray id = leadId.toUtf8();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).leadId() == QByteArrayView(id))
            emit dataChanged(index(i, LeadColumn), index(i, LeadColumn));
    }
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
    const ListRow &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return QString::fromUtf8(row.id());
    // A status Draftdesk cannot read is none of the six: no icon, no status filter takes it for one.
    case StatusRole:
        return row.statusUnreadable ? -1 : int(row.status);
    case StatusNameRole:
        return row.statusUnreadable ? QString() : EmailStatuses::toApi(row.status);
    case LeadIdRole:
        return QString::fromUtf8(row.leadId());
    case SearchTextRole:
        return QString(QString::fromUtf8(row.subject()) + QLatin1Char('\n') + QString::fromUtf8(row.to())
                       + QLatin1Char('\n') + QString::fromUtf8(row.sender()) + QLatin1Char('\n')
                       + m_leadNames->nameOf(QString::fromUtf8(row.leadId())));
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return int(row.status);
        case DateColumn:
            return row.shownDate();
        case UpdatedColumn:
            return row.updated;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return ListCellText::text(row, index.column(), role, *m_leadNames);
    default:
        return {};
    }
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
