#include "core/list/ListLoader.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/store/EmailStore.h"

#include <QLocale>

#include <limits>
#include <utility>

ListLoader::ListLoader(CloseClient *client, EmailStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    m_takeAnswered.setSingleShot(true);
    m_takeAnswered.setInterval(0);
    connect(&m_takeAnswered, &QTimer::timeout, this, &ListLoader::takeAnswered);
    m_turnOver.setSingleShot(true);
    m_turnOver.setInterval(0);
    connect(&m_turnOver, &QTimer::timeout, this, [this] { m_pageThisTurn = false; });
}

ListLoader::~ListLoader()
{
    // Calls still running belong to the client; make sure they cannot reach us any more.
    if (m_pageCall)
        m_pageCall->cancel();
    if (m_refreshCall)
        m_refreshCall->cancel();
}

QStringList ListLoader::listFields()
{
    return {QStringLiteral("id"),           QStringLiteral("status"),         QStringLiteral("subject"),
            QStringLiteral("to"),           QStringLiteral("sender"),         QStringLiteral("lead_id"),
            QStringLiteral("user_id"),      QStringLiteral("contact_id"),     QStringLiteral("date_created"),
            QStringLiteral("date_updated"), QStringLiteral("date_scheduled"), QStringLiteral("date_sent"),
            QStringLiteral("activity_at")};
}

QString ListLoader::loadKey(const EmailQuery &query)
{
    EmailQuery filters = query;
    filters.fields.clear();
    filters.skip = 0;
    filters.limit = 0;
    return filters.toUrlQuery().toString(QUrl::FullyEncoded);
}

StoreView ListLoader::filtersOf(const EmailQuery &query)
{
    StoreView view;
    view.leadId = query.leadId;
    view.userId = query.userId;
    view.contactId = query.contactId;
    view.ids = query.ids;
    if (query.createdAfter.isValid())
        view.createdFromMicros = query.createdAfter.toMSecsSinceEpoch() * 1000;
    if (query.createdBefore.isValid())
        view.createdUntilMicros = query.createdBefore.toMSecsSinceEpoch() * 1000;
    if (query.activityAfter.isValid())
        view.activityFromMs = query.activityAfter.toMSecsSinceEpoch();
    if (query.activityBefore.isValid())
        view.activityUntilMs = query.activityBefore.toMSecsSinceEpoch();
    return view;
}

bool ListLoader::canRetry() const
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

ListPlan ListLoader::newPlan() const
{
    ListPlan::Window range;
    if (m_query.createdAfter.isValid())
        range.from = m_query.createdAfter.toMSecsSinceEpoch() * 1000;
    if (m_query.createdBefore.isValid())
        range.until = m_query.createdBefore.toMSecsSinceEpoch() * 1000;
    return ListPlan(range, pageSize, m_maxSkip);
}

void ListLoader::setQuery(const EmailQuery &query)
{
    m_query = query;
    reset(newPlan());
    m_started = true;
    requestPage();
}

void ListLoader::clear()
{
    const bool wasLoading = isLoading();
    reset(std::nullopt);
    m_started = false;
    if (wasLoading)
        emit loadingChanged(false);
}

void ListLoader::reset(std::optional<ListPlan> plan)
{
    ++m_generation; // answers still on their way belong to the old query
    cancelPrefetch();
    for (QPointer<ApiCall> *call : {&m_pageCall, &m_refreshCall}) {
        if (*call)
            (*call)->cancel();
        *call = nullptr;
    }
    m_loadAll = false;
    m_answered = false;
    m_lastError = {};
    m_unreadableRows = 0;
    m_listRequests = 0;
    m_seen.clear();
    m_plan = std::move(plan);
}

ApiCall *ListLoader::requestFor(const ListPlan::Request &request)
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

void ListLoader::requestPage()
{
    if (m_pageCall || m_refreshCall || m_answeredPage || !m_plan || m_plan->isDone())
        return;
    const ListPlan::Request wanted = m_plan->next();
    std::optional<ApiResult> answered;
    if (std::optional<PagesAhead::Page> taken = m_ahead.take(wanted)) {
        // The page asked for ahead is the one the plan wants: take it, answered or still on its way.
        m_pageCall = taken->call;
        answered = std::move(taken->result);
    } else {
        cancelPrefetch();
        m_pageCall = watchPage(requestFor(wanted));
    }
    emit loadingChanged(true);
    prefetchAfter(wanted);
    // Last: handling it may end the load or ask for the next page, and nothing here may follow that.
    if (answered)
        handleSoon(*answered);
}

ApiCall *ListLoader::watchPage(ApiCall *call)
{
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, generation, call](const ApiResult &result) {
        if (generation != m_generation)
            return;
        if (call == m_pageCall)
            handleSoon(result);
        else
            m_ahead.keep(call, result); // kept until the plan asks for this page
    });
    return call;
}

void ListLoader::handleSoon(const ApiResult &result)
{
    // One page per turn of the event loop. Answers that arrived together are delivered in one pass of
    // posted events, and Qt's event loop runs timers only once no posted event is left: pages handled
    // as they come (or chained by queued calls) would hold every timer of the window (caret,
    // animations) for several pages. The first page of a turn is handled at once (so a start paints
    // its rows in its first paint); the next waits for a zero timer, which runs after those due.
    m_answeredPage = result;
    if (m_pageThisTurn)
        m_takeAnswered.start();
    else
        takeAnswered();
}

