#include "core/list/EmailListModel.h"

#include "core/api/CloseClient.h"
#include "core/base/EmailAddress.h"
#include "core/base/ReleaseMemory.h"
#include "core/list/ListCellText.h"
#include "core/store/EmailStore.h"

#include <QJsonArray>

#include <algorithm>

namespace {
// Rows are read from the store this many at a time, around the one a view asks for.
constexpr int readBlock = 64;
// Rows kept read; more and the oldest reads are dropped (a screen shows about fifty).
constexpr int cacheLimit = 1024;
// What a new view shows first while the reader reads the rest: more than any screen holds.
constexpr qint64 firstScreen = 256;

StoreView::Sort sortOf(int column)
{
    switch (column) {
    case EmailListModel::StatusColumn:
        return StoreView::Sort::Status;
    case EmailListModel::SubjectColumn:
        return StoreView::Sort::Subject;
    case EmailListModel::ToColumn:
        return StoreView::Sort::Recipients;
    case EmailListModel::SenderColumn:
        return StoreView::Sort::Sender;
    case EmailListModel::LeadColumn:
        return StoreView::Sort::LeadName;
    case EmailListModel::DateColumn:
        return StoreView::Sort::Shown;
    case EmailListModel::UpdatedColumn:
        return StoreView::Sort::Updated;
    default:
        return StoreView::Sort::Created;
    }
}
} // namespace

EmailListModel::EmailListModel(CloseClient *client, QObject *parent)
    : QAbstractTableModel(parent),
      m_client(client),
      m_loader(client, nullptr),
      m_leadNames(new LeadNames(client, this)),
      m_followDuringLoad(followEvery, [this] { follow(); })
{
    connect(m_leadNames, &LeadNames::arrived, this, &EmailListModel::onLeadName);
    connect(&m_loader, &ListLoader::rowsArrived, this, &EmailListModel::resolveLeads);
    // A load that ended (its last page, a failure, a stop) shows every row it wrote before it says so.
    connect(&m_loader, &ListLoader::loadingChanged, this, [this](bool loading) {
        if (!loading)
            m_followDuringLoad.flush();
    });
    connect(&m_loader, &ListLoader::loadingChanged, this, &EmailListModel::loadingChanged);
    // A load that ended let go of its pages: the allocator gives that memory back, once things settle.
    connect(&m_loader, &ListLoader::loadingChanged, this, [this](bool loading) {
        if (!loading)
            QMetaObject::invokeMethod(
                this, [] { ReleaseMemory::now(); }, Qt::QueuedConnection);
    });
    connect(&m_loader, &ListLoader::errorOccurred, this, &EmailListModel::errorOccurred);
    connect(&m_loader, &ListLoader::pageLoaded, this,
            [this](bool more) { emit pageLoaded(rowCount(), more); });
}

EmailListModel::~EmailListModel() = default;

EmailStore *EmailListModel::store()
{
    if (!m_store)
        setStore(nullptr); // a store in memory: an empty one costs a schema, so only when needed
    return m_store;
}

void EmailListModel::setStore(EmailStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    if (!store && !m_ownStore)
        m_ownStore = new EmailStore(this);
    m_store = store ? store : m_ownStore;
    m_loader.setStore(m_store);
    m_leadNames->setLookup([store = m_store](const QString &leadId) { return store->leadName(leadId); });
    m_asking = m_askAgain = false;
    m_reader.reset();
    if (m_store->isOnDisk()) {
        m_reader = std::make_unique<StoreReader>(m_store->uri());
        connect(m_reader.get(), &StoreReader::ordered, this, &EmailListModel::onOrdered);
    }
    connect(m_store, &EmailStore::problemOccurred, this, &EmailListModel::storeProblem);
    // The background reader reads what is committed: pages written since show once they are.
    connect(m_store, &EmailStore::committed, this, [this] {
        if (ordersInBackground())
            follow();
    });
    // Any other write (a page, a save, a delete, another part of Draftdesk) shows at once; while Load All
    // runs, within followEvery (with the rest of its pages).
    connect(m_store, &EmailStore::changed, this, [this](bool onlyLeadNames) {
        m_storeChanged = m_storeChanged || !onlyLeadNames;
        if (!onlyLeadNames || m_view.sort == StoreView::Sort::LeadName || m_view.searches()) {
            if (m_loader.isLoadingAll())
                m_followDuringLoad.ask();
            else
                follow();
        }
    });
    reload();
}

void EmailListModel::setQuery(const EmailQuery &query)
{
    showStored(query);
    m_loader.setQuery(query);
}

