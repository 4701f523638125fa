#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiResult.h"
#include "core/api/EmailQuery.h"
#include "core/email/EmailActivity.h"
#include "core/list/LeadNames.h"
#include "core/list/ListPageReader.h"
#include "core/list/ListPlan.h"
#include "core/store/ListRow.h"
#include "core/list/PagesAhead.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QSet>

#include <optional>

class ApiCall;
class CloseClient;
struct ApiResult;

// The email list: a table over pages of GET /activity/email/ that asks only for the columns it shows
// (never the bodies), loads the next page when the view scrolls to it (canFetchMore/fetchMore), keeps
// rows it already has when a page fails, refreshes in place (selection and scroll survive), and
// updates one row in place after a save or send. Lead names are fetched once per lead and cached.
// Pages follow a ListPlan, so every email is reached however far past Close's _skip cap it lies; a
// row comes once, whatever order the server uses. A record that cannot be read costs that row only.
class EmailListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailListModel)

public:
    enum Column {
        StatusColumn,
        SubjectColumn,
        ToColumn,
        SenderColumn,
        LeadColumn,
        DateColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole, // EmailStatus as int
        StatusNameRole, // "draft", "sent", … (for icons)
        SortRole, // raw value for sorting (QDateTime, lower-case text)
        SearchTextRole, // subject, recipients, sender and lead name in one string
        LeadIdRole,
    };
    static constexpr int pageSize = 100;
    // Close caps _skip per resource; past this the list moves on in date windows. A 400 on _skip
    // below it teaches the model the server's own cap.
    static constexpr int defaultMaxSkip = 10000;
    // Load All keeps this many pages asked for beyond the one being read (see prefetchAfter).
    static constexpr int pagesAskedAhead = 3;

    explicit EmailListModel(CloseClient *client, QObject *parent = nullptr);
    ~EmailListModel() override;

    // The server-side part of the view: lead, user and date filters. Clears and loads the first page.
    void setQuery(const EmailQuery &query);
    // Forgets every row and stops loading, quietly (no error): the connection it belonged to failed.
    void clear();
    EmailQuery query() const { return m_query; }
    static QStringList listFields();

    void setMaxSkip(int maxSkip) { m_maxSkip = maxSkip; }

    bool isLoading() const { return !m_pageCall.isNull() || !m_refreshCall.isNull() || m_prefetchQueued; }
    // True while the server holds emails not loaded yet (whether or not a page is on its way).
    bool hasMore() const { return m_plan && !m_plan->isDone(); }
    ApiError lastError() const { return m_lastError; }
    // False after a failure that asking again cannot fix (a 400, a 404, a refusal, too many emails
    // at one instant): the user must change the filters first, and the message says so. The UI
    // offers Retry only when this is true.
    bool canRetry() const;
    // Records the server sent that could not be read (no usable id, or JSON too deep to parse).
    int unreadableRows() const { return m_unreadableRows; }
    // List requests sent since the query was set (pages, probes and refreshes).
    int listRequestCount() const { return m_listRequests; }
    int rowForId(const QString &id) const { return m_rowById.value(id.toUtf8(), -1); }
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public slots:
    // Reloads what is loaded (the same number of rows), keeping selection and scroll by id.
    void refresh();
    // Loads the page that failed (or the next one) again; rows already loaded are never duplicated.
    void retry();
    // Keeps loading pages until the server has no more.
    void loadAll();
    // After a save or send: the row with this id changes in place (dataChanged, no reset).
    void updateEmail(const EmailActivity &email);
    void removeEmail(const QString &id);
    // An email made through Draftdesk (a new draft): first in the list, where the newest stand. Paging
    // on may meet it again; rows come once by id.
    void insertEmail(const EmailActivity &email);
    // What the list knows of a row (id, status, subject, to, sender, lead, date_updated), as a partial
    // record: enough to name it in a question. An unreadable status stays out, so it is never taken for a
    // draft.
    EmailActivity summaryAt(int row) const;

signals:
    void loadingChanged(bool loading);
    void pageLoaded(int rows, bool hasMore);
    void errorOccurred(const ApiError &error);

private:
    ListPlan newPlan() const;
    // Drops every row and every call on its way, and starts over with this plan (none: stopped).
    void reset(std::optional<ListPlan> plan);
    ApiCall *requestFor(const ListPlan &plan);
    ApiCall *requestFor(const ListPlan::Request &request);
    // Routes a page call's answer: to onPage when it is the current page, else kept as prefetched.
    ApiCall *watchPage(ApiCall *call);
    void prefetchAfter(const ListPlan::Request &current);
    void cancelPrefetch();
    void requestPage();
    void onPage(const ApiResult &result);
    // Reads a page's rows and gives the plan its answer (their dates and the page's size); nothing,
    // with the reason in *error, when the answer is not a list page.
    std::optional<ListPageReader::Page> answerPlan(const ApiResult &result, ListPlan &plan, ApiError *error);
    // A 400 on _skip: the server's cap is lower than the plan thought. True when the plan adapted.
    bool adaptToSkipCap(const ApiResult &result, ListPlan &plan);
    void onRefreshed(const QList<ListRow> &rows, ListPlan plan);
    void refreshStep(QList<ListRow> collected, QSet<QByteArray> seen, ListPlan plan, int target);
    void checkStuck();
    void resolveLeads(const QList<ListRow> &rows);
    void onLeadName(const QString &leadId);
    void rebuildIndex();
    void fail(const ApiError &error);

    CloseClient *m_client;
    EmailQuery m_query;
    QList<ListRow> m_rows;
    QHash<QByteArray, int> m_rowById; // keys borrow the rows' bytes: see Row
    std::optional<ListPlan> m_plan; // what to ask next; empty before the first query
    int m_maxSkip = defaultMaxSkip;
    int m_unreadableRows = 0;
    int m_listRequests = 0;
    bool m_loadAll = false;
    bool m_started = false;
    ApiError m_lastError;
    QPointer<ApiCall> m_pageCall;
    QPointer<ApiCall> m_refreshCall;
    PagesAhead m_ahead;
    bool m_prefetchQueued = false; // a prefetched answer waits in the event queue for onPage
    LeadNames *m_leadNames;
    quint64 m_generation = 0; // answers to an older query are dropped
};
