#include "sandbox/SandboxEmails.h"

#include "core/base/IsoDateTime.h"
#include "core/email/EmailField.h"
#include "core/email/EmailValidation.h"
#include "sandbox/DemoData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {
const QString required = QStringLiteral("This field is required.");

QString preview(const QString &text)
{
    return text.left(100).simplified();
}

bool isFilterOperator(const QString &op)
{
    return op == QLatin1String("gt") || op == QLatin1String("gte") || op == QLatin1String("lt")
        || op == QLatin1String("lte");
}

bool compareDates(qint64 value, const QString &op, qint64 bound)
{
    if (op == QLatin1String("gt"))
        return value > bound;
    if (op == QLatin1String("gte"))
        return value >= bound;
    if (op == QLatin1String("lt"))
        return value < bound;
    return value <= bound;
}

} // namespace

SandboxEmails::SandboxEmails(SandboxStore &store, const SandboxClock &clock, SandboxFiles &files,
                             const SandboxDirectory &directory, SandboxEvents &events)
    : m_store(store), m_clock(clock), m_files(files), m_directory(directory), m_events(events)
{ }

bool SandboxEmails::renderTemplateInto(QJsonObject &email, const QJsonObject &fields) const
{
    // A template with no body is rendered server-side, for the email's lead and contact.
    const QString templateId = fields.value(u"template_id").toString();
    if (templateId.isEmpty() || fields.contains(u"body_text") || fields.contains(u"body_html"))
        return true;
    SandboxParams params;
    params.insert(QStringLiteral("lead_id"), fields.value(u"lead_id").toString());
    params.insert(QStringLiteral("contact_id"), fields.value(u"contact_id").toString());
    const SandboxResponse rendered = m_directory.renderTemplate(templateId, params);
    if (rendered.status != 200)
        return false;
    const QJsonObject r = QJsonDocument::fromJson(rendered.body).object();
    if (!fields.contains(u"subject"))
        email.insert(QStringLiteral("subject"), r.value(u"subject"));
    email.insert(QStringLiteral("body_html"), r.value(u"body"));
    email.insert(QStringLiteral("body_text"), DemoData::plainTextFromHtml(r.value(u"body").toString()));
    return true;
}

namespace {
// The filters of a list request Close documents for emails: id__in, lead, contact and user, and
// date_created / activity_at with gt, gte, lt and lte. Unknown lookups are ignored, as any unknown
// parameter is.
struct EmailFilter
{
    struct DateFilter
    {
        QString field;
        QString op;
        qint64 bound; // microseconds since the epoch: windows of one microsecond must work
    };
    QList<DateFilter> dates;
    QSet<QString> idIn;
    QMap<QString, QString> exact;

    void read(const SandboxParams &params, QMap<QString, QString> &fieldErrors)
    {
        for (auto it = params.cbegin(); it != params.cend(); ++it) {
            const QString &key = it.key();
            if (key == QLatin1String("id__in")) {
                for (const QString &id : it.value().split(QLatin1Char(','), Qt::SkipEmptyParts))
                    idIn.insert(id.trimmed());
                if (idIn.isEmpty())
                    idIn.insert(QString()); // an empty list matches nothing
            } else if (key == QLatin1String("lead_id") || key == QLatin1String("contact_id")
                       || key == QLatin1String("user_id")) {
                exact.insert(key, it.value());
            } else if (key.startsWith(QLatin1String("date_created__"))
                       || key.startsWith(QLatin1String("activity_at__"))) {
                const QString op = key.section(QStringLiteral("__"), 1);
                const std::optional<qint64> bound = IsoDateTime::parseMicros(it.value());
                if (!isFilterOperator(op))
                    continue;
                if (!bound)
                    fieldErrors.insert(key, QStringLiteral("Enter a valid date or date/time."));
                else
                    dates.append({key.section(QStringLiteral("__"), 0, 0), op, *bound});
            }
        }
    }
    // Whether the whole record is needed (not only the id and creation date the store keeps in order).
    bool needsRecord() const
    {
        return !idIn.isEmpty() || !exact.isEmpty()
            || std::any_of(dates.cbegin(), dates.cend(),
                           [](const DateFilter &f) { return f.field != QLatin1String("date_created"); });
    }
    // The creation window the date_created filters leave, [from, until).
    std::pair<std::optional<qint64>, std::optional<qint64>> createdWindow(bool *any) const
    {
        std::optional<qint64> from, until;
        *any = false;
        for (const DateFilter &f : dates) {
            if (f.field != QLatin1String("date_created"))
                continue;
            *any = true;
            const bool lower = f.op.startsWith(u'g');
            const qint64 bound
                = f.bound + (f.op == QLatin1String("gt") || f.op == QLatin1String("lte") ? 1 : 0);
            if (lower)
                from = from ? std::max(*from, bound) : bound;
            else
                until = until ? std::min(*until, bound) : bound;
        }
        return {from, until};
    }
    bool matches(const SandboxStore::OrderedEmail &entry, const QJsonObject *email) const
    {
        if (!idIn.isEmpty() && !idIn.contains(entry.id))
            return false;
        for (auto it = exact.cbegin(); it != exact.cend(); ++it) {
            if (email->value(it.key()).toString() != it.value())
                return false;
        }
        for (const DateFilter &filter : dates) {
            const std::optional<qint64> value = filter.field == QLatin1String("date_created")
                ? entry.createdMicros
                : IsoDateTime::parseMicros(email->value(filter.field).toString());
            if (!value || !compareDates(*value, filter.op, filter.bound))
                return false;
        }
        return true;
    }
};
} // namespace