void EmailListModel::showStored(const EmailQuery &query)
{
    store(); // the store the pages go to, before any is asked for
    m_shownQuery = query;
    const StoreView filters = ListLoader::filtersOf(query);
    StoreView view = m_view;
    view.leadId = filters.leadId;
    view.userId = filters.userId;
    view.contactId = filters.contactId;
    view.ids = filters.ids;
    view.createdFromMicros = filters.createdFromMicros;
    view.createdUntilMicros = filters.createdUntilMicros;
    view.activityFromMs = filters.activityFromMs;
    view.activityUntilMs = filters.activityUntilMs;
    // The same view again (the connection made after the stored list showed, or made again after
    // Close was away): the rows follow the store, and the selection and scroll position stay.
    const bool sameView = view == m_view && !m_cleared && !m_order.empty();
    m_view = view;
    if (sameView && !m_orderReadThisTurn)
        follow();
    else if (!sameView)
        reload(); // what the store holds for these filters, at once (its first screen, for a big store)
    m_cameFromStore = ordersInBackground() || !m_order.empty(); // a big store answers a moment later
}

void EmailListModel::clear()
{
    m_loader.clear();
    m_cameFromStore = false;
    m_cleared = true; // until the next view: nothing the store or the reader says is shown
    ++m_viewVersion;
    beginResetModel();
    m_order.clear();
    m_cache.clear();
    endResetModel();
}

void EmailListModel::setStatusFilter(std::optional<EmailStatus> status)
{
    const std::optional<int> wanted = status ? std::optional<int>(int(*status)) : std::nullopt;
    if (m_view.status == wanted)
        return;
    m_view.status = wanted;
    reload();
}

std::optional<EmailStatus> EmailListModel::statusFilter() const
{
    return m_view.status ? std::optional<EmailStatus>(EmailStatus(*m_view.status)) : std::nullopt;
}

void EmailListModel::setSearchText(const QString &text)
{
    if (m_view.search == text)
        return;
    m_view.search = text;
    reload();
}

void EmailListModel::sort(int column, Qt::SortOrder order)
{
    const StoreView::Sort sort = sortOf(column);
    const bool descending = column < 0 || order == Qt::DescendingOrder;
    if (m_view.sort == sort && m_view.descending == descending)
        return;
    m_view.sort = sort;
    m_view.descending = descending;
    ++m_viewVersion;
    follow(); // the same rows in another order: the selection follows its emails
}

QDateTime EmailListModel::shownFromStoreAt() const
{
    if (m_loader.hasAnswered() || m_order.empty())
        return {};
    return loadedAt();
}

QDateTime EmailListModel::loadedAt() const
{
    if (!m_store)
        return {}; // nothing was ever listed
    const std::optional<EmailStore::Load> load = m_store->loaded(ListLoader::loadKey(m_shownQuery));
    return load ? load->at : QDateTime();
}

bool EmailListModel::ordersInBackground() const
{
    // A million take a few hundred milliseconds to order; below 20,000 (the default), a few: at once.
    return m_reader && m_store->estimatedCount() > m_backgroundOrderAbove; // a reader: a store on disk
}

void EmailListModel::reload()
{
    m_cleared = false;
    ++m_viewVersion;
    noteOrderRead();
    if (ordersInBackground()) {
        // The reader answers twice: the first screen (which replaces the rows), then the rest.
        m_replaceOnAnswer = true;
        askOrder();
        return;
    }
    replaceOrder(store()->order(m_view));
}

void EmailListModel::replaceOrder(std::vector<qint64> order)
{
    beginResetModel();
    m_order = std::move(order);
    m_cache.clear();
    endResetModel();
}

void EmailListModel::follow()
{
    m_followDuringLoad.cancel(); // this is it
    if (m_cleared)
        return;
    noteOrderRead();
    if (ordersInBackground())
        askOrder();
    else
        applyOrder(store()->order(m_view));
}

void EmailListModel::noteOrderRead()
{
    if (std::exchange(m_orderReadThisTurn, true))
        return;
    QMetaObject::invokeMethod(
        this, [this] { m_orderReadThisTurn = false; }, Qt::QueuedConnection);
}

void EmailListModel::askOrder()
{
    if (m_cleared)
        return;
    if (m_asking) {
        m_askAgain = true; // once this answer is in: the store or the view changed since it was asked
        return;
    }
    m_asking = true;
    if (m_view.searches())
        store()->indexPending(); // the reader's connection searches only what is indexed
    m_reader->order(m_viewVersion, m_view, m_replaceOnAnswer ? firstScreen : 0,
                    size_t(store()->estimatedCount()));
}