void ListLoader::takeAnswered()
{
    if (!m_answeredPage)
        return;
    m_pageThisTurn = true;
    m_turnOver.start();
    onPage(*std::exchange(m_answeredPage, std::nullopt));
}

void ListLoader::prefetchAfter(const ListPlan::Request &current)
{
    // Load All asks for the following pages while this one travels and is read (see PagesAhead).
    if (!m_loadAll || current.probe)
        return;
    for (const ListPlan::Request &next : m_ahead.toAsk(*m_plan, current, pagesAskedAhead))
        m_ahead.add(next, watchPage(requestFor(next)));
}

void ListLoader::cancelPrefetch()
{
    m_ahead.cancel();
    m_takeAnswered.stop();
    m_answeredPage.reset();
}

std::optional<ListPageReader::Page> ListLoader::answerPlan(const ApiResult &result, ListPlan &plan,
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
    return page;
}

bool ListLoader::adaptToSkipCap(const ApiResult &result, ListPlan &plan)
{
    return result.error.kind == ApiError::Kind::Validation
        && result.error.fieldErrors.contains(QStringLiteral("_skip")) && plan.skipRefused();
}

void ListLoader::store(QList<ListRow> rows)
{
    if (rows.isEmpty())
        return;
    // The list is in creation order, newest first. A record whose date could not be read (a damaged
    // one) is listed where Close listed it: it takes its neighbour's date, and equal dates keep the
    // order they were stored in.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).createdMicros != 0)
            continue;
        for (qsizetype j = i - 1; j >= 0; --j) {
            if (rows.at(j).createdMicros != 0) {
                rows[i].createdMicros = rows.at(j).createdMicros;
                break;
            }
        }
        for (qsizetype j = i + 1; rows.at(i).createdMicros == 0 && j < rows.size(); ++j) {
            if (rows.at(j).createdMicros != 0)
                rows[i].createdMicros = rows.at(j).createdMicros;
        }
    }
    m_store->putListedRows(rows);
    emit rowsArrived(rows);
}

void ListLoader::onPage(const ApiResult &result)
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
    m_answered = true;
    QList<ListRow> fresh;
    fresh.reserve(answer->rows.size());
    for (const ListRow &row : answer->rows) {
        // A row already loaded (a window paged again, or the list shifted) adds nothing to see.
        if (!m_seen.contains(row.id())) {
            m_seen.insert(row.id());
            fresh.append(row);
        }
    }
    store(answer->rows); // all of them: a row seen before may have changed since
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
        emit loadingChanged(false);
    }
    if (!hasMore())
        forgetUnseen();
    m_store->setLoaded(loadKey(m_query), QDateTime::currentDateTimeUtc(), !hasMore());
    emit pageLoaded(hasMore());
}

void ListLoader::forgetUnseen()
{
    if (m_plan && m_plan->state() == ListPlan::State::Done && !m_lastError.isError())
        m_store->keepOnly(filtersOf(m_query), m_seen);
    // No page comes now to be told apart from the rows met, so their ids go: a Load All of a million
    // kept some 20 MB of them for as long as the window was open. (A refresh collects its own.)
    m_seen.clear();
}

void ListLoader::checkStuck()
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

void ListLoader::fail(const ApiError &error)
{
    m_lastError = error;
    m_loadAll = false;
    cancelPrefetch(); // the page after a failed one is asked again, in order, on retry
    emit loadingChanged(false);
    emit errorOccurred(error);
    emit pageLoaded(hasMore());
}

bool ListLoader::canFetchMore() const
{
    // After a failure the view must not hammer the server: retry() is the user's call.
    return m_started && hasMore() && !isLoading() && !m_lastError.isError();
}

void ListLoader::fetchMore()
{
    if (canFetchMore())
        requestPage();
}

void ListLoader::retry()
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

void ListLoader::loadAll()
{
    m_loadAll = true;
    m_lastError = {};
    if (!isLoading() && hasMore())
        requestPage();
}

void ListLoader::refresh()
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
    // Everything loaded before: everything again (new emails included). Otherwise as many as loaded.
    const int target = hasMore() ? qMax(int(m_seen.size()), int(pageSize)) : std::numeric_limits<int>::max();
    refreshStep({}, {}, newPlan(), target);
}

void ListLoader::refreshStep(QList<ListRow> collected, IdSet seen, ListPlan plan, int target)
{
    m_refreshCall = requestFor(plan.next());
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
                    if (!seen.contains(row.id())) {
                        seen.insert(row.id());
                        collected.append(row);
                    }
                }
                if (!plan.isDone() && collected.size() < target) {
                    refreshStep(std::move(collected), std::move(seen), std::move(plan), target);
                    return;
                }
                onRefreshed(collected, std::move(seen), std::move(plan));
            });
}

void ListLoader::onRefreshed(const QList<ListRow> &rows, IdSet seen, ListPlan plan)
{
    m_plan = std::move(plan);
    m_seen = std::move(seen);
    m_answered = true;
    store(rows);
    checkStuck();
    if (!hasMore())
        forgetUnseen();
    m_store->setLoaded(loadKey(m_query), QDateTime::currentDateTimeUtc(), !hasMore());
    emit loadingChanged(false);
    emit pageLoaded(hasMore());
}

void ListLoader::rowRemoved(qint64 createdMicros)
{
    if (m_plan)
        m_plan->rowRemoved(createdMicros);
}
