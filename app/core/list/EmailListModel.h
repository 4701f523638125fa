#pragma once

#include "core/api/ApiError.h"
#include "core/api/EmailQuery.h"
#include "core/email/EmailActivity.h"
#include "core/email/EmailStatus.h"
#include "core/list/LeadNames.h"
#include "core/list/ListLoader.h"
#include "core/list/Throttle.h"
#include "core/store/ListRow.h"
#include "core/store/StoreReader.h"
#include "core/store/StoreView.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

class CloseClient;
class EmailStore;

// The email list: a table over the local store. It holds the order of the emails in view (one number
// each) and reads the rows on screen from the store, a window at a time, so a million stored emails
// cost a few megabytes. Sorting by any column, the status filter and the word search are indexed SQL
// (EmailStore), so they find emails that are not on screen. Its ListLoader brings pages from Close
// into the store; whatever reaches the store (a page, a save, a send, a delete) reaches the rows, and
// the selection and scroll position stay put while rows arrive, change or go.
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
        StatusRole, // EmailStatus as int; -1 for a status Draftdesk cannot read
        StatusNameRole, // "draft", "sent", … (for icons)
        LeadIdRole,
    };
    static constexpr int pageSize = ListLoader::pageSize;
    static constexpr int defaultMaxSkip = ListLoader::defaultMaxSkip;
    static constexpr int pagesAskedAhead = ListLoader::pagesAskedAhead;

    // Without a store of its own (setStore), the model keeps its rows in a store in memory, made when
    // first needed (the window's model is given the profile's store before it lists anything).
    explicit EmailListModel(CloseClient *client, QObject *parent = nullptr);
    ~EmailListModel() override;
    // The profile's store: the rows it holds show at once. Null: a store in memory.
    void setStore(EmailStore *store);
    EmailStore *store();

    // The server-side part of the view: lead, user and date filters. Shows what the store holds for
    // them at once, and loads the first page from Close.
    void setQuery(const EmailQuery &query);
    // The same view from the store alone, nothing asked of Close (before there is a connection).
    void showStored(const EmailQuery &query);
    // Forgets every row and stops loading, quietly (no error): the connection it belonged to failed.
    void clear();
    // Stops loading from Close; the stored rows stay (Close could not be reached).
    void stopLoading() { m_loader.clear(); }
    EmailQuery query() const { return m_loader.query(); }
    static QStringList listFields() { return ListLoader::listFields(); }
    void setMaxSkip(int maxSkip) { m_loader.setMaxSkip(maxSkip); }

    // The client-side part: a status (Close cannot filter by it) and words to search for.
    void setStatusFilter(std::optional<EmailStatus> status);
    std::optional<EmailStatus> statusFilter() const;
    void setSearchText(const QString &text);
    QString searchText() const { return m_view.search; }

    bool isLoading() const { return m_loader.isLoading(); }
    bool hasMore() const { return m_loader.hasMore(); }
    ApiError lastError() const { return m_loader.lastError(); }
    bool canRetry() const { return m_loader.canRetry(); }
    int unreadableRows() const { return m_loader.unreadableRows(); }
    int listRequestCount() const { return m_loader.listRequestCount(); }
    // How many of the rows Close listed in this session; those beyond came from the store as stored.
    int refreshedCount() const { return m_loader.listedCount(); }
    // Above this many stored emails (on disk) a view's order is read on the reader's thread; tests
    // lower it to drive that path with a small store.
    void setBackgroundOrderAbove(qint64 emails) { m_backgroundOrderAbove = emails; }
    // The reader is still reading the order of a big store's view.
    bool isOrdering() const { return m_asking; }
    // When the rows shown came from the store and Close has not answered yet: when they were loaded.
    QDateTime shownFromStoreAt() const;
    // When Close last listed this view's emails (a page of them), kept in the store; invalid: never.
    QDateTime loadedAt() const;
    // The list began with rows from the store (a start from disk) rather than from Close.
    bool cameFromStore() const { return m_cameFromStore; }
    int rowForId(const QString &id) const;
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Column -1: the order Close lists in (newest first).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    // Loads go into the store: it is made first when the model has none yet.
    void refresh()
    {
        store();
        m_loader.refresh();
    }
    void retry()
    {
        store();
        m_loader.retry();
    }
    void loadAll()
    {
        store();
        m_loader.loadAll();
    }
    // After a save or send: the row with this id changes in place (dataChanged, no reset). A whole
    // record is kept whole (keepRecord).
    void updateEmail(const EmailActivity &email);
    // An email read whole (opened or previewed): kept in the store with its text, so that search finds
    // words of its body and it opens without Close.
    void keepRecord(const EmailActivity &email);
    void removeEmail(const QString &id);
    // An email made through Draftdesk (a new draft): listed where its date puts it.
    void insertEmail(const EmailActivity &email);
    // What the list knows of a row (id, status, subject, to, sender, lead, date_updated), as a partial
    // record: enough to name it in a question. An unreadable status stays out, so it is never taken for a
    // draft.
    EmailActivity summaryAt(int row) const;