SandboxResponse SandboxEmails::listEmails(const SandboxParams &params)
{
    QMap<QString, QString> fieldErrors;
    const auto number = [&](const QString &name, int fallback, int maximum) {
        if (!params.contains(name))
            return fallback;
        bool ok = false;
        const int value = params.value(name).toInt(&ok);
        if (!ok || value < 0)
            fieldErrors.insert(name, QStringLiteral("Enter a whole number."));
        else if (value > maximum)
            fieldErrors.insert(name,
                               QStringLiteral("Ensure this value is less than or equal to %1.").arg(maximum));
        return value;
    };
    const int limit = number(QStringLiteral("_limit"), SandboxParams::maxLimit, SandboxParams::maxLimit);
    const int skip = number(QStringLiteral("_skip"), 0, m_maxSkip);
    EmailFilter filter;
    filter.read(params, fieldErrors);
    if (!fieldErrors.isEmpty())
        return SandboxParams::validationError(fieldErrors);

    const QStringList fields = params.fields();
    QJsonArray data;
    bool hasMore = false;
    // The candidates, in list order: the emails of the window the creation dates leave (a binary
    // search), narrowed to those of one lead, user or contact (an index): a page costs about the
    // same at ten thousand emails as at a million.
    const QList<SandboxStore::OrderedEmail> &all = m_store.orderedEmails();
    bool byCreation = false;
    const auto [from, until] = filter.createdWindow(&byCreation);
    std::pair<int, int> range {0, int(all.size())};
    bool rangeIsExact = !byCreation; // every email in range passes the creation filters
    if (byCreation) {
        if (const auto window = m_store.createdRange(from, until)) {
            range = *window;
            rangeIsExact = true;
        }
    }
    const QList<int> *positions = nullptr;
    for (auto it = filter.exact.cbegin(); it != filter.exact.cend(); ++it) {
        const QList<int> &candidates = m_store.positionsWhere(it.key(), it.value());
        if (!positions || candidates.size() < positions->size())
            positions = &candidates;
    }
    const bool needsRecord = filter.needsRecord();
    int matched = 0;
    const auto take = [&](int position) {
        const SandboxStore::OrderedEmail &entry = all.at(position);
        if (!filter.matches(entry, needsRecord ? m_store.email(entry.id) : nullptr))
            return true;
        if (matched++ < skip)
            return true;
        if (data.size() == limit) {
            hasMore = true;
            return false;
        }
        data.append(SandboxParams::project(*m_store.email(entry.id), fields));
        return true;
    };
    if (positions) {
        auto it = std::lower_bound(positions->cbegin(), positions->cend(), range.first);
        for (; it != positions->cend() && *it < range.second && take(*it); ++it) { }
    } else {
        // Nothing but creation dates to check: the page starts right at its offset.
        int position = range.first;
        if (!needsRecord && rangeIsExact) {
            position = std::min(range.second, range.first + skip);
            matched = position - range.first;
        }
        for (; position < range.second && take(position); ++position) { }
    }
    return SandboxResponse::json(
        200, QJsonObject {{QStringLiteral("data"), data}, {QStringLiteral("has_more"), hasMore}});
}

