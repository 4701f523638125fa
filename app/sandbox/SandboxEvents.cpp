#include "sandbox/SandboxEvents.h"

#include "core/base/IsoDateTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace {
const QStringList filterNames
    = {QStringLiteral("object_type"), QStringLiteral("object_id"), QStringLiteral("action"),
       QStringLiteral("lead_id"),     QStringLiteral("user_id"),   QStringLiteral("request_id")};
const QString gte = QStringLiteral("date_updated__gte");
const QString lte = QStringLiteral("date_updated__lte");

// The combinations "Retrieve a list of events" lists, each as its names sorted; none at all is the
// whole log.
bool isSupported(QStringList names)
{
    static const QSet<QString> supported = [] {
        static const char *const combinations[] = {"object_type,object_id",
                                                   "object_type,action",
                                                   "object_id,action",
                                                   "lead_id,object_type",
                                                   "lead_id,object_type,action",
                                                   "lead_id,user_id,object_type",
                                                   "lead_id,user_id,object_type,action",
                                                   "lead_id,user_id",
                                                   "user_id,object_id",
                                                   "user_id,object_id,action",
                                                   "user_id,object_type",
                                                   "user_id,object_type,action",
                                                   "lead_id",
                                                   "user_id",
                                                   "request_id",
                                                   ""};
        QSet<QString> keys;
        for (const char *combination : combinations) {
            QStringList sorted = QString::fromLatin1(combination).split(QLatin1Char(','), Qt::SkipEmptyParts);
            sorted.sort();
            keys.insert(sorted.join(QLatin1Char(',')));
        }
        return keys;
    }();
    names.sort();
    return supported.contains(names.join(QLatin1Char(',')));
}

qint64 updatedMicros(const QJsonObject &event)
{
    return IsoDateTime::parseMicros(event.value(u"date_updated").toString()).value_or(0);
}

// Newest first by date_updated, then by id: the log's order, and what a cursor points into.
bool isNewer(qint64 micros, const QString &id, qint64 thanMicros, const QString &thanId)
{
    return micros != thanMicros ? micros > thanMicros : id > thanId;
}

// A cursor is opaque to readers: where the page ended, which way it reads, and the filters and date
// window it belongs to (so the date filters need not, and must not, be sent again).
struct Cursor
{
    bool newer = false; // cursor_previous: the events newer than the anchor
    qint64 micros = 0;
    QString id;
    QString filters;
    std::optional<qint64> from, until;

    QString encode() const
    {
        QJsonObject o {{QStringLiteral("n"), newer},
                       {QStringLiteral("t"), QString::number(micros)},
                       {QStringLiteral("i"), id},
                       {QStringLiteral("f"), filters}};
        if (from)
            o.insert(QStringLiteral("g"), QString::number(*from));
        if (until)
            o.insert(QStringLiteral("l"), QString::number(*until));
        return QString::fromLatin1(
            QJsonDocument(o)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    static std::optional<Cursor> decode(const QString &text)
    {
        const auto bytes = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!bytes)
            return std::nullopt;
        const QJsonObject o = QJsonDocument::fromJson(*bytes).object();
        bool ok = false;
        Cursor c;
        c.newer = o.value(u"n").toBool();
        c.micros = o.value(u"t").toString().toLongLong(&ok);
        c.id = o.value(u"i").toString();
        c.filters = o.value(u"f").toString();
        if (!ok || c.id.isEmpty())
            return std::nullopt;
        if (o.contains(u"g"))
            c.from = o.value(u"g").toString().toLongLong();
        if (o.contains(u"l"))
            c.until = o.value(u"l").toString().toLongLong();
        return c;
    }
};

SandboxResponse badRequest(const QString &message)
{
    return SandboxResponse::json(400, QJsonObject {{QStringLiteral("error"), message}});
}
} // namespace

SandboxEvents::SandboxEvents(SandboxStore &store, const SandboxClock &clock) : m_store(store), m_clock(clock)
{ }

const QJsonObject &SandboxEvents::actingUser() const
{
    return m_actor.user.isEmpty() ? m_store.currentUser() : m_actor.user;
}

