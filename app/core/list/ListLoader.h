#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiResult.h"
#include "core/api/EmailQuery.h"
#include "core/base/IdSet.h"
#include "core/list/ListPageReader.h"
#include "core/list/ListPlan.h"
#include "core/list/PagesAhead.h"
#include "core/store/StoreView.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

class ApiCall;
class CloseClient;
class EmailStore;

// Loads the email list from Close into the store: pages of GET /activity/email/ that ask only for the
// list's columns (never the bodies), the next page when the view wants more, every page at once
// (Load All, asking a few ahead), a refresh of what was loaded, and a retry of what failed. Pages
// follow a ListPlan, so every email is reached however far past Close's _skip cap it lies. A record
// that cannot be read costs its row only. What it loads goes to the store; the list shows the store.
class ListLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListLoader)

public:
    static constexpr int pageSize = 100;
    // Close caps _skip per resource; past this the list moves on in date windows. A 400 on _skip
    // below it teaches the loader the server's own cap.
    static constexpr int defaultMaxSkip = 10000;
    // Load All keeps this many pages asked for beyond the one being read (see prefetchAfter).
    static constexpr int pagesAskedAhead = 3;

    ListLoader(CloseClient *client, EmailStore *store, QObject *parent = nullptr);
    ~ListLoader() override;
    void setStore(EmailStore *store) { m_store = store; }

    void setQuery(const EmailQuery &query);
    void clear();
    EmailQuery query() const { return m_query; }
    static QStringList listFields();
    // The store's key for what this query loaded (its filters, not its page).
    static QString loadKey(const EmailQuery &query);
    // The stored emails this query lists (its filters as the store applies them).
    static StoreView filtersOf(const EmailQuery &query);
    void setMaxSkip(int maxSkip) { m_maxSkip = maxSkip; }

    bool isLoading() const
    {
        return !m_pageCall.isNull() || !m_refreshCall.isNull() || m_answeredPage.has_value();
    }
    bool hasMore() const { return m_plan && !m_plan->isDone(); }
    // Load All is under way: pages come one after another until the last.
    bool isLoadingAll() const { return m_loadAll; }
    bool isStarted() const { return m_started; }
    // A page came from Close since the query was set (the list is no longer only what was stored).
    bool hasAnswered() const { return m_answered; }
    ApiError lastError() const { return m_lastError; }
    bool canRetry() const;
    int unreadableRows() const { return m_unreadableRows; }
    int listRequestCount() const { return m_listRequests; }
    // How many emails Close listed since the query was set (the list may show more, from the store).
    int listedCount() const { return int(m_seen.size()); }
    bool canFetchMore() const;
    void fetchMore();
    void refresh();
    void retry();
    void loadAll();
    // A listed email went away (deleted): a window being paged shifts by one.
    void rowRemoved(qint64 createdMicros);
    // An email made through Draftdesk: listed, so a load that ends without meeting it keeps it.
    void noteListed(const QString &id) { m_seen.insert(id.toUtf8()); }

signals:
    void loadingChanged(bool loading);
    void pageLoaded(bool hasMore);
    void errorOccurred(const ApiError &error);
    // Rows that came from Close (after they were stored), for the names of their leads.
    void rowsArrived(const QList<ListRow> &rows);

private:
    ListPlan newPlan() const;
    void reset(std::optional<ListPlan> plan);
    ApiCall *requestFor(const ListPlan::Request &request);
    ApiCall *watchPage(ApiCall *call);
    void handleSoon(const ApiResult &result);
    void takeAnswered();
    void prefetchAfter(const ListPlan::Request &current);
    void cancelPrefetch();
    void requestPage();
    void onPage(const ApiResult &result);
    std::optional<ListPageReader::Page> answerPlan(const ApiResult &result, ListPlan &plan, ApiError *error);
    bool adaptToSkipCap(const ApiResult &result, ListPlan &plan);
    void onRefreshed(const QList<ListRow> &rows, IdSet seen, ListPlan plan);
    void refreshStep(QList<ListRow> collected, IdSet seen, ListPlan plan, int target);
    void store(QList<ListRow> rows);
    // The list is complete: stored emails of this query that Close no longer has are gone, and so
    // are the ids met.
    void forgetUnseen();
    void checkStuck();
    void fail(const ApiError &error);

    CloseClient *m_client;
    EmailStore *m_store;
    EmailQuery m_query;
    IdSet m_seen; // ids loaded since the query was set, until it is complete: a page of them adds nothing
    std::optional<ListPlan> m_plan;
    int m_maxSkip = defaultMaxSkip;
    int m_unreadableRows = 0;
    int m_listRequests = 0;
    bool m_loadAll = false;
    bool m_started = false;
    bool m_answered = false;
    ApiError m_lastError;
    QPointer<ApiCall> m_pageCall;
    QPointer<ApiCall> m_refreshCall;
    PagesAhead m_ahead;
    QTimer m_takeAnswered; // hands m_answeredPage to onPage once the event loop turned
    QTimer m_turnOver; // ends the turn in which a page was handled
    bool m_pageThisTurn = false;
    std::optional<ApiResult> m_answeredPage; // in, waiting for its turn (the load goes on meanwhile)
    quint64 m_generation = 0;
};