SandboxResponse SandboxEmails::getEmail(const QString &id, const SandboxParams &params)
{
    const QJsonObject *email = m_store.email(id);
    if (!email)
        return SandboxResponse::error(404, QStringLiteral("Not found"));
    return SandboxResponse::json(200, params.project(*email));
}

void SandboxEmails::scheduleSend(QJsonObject &email, int sendInSeconds)
{
    const QString id = email.value(u"id").toString();
    const QString status = email.value(u"status").toString();
    if (status == QLatin1String("outbox"))
        m_store.dueAt.insert(id, m_clock.now().addSecs(sendInSeconds));
    else if (status == QLatin1String("scheduled"))
        m_store.dueAt.insert(id, IsoDateTime::parse(email.value(u"date_scheduled").toString()));
    else
        m_store.dueAt.remove(id);
}

SandboxResponse SandboxEmails::createEmail(const QJsonObject &fields)
{
    const EmailValidation::Result result = EmailValidation::validateCreate(fields);
    if (!result.ok())
        return SandboxResponse::json(400, result.toApiJson());
    const QString leadId = fields.value(u"lead_id").toString();
    if (!m_store.leads.contains(leadId))
        return SandboxParams::validationError(
            {{QStringLiteral("lead_id"), QStringLiteral("Object does not exist.")}});
    const QString contactId = fields.value(u"contact_id").toString();
    if (!contactId.isEmpty() && !m_store.contacts.contains(contactId))
        return SandboxParams::validationError(
            {{QStringLiteral("contact_id"), QStringLiteral("Object does not exist.")}});
    if (const auto problem = m_files.problemWith(fields.value(u"attachments").toArray(), {}))
        return SandboxParams::validationError({{QStringLiteral("attachments"), *problem}});

    const QJsonObject &user = m_events.actingUser();
    const QString now = IsoDateTime::format(m_clock.now());
    const QString status = fields.value(u"status").toString();
    QJsonObject email;
    // Start from a complete record with every field the API always returns, then apply the POST.
    for (const EmailField &field : EmailField::all()) {
        if (!field.inResponse)
            continue;
        switch (field.kind) {
        case EmailField::Kind::StringList:
        case EmailField::Kind::Array:
        case EmailField::Kind::ObjectList:
            email.insert(field.name, QJsonArray {});
            break;
        case EmailField::Kind::Boolean:
            email.insert(field.name, false);
            break;
        case EmailField::Kind::Object:
            email.insert(field.name, QJsonObject {});
            break;
        default:
            email.insert(field.name, QJsonValue::Null);
        }
    }
    email.insert(QStringLiteral("_type"), QStringLiteral("Email"));
    email.insert(QStringLiteral("id"), SandboxStore::newId(QStringLiteral("acti")));
    email.insert(QStringLiteral("organization_id"), m_store.organization.value(u"id"));
    email.insert(QStringLiteral("lead_id"), leadId);
    email.insert(QStringLiteral("user_id"), user.value(u"id"));
    email.insert(QStringLiteral("user_name"), user.value(u"display_name"));
    for (const char *who : {"created_by", "updated_by"}) {
        email.insert(QLatin1String(who), user.value(u"id"));
        email.insert(QLatin1String(who) + QLatin1String("_name"), user.value(u"display_name"));
    }
    email.insert(QStringLiteral("date_created"), now);
    email.insert(QStringLiteral("date_updated"), now);
    email.insert(QStringLiteral("activity_at"), now);
    email.insert(QStringLiteral("direction"),
                 status == QLatin1String("inbox") ? QStringLiteral("incoming") : QStringLiteral("outgoing"));
    email.insert(QStringLiteral("subject"), QString());
    email.insert(QStringLiteral("body_text"), QString());
    email.insert(QStringLiteral("body_html"), QString());
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const EmailField *field = EmailField::find(it.key());
        if (field && field->writable && field->inResponse)
            email.insert(it.key(), it.value());
    }
    if (!renderTemplateInto(email, fields))
        return SandboxParams::validationError(
            {{QStringLiteral("template_id"), QStringLiteral("Object does not exist.")}});
    if (status == QLatin1String("sent")) {
        if (email.value(u"sender").toString().isEmpty())
            email.insert(QStringLiteral("sender"), user.value(u"email"));
        email.insert(QStringLiteral("date_sent"), now);
    }
    email.insert(QStringLiteral("body_preview"), preview(email.value(u"body_text").toString()));
    scheduleSend(email, fields.value(u"send_in").toInt(0));
    m_store.putEmail(email);
    m_events.record({}, email);
    changed();
    return SandboxResponse::json(200, email);
}