void EmailListModel::onOrdered(quint64 ticket, const StoreReader::Numbers &numbers, bool ok, bool whole)
{
    if (whole)
        m_asking = false;
    // An order of another view is no use; one of this view a moment old is shown and asked again.
    if (ok && numbers && ticket == m_viewVersion) {
        if (std::exchange(m_replaceOnAnswer, false))
            replaceOrder(*numbers); // a new view: its first screen now, the rest below it next
        else
            applyOrder(*numbers);
    }
    if (whole && (std::exchange(m_askAgain, false) || ticket != m_viewVersion))
        askOrder();
}

void EmailListModel::applyOrder(std::vector<qint64> order)
{
    // Which numbers are in the new order (one bit per number: a million rows cost 128 KB, no hashing).
    qint64 highest = 0;
    for (const qint64 n : order)
        highest = std::max(highest, n);
    for (const qint64 n : m_order)
        highest = std::max(highest, n);
    std::vector<quint64> inNew(size_t(highest / 64 + 1));
    const auto has = [](const std::vector<quint64> &bits, qint64 n) {
        return (bits[size_t(n / 64)] >> (n % 64)) & 1;
    };
    for (const qint64 n : order)
        inNew[size_t(n / 64)] |= quint64(1) << (n % 64);

    // Rows that went: removed from the bottom up, in runs.
    bool removed = false;
    for (int row = int(m_order.size()) - 1; row >= 0;) {
        if (has(inNew, m_order[size_t(row)])) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !has(inNew, m_order[size_t(first - 1)]))
            --first;
        beginRemoveRows({}, first, row);
        m_order.erase(m_order.begin() + first, m_order.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
        removed = true;
    }
    // Rows that came: added at the end, in the new order; then everything moves where it belongs.
    // (Nothing went and as many: the same emails, only their order may differ.)
    std::vector<qint64> added;
    if (removed || m_order.size() != order.size()) {
        std::vector<quint64> inOld(size_t(highest / 64 + 1));
        for (const qint64 n : m_order)
            inOld[size_t(n / 64)] |= quint64(1) << (n % 64);
        for (const qint64 n : order) {
            if (!has(inOld, n))
                added.push_back(n);
        }
    }
    if (!added.empty()) {
        beginInsertRows({}, int(m_order.size()), int(m_order.size() + added.size() - 1));
        m_order.insert(m_order.end(), added.begin(), added.end());
        endInsertRows();
    }
    // Rows read before may have changed (when the store did): read them again, and say which did.
    QHash<qint64, ListRow> before;
    if (std::exchange(m_storeChanged, false))
        before.swap(m_cache);
    if (m_order != order) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QHash<qint64, int> wanted; // number → new row, for the persistent indexes only
        for (const QModelIndex &index : persistent)
            wanted.insert(m_order[size_t(index.row())], -1);
        for (size_t row = 0; row < order.size() && !wanted.isEmpty(); ++row) {
            if (const auto it = wanted.find(order[row]); it != wanted.end())
                *it = int(row);
        }
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (const QModelIndex &index : persistent)
            moved.append(createIndex(wanted.value(m_order[size_t(index.row())]), index.column()));
        m_order = std::move(order);
        changePersistentIndexList(persistent, moved);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    if (before.isEmpty() || m_order.empty())
        return;
    std::vector<qint64> numbers;
    numbers.reserve(size_t(before.size()));
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        numbers.push_back(it.key());
    m_cache = store()->rows(numbers);
    QSet<qint64> changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const ListRow *now = m_cache.contains(it.key()) ? &m_cache[it.key()] : nullptr;
        if (!now || now->part(now->start, now->end) != it->part(it->start, it->end)
            || now->status != it->status || now->updated != it->updated || now->scheduled != it->scheduled
            || now->sent != it->sent || now->activity != it->activity)
            changed.insert(it.key());
    }
    announceChanged(changed, 0, ColumnCount - 1);
}

void EmailListModel::announceChanged(const QSet<qint64> &numbers, int firstColumn, int lastColumn)
{
    if (numbers.isEmpty() || m_order.empty())
        return;
    // A big list is not searched for the rows' places: the views repaint only what they show.
    if (m_order.size() > 50000) {
        emit dataChanged(index(0, firstColumn), index(rowCount() - 1, lastColumn));
        return;
    }
    int first = -1, last = -1;
    for (size_t row = 0; row < m_order.size(); ++row) {
        if (!numbers.contains(m_order[row]))
            continue;
        first = first < 0 ? int(row) : first;
        last = int(row);
    }
    if (first >= 0)
        emit dataChanged(index(first, firstColumn), index(last, lastColumn));
}