void SandboxEvents::record(const QJsonObject &before, const QJsonObject &after)
{
    const QJsonObject &object = after.isEmpty() ? before : after;
    const QString action = before.isEmpty() ? QStringLiteral("created")
        : after.isEmpty()                   ? QStringLiteral("deleted")
                                            : QStringLiteral("updated");
    QStringList changed;
    QJsonObject previous;
    if (action == QLatin1String("updated")) {
        QStringList keys = before.keys() + after.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            if (before.value(key) != after.value(key)) {
                changed.append(key);
                previous.insert(key, before.value(key));
            }
        }
        if (changed.isEmpty())
            return;
        changed.sort();
    }
    const QString now = IsoDateTime::format(m_clock.now());
    const QString objectId = object.value(u"id").toString();
    const QJsonValue userId
        = m_actor.user.isEmpty() ? QJsonValue(QJsonValue::Null) : m_actor.user.value(u"id");
    const QJsonValue keyId
        = m_actor.apiKeyId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_actor.apiKeyId);
    forgetOlderThanReach();

    QList<QJsonObject> &events = m_store.events;
    if (action == QLatin1String("updated")) {
        // A second change to the same object by the same actor shortly after updates the event.
        for (qsizetype i = events.size() - 1; i >= 0; --i) {
            QJsonObject event = events.at(i);
            if (event.value(u"object_id").toString() != objectId)
                continue;
            const auto created = IsoDateTime::parseMicros(event.value(u"date_created").toString());
            const bool recent = created
                && m_clock.now().toMSecsSinceEpoch() * 1000 - *created < qint64(mergeSeconds) * 1000000;
            if (event.value(u"action").toString() != action || event.value(u"user_id") != userId
                || event.value(u"api_key_id") != keyId || !recent)
                break;
            QStringList fields;
            for (const QJsonValue &f : event.value(u"changed_fields").toArray())
                fields.append(f.toString());
            QJsonObject earlier = event.value(u"previous_data").toObject();
            for (const QString &key : std::as_const(changed)) {
                if (!fields.contains(key)) {
                    fields.append(key);
                    earlier.insert(key, previous.value(key));
                }
            }
            fields.sort();
            event.insert(QStringLiteral("changed_fields"), QJsonArray::fromStringList(fields));
            event.insert(QStringLiteral("previous_data"), earlier);
            event.insert(QStringLiteral("data"), after);
            event.insert(QStringLiteral("date_updated"), now);
            event.insert(QStringLiteral("request_id"),
                         m_actor.requestId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(m_actor.requestId));
            events.removeAt(i);
            events.append(event);
            return;
        }
    }
    QJsonObject meta;
    if (!m_actor.method.isEmpty()) {
        meta.insert(QStringLiteral("request_method"), m_actor.method);
        meta.insert(QStringLiteral("request_path"), m_actor.path);
    }
    events.append(QJsonObject {
        {QStringLiteral("id"), SandboxStore::newId(QStringLiteral("ev"), m_random)},
        {QStringLiteral("date_created"), now},
        {QStringLiteral("date_updated"), now},
        {QStringLiteral("organization_id"), m_store.organization.value(u"id")},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("request_id"),
         m_actor.requestId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_actor.requestId)},
        {QStringLiteral("api_key_id"), keyId},
        {QStringLiteral("object_type"), emailType},
        {QStringLiteral("object_id"), objectId},
        {QStringLiteral("lead_id"), object.value(u"lead_id")},
        {QStringLiteral("action"), action},
        {QStringLiteral("changed_fields"), QJsonArray::fromStringList(changed)},
        {QStringLiteral("data"), object},
        {QStringLiteral("previous_data"), action == QLatin1String("updated") ? previous : QJsonObject {}},
        {QStringLiteral("meta"), meta},
    });
}

void SandboxEvents::forgetOlderThanReach()
{
    const qint64 oldest = m_clock.now().addDays(-reachDays).toMSecsSinceEpoch() * 1000;
    QList<QJsonObject> &events = m_store.events;
    const auto firstKept = std::find_if(events.cbegin(), events.cend(),
                                        [&](const QJsonObject &e) { return updatedMicros(e) >= oldest; });
    events.erase(events.cbegin(), firstKept);
}

QJsonObject SandboxEvents::shown(const QJsonObject &event) const
{
    const qint64 age = m_clock.now().toMSecsSinceEpoch() * 1000 - updatedMicros(event);
    if (m_readerIsAdmin || age < qint64(privateDataSeconds) * 1000000)
        return event;
    QJsonObject without = event;
    without.remove(QStringLiteral("data"));
    without.remove(QStringLiteral("previous_data"));
    return without;
}

SandboxResponse SandboxEvents::one(const QString &id) const
{
    for (const QJsonObject &event : m_store.events) {
        if (event.value(u"id").toString() == id)
            return SandboxResponse::json(200, shown(event));
    }
    return SandboxResponse::error(404, QStringLiteral("Not found"));
}

