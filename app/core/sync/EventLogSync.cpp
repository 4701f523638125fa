#include "core/sync/EventLogSync.h"

#include "core/api/CloseClient.h"
#include "core/base/IsoDateTime.h"
#include "core/drafts/Drafts.h"
#include "core/email/EmailActivity.h"
#include "core/list/ListLoader.h"
#include "core/store/EmailStore.h"

#include <QJsonArray>

namespace {
const QString emailType = QStringLiteral("activity.email");

// The newest of two events of one email: by date_updated, and a deletion over anything at the same
// instant (nothing comes back from it).
bool isNewer(const QJsonObject &event, const QJsonObject &than)
{
    const auto a = IsoDateTime::parseMicros(event.value(u"date_updated").toString()).value_or(0);
    const auto b = IsoDateTime::parseMicros(than.value(u"date_updated").toString()).value_or(0);
    if (a != b)
        return a > b;
    return event.value(u"action").toString() == QLatin1String("deleted");
}
} // namespace

EventLogSync::EventLogSync(CloseClient *client, Drafts *drafts, QObject *parent)
    : QObject(parent), m_client(client), m_drafts(drafts)
{ }

EventLogSync::~EventLogSync()
{
    stop();
}

void EventLogSync::setStore(EmailStore *store)
{
    stop();
    m_store = store;
}

std::optional<QDateTime> EventLogSync::syncPoint() const
{
    if (!m_store)
        return std::nullopt;
    if (const auto kept = m_store->loaded(pointKey))
        return kept->at;
    return std::nullopt;
}

void EventLogSync::setPoint(const QDateTime &point)
{
    m_store->setLoaded(pointKey, point, true);
}

void EventLogSync::begin()
{
    m_stopped = false;
    if (!m_store)
        return;
    if (syncPoint()) {
        syncNow(); // what changed since the last session
        return;
    }
    // Nothing to catch up with: the list being loaded now is Close's state from about now on.
    setPoint(QDateTime::currentDateTimeUtc().addSecs(-startMarginSeconds));
}

void EventLogSync::stop()
{
    m_stopped = true;
    m_again = false;
    m_running = false;
    if (m_call)
        m_call->cancel();
    m_call.clear();
}

void EventLogSync::syncNow()
{
    if (m_stopped || !m_store)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    const std::optional<QDateTime> point = syncPoint();
    if (!point) {
        begin();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // An hour's margin: a point at the log's very edge may already have lost its first events.
    if (*point < now.addDays(-reachDays).addSecs(3600)) {
        setPoint(now.addSecs(-startMarginSeconds));
        emit behind(*point, tr("Close's event log reaches back 30 days only"));
        return;
    }
    m_running = true;
    m_from = point->addSecs(-overlapSeconds);
    m_actions = {QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("deleted")};
    m_newest.clear();
    m_newestSeen = *point;
    m_changes = 0;
    m_pages = 0;
    m_cursor.clear();
    requestPage({});
}

void EventLogSync::requestPage(const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("object_type"), emailType);
    query.addQueryItem(QStringLiteral("action"), m_actions.constFirst());
    query.addQueryItem(QStringLiteral("_limit"), QStringLiteral("50"));
    // A cursor keeps the date window of the first request; Close wants it sent without the dates.
    if (cursor.isEmpty())
        query.addQueryItem(QStringLiteral("date_updated__gte"), IsoDateTime::format(m_from));
    else
        query.addQueryItem(QStringLiteral("_cursor"), cursor);
    ApiCall *call = m_client->send({.path = QStringLiteral("event/"), .query = query});
    m_call = call;
    connect(call, &ApiCall::finished, this, &EventLogSync::onPage);
}

bool EventLogSync::takeAnswer(const ApiResult &result)
{
    if (m_stopped)
        return false;
    m_call.clear();
    if (!result.ok())
        fail(result.error);
    return result.ok();
}