SandboxResponse SandboxEmails::updateEmail(const QString &id, const QJsonObject &changes)
{
    const QJsonObject *stored = m_store.email(id);
    if (!stored)
        return SandboxResponse::error(404, QStringLiteral("Not found"));
    const EmailActivity current = EmailActivity::fromJson(*stored).activity;
    const EmailValidation::Result result = EmailValidation::validateUpdate(current, changes);
    if (!result.ok())
        return SandboxResponse::json(400, result.toApiJson());
    if (const auto problem = m_files.problemWith(changes.value(u"attachments").toArray(),
                                                 stored->value(u"attachments").toArray()))
        return SandboxParams::validationError({{QStringLiteral("attachments"), *problem}});

    QJsonObject email = *stored;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const EmailField *field = EmailField::find(it.key());
        if (field && field->writable && field->inResponse)
            email.insert(it.key(), it.value());
    }
    if (changes.contains(u"body_text"))
        email.insert(QStringLiteral("body_preview"), preview(email.value(u"body_text").toString()));
    const QJsonObject &user = m_events.actingUser();
    email.insert(QStringLiteral("date_updated"), IsoDateTime::format(m_clock.now()));
    email.insert(QStringLiteral("updated_by"), user.value(u"id"));
    email.insert(QStringLiteral("updated_by_name"), user.value(u"display_name"));
    if (changes.contains(u"status"))
        scheduleSend(email, changes.value(u"send_in").toInt(0));
    const QJsonObject before = *stored;
    m_store.putEmail(email);
    m_events.record(before, email);
    changed();
    return SandboxResponse::json(200, email);
}

SandboxResponse SandboxEmails::deleteEmail(const QString &id)
{
    const QJsonObject *stored = m_store.email(id);
    if (!stored)
        return SandboxResponse::error(404, QStringLiteral("Not found"));
    const QJsonObject before = *stored;
    m_store.removeEmail(id);
    m_store.dueAt.remove(id);
    m_events.record(before, {});
    changed();
    return SandboxResponse::json(200, QJsonObject {});
}

int SandboxEmails::processDueSends()
{
    const QDateTime now = m_clock.now();
    QStringList due;
    for (auto it = m_store.dueAt.cbegin(); it != m_store.dueAt.cend(); ++it) {
        if (it.value() <= now)
            due.append(it.key());
    }
    due.sort(); // a stable order keeps the error share reproducible
    for (const QString &id : std::as_const(due)) {
        const QDateTime when = m_store.dueAt.take(id);
        const QJsonObject *stored = m_store.email(id);
        if (!stored)
            continue;
        QJsonObject email = *stored;
        const bool fails = m_sendErrorShare > 0 && m_random.generateDouble() < m_sendErrorShare;
        const QString at = IsoDateTime::format(when);
        if (fails) {
            email.insert(QStringLiteral("status"), QStringLiteral("error"));
            QJsonArray attempts = email.value(u"send_attempts").toArray();
            attempts.append(
                QJsonObject {{QStringLiteral("date"), at},
                             {QStringLiteral("error_class"), QStringLiteral("SMTPRecipientsRefused")},
                             {QStringLiteral("error_message"), QStringLiteral("550 Mailbox unavailable")}});
            email.insert(QStringLiteral("send_attempts"), attempts);
        } else {
            email.insert(QStringLiteral("status"), QStringLiteral("sent"));
            email.insert(QStringLiteral("date_sent"), at);
            email.insert(QStringLiteral("activity_at"), at);
            email.insert(QStringLiteral("message_ids"),
                         QJsonArray {QStringLiteral("<%1@sandbox.draftdesk>").arg(id.mid(5, 20))});
        }
        email.insert(QStringLiteral("date_updated"), at);
        const QJsonObject before = *stored;
        m_store.putEmail(email);
        m_events.record(before, email); // Close's own doing: the event has no user
    }
    if (!due.isEmpty())
        changed();
    return int(due.size());
}

void SandboxEmails::changed()
{
    if (onChanged)
        onChanged();
}