const ListRow *EmailListModel::rowAt(int row) const
{
    if (row < 0 || size_t(row) >= m_order.size())
        return nullptr;
    const qint64 n = m_order[size_t(row)];
    if (const auto found = m_cache.constFind(n); found != m_cache.cend())
        return &*found;
    if (m_cache.size() > cacheLimit)
        m_cache.clear();
    const int first = row - row % readBlock;
    const int last = std::min(int(m_order.size()), first + readBlock);
    std::vector<qint64> numbers;
    for (int i = first; i < last; ++i) {
        if (!m_cache.contains(m_order[size_t(i)]))
            numbers.push_back(m_order[size_t(i)]);
    }
    const QHash<qint64, ListRow> read = m_store->rows(numbers); // rows in order: they came from a store
    for (auto it = read.cbegin(); it != read.cend(); ++it)
        m_cache.insert(it.key(), it.value());
    const auto found = m_cache.constFind(n);
    return found == m_cache.cend() ? nullptr : &*found;
}

int EmailListModel::rowForId(const QString &id) const
{
    const std::optional<qint64> n = m_store ? m_store->numberOf(id) : std::nullopt;
    if (!n)
        return -1;
    const auto found = std::find(m_order.begin(), m_order.end(), *n);
    return found == m_order.end() ? -1 : int(found - m_order.begin());
}

QString EmailListModel::idAt(int row) const
{
    const ListRow *r = rowAt(row);
    return r ? QString::fromUtf8(r->id()) : QString();
}

void EmailListModel::updateEmail(const EmailActivity &email)
{
    if (isWholeRecord(email)) {
        keepRecord(email);
        return;
    }
    const int row = rowForId(email.id());
    if (row < 0)
        return;
    EmailActivity merged = email;
    if (merged.leadId().isEmpty()) // a projection without lead_id keeps the lead it had
        merged.setValue(QStringLiteral("lead_id"), QString::fromUtf8(rowAt(row)->leadId().toByteArray()));
    store()->putRows({ListRow::from(merged)});
}

bool EmailListModel::isWholeRecord(const EmailActivity &email)
{
    return !email.id().isEmpty() && email.contains(u"date_created") && email.contains(u"body_text")
        && email.contains(u"lead_id");
}

void EmailListModel::keepRecord(const EmailActivity &email)
{
    // An email read whole (opened, previewed, saved): its row, its record and its text for search.
    if (isWholeRecord(email))
        store()->putRecord(email);
}

void EmailListModel::insertEmail(const EmailActivity &email)
{
    if (email.id().isEmpty() || rowForId(email.id()) >= 0)
        return;
    const ListRow row = ListRow::from(email);
    m_loader.noteListed(email.id());
    store()->putRows({row});
    resolveLeads({row});
}

void EmailListModel::removeEmail(const QString &id)
{
    const int row = rowForId(id);
    if (row < 0)
        return;
    m_loader.rowRemoved(rowAt(row)->createdMicros);
    store()->remove(id);
}

EmailActivity EmailListModel::summaryAt(int row) const
{
    EmailActivity email;
    const ListRow *r = rowAt(row);
    if (!r)
        return email;
    email.setValue(QStringLiteral("id"), QString::fromUtf8(r->id()));
    if (!r->statusUnreadable)
        email.setValue(QStringLiteral("status"), EmailStatuses::toApi(r->status));
    email.setValue(QStringLiteral("subject"), QString::fromUtf8(r->subject()));
    email.setValue(QStringLiteral("to"),
                   QJsonArray::fromStringList(EmailAddress::splitList(QString::fromUtf8(r->to()))));
    email.setValue(QStringLiteral("sender"), QString::fromUtf8(r->sender()));
    email.setValue(QStringLiteral("lead_id"), QString::fromUtf8(r->leadId()));
    if (r->updated.isValid())
        email.setValue(QStringLiteral("date_updated"), r->updated.toUTC().toString(Qt::ISODateWithMs));
    return email;
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
    // Kept in the store (the Lead column sorts and searches by it); the rows show it at once.
    if (m_leadNames->isKnown(leadId))
        store()->setLeadName(leadId, m_leadNames->nameOf(leadId));
    const QByteArray id = leadId.toUtf8();
    QSet<qint64> rows; // of those read (on screen and near): the others are read with the name
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
        if (it->leadId() == QByteArrayView(id))
            rows.insert(it.key());
    }
    announceChanged(rows, LeadColumn, LeadColumn);
}

bool EmailListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loader.canFetchMore();
}

void EmailListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_loader.fetchMore();
}

int EmailListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int EmailListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmailListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case IdRole:
        return QString::fromUtf8(row->id());
    // A status Draftdesk cannot read is none of the six: no icon, no status filter takes it for one.
    case StatusRole:
        return row->statusUnreadable ? -1 : int(row->status);
    case StatusNameRole:
        return row->statusUnreadable ? QString() : EmailStatuses::toApi(row->status);
    case LeadIdRole:
        return QString::fromUtf8(row->leadId());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return ListCellText::text(*row, index.column(), role, *m_leadNames);
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