void EventLogSync::onPage(const ApiResult &result)
{
    if (!takeAnswer(result))
        return;
    const QJsonObject page = result.object();
    if (!page.value(u"data").isArray()) {
        fail(ApiError::make(ApiError::Kind::BadResponse,
                            tr("Close's event log answered without a list of events.")));
        return;
    }
    for (const QJsonValue &value : page.value(u"data").toArray()) {
        const QJsonObject event = value.toObject();
        const QString id = event.value(u"object_id").toString();
        if (event.value(u"object_type").toString() != emailType || id.isEmpty())
            continue; // not ours to follow (hostile or new): nothing is done with it
        const auto it = m_newest.constFind(id);
        if (it == m_newest.cend() || isNewer(event, *it))
            m_newest.insert(id, event);
        // The sync point moves on Close's clock only (this machine's may be off), and never to a
        // date no event can have yet (a hostile one would hide every change after it).
        const QDateTime updated = IsoDateTime::parse(event.value(u"date_updated").toString());
        if (updated.isValid() && updated > m_newestSeen
            && updated < QDateTime::currentDateTimeUtc().addDays(1))
            m_newestSeen = updated;
    }
    const QString next = page.value(u"cursor_next").toString();
    if (!next.isEmpty()) {
        // A log that never ends (a cursor handed back again, or more pages than a reload would cost)
        // is not followed further: the list is read again instead.
        if (next == m_cursor || ++m_pages > maxPagesPerAction) {
            fail(ApiError::make(ApiError::Kind::BadRequest, tr("Close's event log did not come to an end")));
            return;
        }
        m_cursor = next;
        requestPage(next);
        return;
    }
    m_pages = 0;
    m_cursor.clear();
    m_actions.removeFirst();
    if (!m_actions.isEmpty()) {
        requestPage({});
        return;
    }
    apply();
}

void EventLogSync::apply()
{
    QStringList unread;
    QList<EmailActivity> copies;
    QStringList gone;
    for (auto it = m_newest.cbegin(); it != m_newest.cend(); ++it) {
        const QString &id = it.key();
        const QJsonObject &event = it.value();
        if (event.value(u"action").toString() == QLatin1String("deleted")) {
            if (m_store->numberOf(id))
                gone.append(id);
            m_drafts->followDeletion(id, event.value(u"date_updated").toString());
            continue;
        }
        const QJsonValue data = event.value(u"data");
        const EmailActivity::ParseResult parsed = data.isObject()
            ? EmailActivity::fromJson(data.toObject(), EmailActivity::ParseMode::Partial)
            : EmailActivity::ParseResult {};
        if (!data.isObject() || !parsed.ok() || parsed.activity.id() != id) {
            unread.append(id); // no data (or none we can use): Close is asked for the email itself
            continue;
        }
        const EmailActivity &copy = parsed.activity;
        const QDateTime stored = storedUpdate(id);
        if (stored.isValid() && stored >= copy.dateUpdated())
            continue; // what the store has is this copy or a newer one (our own save)
        copies.append(copy);
    }
    m_newest.clear();
    // One transaction for the store (one new order for the list), then each open view and the preview.
    m_store->remove(gone);
    m_store->putRecords(copies);
    for (const EmailActivity &copy : std::as_const(copies))
        m_drafts->followServer(copy);
    m_changes += int(copies.size() + gone.size());
    readAgain(unread);
}

QDateTime EventLogSync::storedUpdate(const QString &id)
{
    const std::optional<qint64> number = m_store->numberOf(id);
    if (!number)
        return {};
    const QHash<qint64, ListRow> rows = m_store->rows({*number});
    return rows.contains(*number) ? rows.value(*number).updated : QDateTime();
}

void EventLogSync::readAgain(QStringList ids)
{
    if (ids.isEmpty()) {
        finish();
        return;
    }
    EmailQuery query;
    query.ids = ids.mid(0, idsPerRead);
    query.fields = ListLoader::listFields();
    query.limit = idsPerRead;
    ids = ids.mid(idsPerRead);
    ApiCall *call = m_client->listEmails(query);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, ids](const ApiResult &result) {
        if (!takeAnswer(result))
            return;
        QList<ListRow> rows;
        for (const QJsonValue &value : result.object().value(u"data").toArray()) {
            const EmailActivity::ParseResult parsed
                = EmailActivity::fromJson(value.toObject(), EmailActivity::ParseMode::Partial);
            if (!parsed.ok())
                continue;
            rows.append(ListRow::from(value.toObject()));
            m_drafts->noticeListed(parsed.activity); // an open one is read whole and followed
        }
        if (!rows.isEmpty())
            m_store->putRows(rows);
        m_changes += int(rows.size());
        readAgain(ids);
    });
}

void EventLogSync::finish()
{
    m_running = false;
    setPoint(m_newestSeen);
    m_lastSynced = QDateTime::currentDateTimeUtc();
    emit synced(m_changes);
    if (m_again) {
        m_again = false;
        syncNow();
    }
}

void EventLogSync::fail(const ApiError &error)
{
    m_running = false;
    m_again = false;
    m_newest.clear();
    if (error.kind == ApiError::Kind::Validation || error.kind == ApiError::Kind::BadRequest) {
        // The log refuses the question (a filter it no longer supports, a point it cannot reach).
        const QDateTime point = syncPoint().value_or(QDateTime());
        setPoint(QDateTime::currentDateTimeUtc().addSecs(-startMarginSeconds));
        emit behind(point, error.fullText());
        return;
    }
    emit failed(error);
}