SandboxResponse SandboxEvents::list(const SandboxParams &params) const
{
    if (params.contains(QStringLiteral("_skip")))
        return badRequest(QStringLiteral("_skip is not supported by the event log: page with _cursor."));
    QStringList names;
    QStringList signature;
    for (const QString &name : filterNames) {
        if (params.contains(name)) {
            names.append(name);
            signature.append(name + QLatin1Char('=') + params.value(name));
        }
    }
    if (!isSupported(names))
        return badRequest(QStringLiteral("This combination of filters is not supported: %1.")
                              .arg(names.join(QStringLiteral(", "))));
    QMap<QString, QString> fieldErrors;
    int limit = maxLimit;
    if (params.contains(QStringLiteral("_limit"))) {
        bool ok = false;
        limit = params.value(QStringLiteral("_limit")).toInt(&ok);
        if (!ok || limit < 1)
            fieldErrors.insert(QStringLiteral("_limit"), QStringLiteral("Enter a whole number."));
        else if (limit > maxLimit)
            fieldErrors.insert(
                QStringLiteral("_limit"),
                QStringLiteral("Ensure this value is less than or equal to %1.").arg(maxLimit));
    }
    Cursor window; // the date window and filters, and where the page starts
    window.filters = signature.join(QLatin1Char('&'));
    for (const QString &name : {gte, lte}) {
        if (!params.contains(name))
            continue;
        const auto micros = IsoDateTime::parseMicros(params.value(name));
        if (!micros)
            fieldErrors.insert(name, QStringLiteral("Enter a valid date/time."));
        else
            (name == gte ? window.from : window.until) = micros;
    }
    if (!fieldErrors.isEmpty())
        return SandboxParams::validationError(fieldErrors);
    std::optional<Cursor> from;
    if (params.contains(QStringLiteral("_cursor"))) {
        from = Cursor::decode(params.value(QStringLiteral("_cursor")));
        if (!from)
            return badRequest(QStringLiteral("Invalid cursor."));
        if (window.from || window.until)
            return badRequest(QStringLiteral("Send date_updated filters only without _cursor: the cursor "
                                             "keeps the date window of the first request."));
        if (from->filters != window.filters)
            return badRequest(QStringLiteral("The cursor was made for other filters: send the same filters "
                                             "with it."));
        window.from = from->from;
        window.until = from->until;
    }

    const qint64 oldest = m_clock.now().addDays(-reachDays).toMSecsSinceEpoch() * 1000;
    const auto matches = [&](const QJsonObject &event, qint64 micros) {
        if (micros < oldest || (window.from && micros < *window.from)
            || (window.until && micros > *window.until))
            return false;
        for (const QString &name : std::as_const(names)) {
            if (event.value(name).toString() != params.value(name))
                return false;
        }
        return true;
    };
    const QList<QJsonObject> &events = m_store.events; // oldest date_updated first
    QList<qsizetype> page;
    bool more = false;
    if (from && from->newer) {
        // The `limit` events just newer than the anchor, shown newest first like every page.
        for (qsizetype i = 0; i < events.size(); ++i) {
            const qint64 micros = updatedMicros(events.at(i));
            const QString id = events.at(i).value(u"id").toString();
            if (!isNewer(micros, id, from->micros, from->id) || !matches(events.at(i), micros))
                continue;
            if (page.size() == limit)
                break;
            page.append(i);
        }
        std::reverse(page.begin(), page.end());
        more = true; // the anchor itself is older
    } else {
        for (qsizetype i = events.size() - 1; i >= 0; --i) {
            const qint64 micros = updatedMicros(events.at(i));
            const QString id = events.at(i).value(u"id").toString();
            if ((from && !isNewer(from->micros, from->id, micros, id)) || !matches(events.at(i), micros))
                continue;
            if (page.size() == limit) {
                more = true;
                break;
            }
            page.append(i);
        }
    }
    QJsonArray data;
    for (const qsizetype i : std::as_const(page))
        data.append(shown(events.at(i)));
    const auto anchor = [&](qsizetype i, bool newer) {
        Cursor c = window;
        c.newer = newer;
        c.micros = updatedMicros(events.at(i));
        c.id = events.at(i).value(u"id").toString();
        return QJsonValue(c.encode());
    };
    QJsonValue next = QJsonValue::Null;
    QJsonValue previous = QJsonValue::Null;
    if (!page.isEmpty()) {
        if (more)
            next = anchor(page.constLast(), false);
        previous = anchor(page.constFirst(), true);
    } else if (from && from->newer) {
        previous = params.value(QStringLiteral("_cursor")); // nothing newer yet: ask again later
    }
    return SandboxResponse::json(200,
                                 QJsonObject {{QStringLiteral("data"), data},
                                              {QStringLiteral("cursor_next"), next},
                                              {QStringLiteral("cursor_previous"), previous}});
}