signals:
    void loadingChanged(bool loading);
    void pageLoaded(int rows, bool hasMore);
    void errorOccurred(const ApiError &error);
    // The store's file could not be used (a sentence naming it).
    void storeProblem(const QString &sentence);

private:
    // Reads the order of the view again and moves the rows to it: removed rows go, new ones come,
    // persistent indexes (selection, current row) follow their email.
    void follow();
    // The view itself changed (filters, words): the rows are replaced.
    void reload();
    void applyOrder(std::vector<qint64> order);
    // A store this big is ordered on the reader's thread; the first screen of a new view is read at once.
    bool ordersInBackground() const;
    void askOrder();
    void noteOrderRead(); // see m_orderReadThisTurn
    void onOrdered(quint64 ticket, const StoreReader::Numbers &numbers, bool ok, bool whole);
    void replaceOrder(std::vector<qint64> order);
    const ListRow *rowAt(int row) const;
    void onLeadName(const QString &leadId);
    // dataChanged for the rows of these numbers, as one range.
    void announceChanged(const QSet<qint64> &numbers, int firstColumn, int lastColumn);
    static bool isWholeRecord(const EmailActivity &email);
    void resolveLeads(const QList<ListRow> &rows);

    CloseClient *m_client;
    EmailStore *m_ownStore = nullptr; // in memory, until setStore
    EmailQuery m_shownQuery; // the server-side filters of the rows shown (the loader's, once it loads)
    EmailStore *m_store = nullptr; // see store()
    ListLoader m_loader;
    LeadNames *m_leadNames;
    // While Load All's pages arrive, the rows follow the store at most every followEvery: the order of
    // every row is read again to place a page's, 100 times in a load of 10,000 (a tenth of its time).
    static constexpr std::chrono::milliseconds followEvery {100};
    Throttle m_followDuringLoad;
    StoreView m_view;
    bool m_cameFromStore = false;
    bool m_cleared = false; // clear(): no rows until the next view
    std::unique_ptr<StoreReader> m_reader; // for a store on disk
    quint64 m_viewVersion = 0; // changes with the filters, words and sort
    bool m_asking = false;
    bool m_askAgain = false;
    qint64 m_backgroundOrderAbove = 20000;
    bool m_storeChanged = false; // since the last order was applied: rows read before may be old
    bool m_replaceOnAnswer = false; // the view changed: the next answer replaces the rows
    // The order was read (or asked of the reader) in this turn of the event loop: the same view shown
    // again before the loop runs (a connection made right after the store was opened) reads nothing.
    bool m_orderReadThisTurn = false;
    std::vector<qint64> m_order; // the store's numbers of the rows, in view order
    mutable QHash<qint64, ListRow> m_cache; // rows read from the store (those on screen and near)
};
