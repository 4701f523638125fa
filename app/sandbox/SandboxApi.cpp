#include "sandbox/SandboxApi.h"

#include "core/base/IsoDateTime.h"
#include "core/email/EmailField.h"
#include "core/email/EmailValidation.h"
#include "sandbox/DemoData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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

QString renderPlaceholders(QString text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([a-z_]+\.[a-z_]+)\s*\}\})"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += values.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}
} // namespace

SandboxApi::SandboxApi(SandboxStore &store, const SandboxClock &clock)
    : m_store(store), m_clock(clock), m_rateLimiter(clock), m_files(clock)
{ }

QString SandboxApi::apiKeyFromBasic(const QByteArray &authorization)
{
    if (!authorization.startsWith("Basic "))
        return {};
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0 || colon != decoded.size() - 1)
        return {}; // Close wants the key as user name and an empty password
    return QString::fromUtf8(decoded.left(colon));
}

bool SandboxApi::authenticate(const SandboxRequest &request, QString *principal) const
{
    const QByteArray authorization = request.header("Authorization");
    const QString key = apiKeyFromBasic(authorization);
    if (!key.isEmpty() && key == m_apiKey) {
        *principal = QStringLiteral("key:") + key;
        return true;
    }
    if (authorization.startsWith("Bearer ") && !m_oauthToken.isEmpty()
        && QString::fromUtf8(authorization.mid(7).trimmed()) == m_oauthToken) {
        *principal = QStringLiteral("oauth");
        return true;
    }
    return false;
}

SandboxApi::RouteMatch SandboxApi::matchRoute(const QString &path)
{
    static const struct
    {
        QRegularExpression pattern;
        Route route;
        QString group;
    } routes[] = {
        {QRegularExpression(QStringLiteral("^/activity/email/$")), Route::EmailList,
         QStringLiteral("activity/email")},
        {QRegularExpression(QStringLiteral("^/activity/email/([^/]+)/$")), Route::EmailOne,
         QStringLiteral("activity/email")},
        {QRegularExpression(QStringLiteral("^/me/$")), Route::Me, QStringLiteral("me")},
        {QRegularExpression(QStringLiteral("^/connected_account/$")), Route::ConnectedAccounts,
         QStringLiteral("connected_account")},
        {QRegularExpression(QStringLiteral("^/email_template/$")), Route::Templates,
         QStringLiteral("email_template")},
        {QRegularExpression(QStringLiteral("^/email_template/([^/]+)/render/$")), Route::TemplateRender,
         QStringLiteral("email_template")},
        {QRegularExpression(QStringLiteral("^/lead/([^/]+)/$")), Route::Lead, QStringLiteral("lead")},
        {QRegularExpression(QStringLiteral("^/lead/$")), Route::LeadList, QStringLiteral("lead")},
        {QRegularExpression(QStringLiteral("^/contact/([^/]+)/$")), Route::Contact,
         QStringLiteral("contact")},
        {QRegularExpression(QStringLiteral("^/files/upload/$")), Route::FilesUpload, QStringLiteral("files")},
    };
    for (const auto &candidate : routes) {
        const QRegularExpressionMatch m = candidate.pattern.match(path);
        if (m.hasMatch())
            return {candidate.route, m.captured(1), candidate.group};
    }
    return {};
}

QString SandboxApi::allowedMethods(Route route)
{
    switch (route) {
    case Route::EmailList:
        return QStringLiteral("GET, POST");
    case Route::EmailOne:
        return QStringLiteral("GET, PUT, DELETE");
    case Route::FilesUpload:
        return QStringLiteral("POST");
    case Route::None:
        return {};
    default:
        return QStringLiteral("GET");
    }
}

SandboxResponse SandboxApi::handle(const SandboxRequest &request)
{
    processDueSends();
    // The upload form's target stands in for S3: outside the API, and its signature is the credential.
    if (request.path == SandboxFiles::targetPath)
        return m_files.receive(request);
    if (!request.path.startsWith(basePath + QLatin1Char('/')))
        return SandboxResponse::error(404, QStringLiteral("Not found"));
    const QString path = request.path.mid(basePath.size());

    QString principal;
    if (!authenticate(request, &principal)) {
        SandboxResponse response = SandboxResponse::error(
            401,
            QStringLiteral("The request requires user authentication: use your API key as the Basic "
                           "auth user name with an empty password, or an OAuth Bearer token."));
        response.setHeader("WWW-Authenticate", "Basic realm=\"Close API\"");
        return response;
    }

    RouteMatch match = matchRoute(path);
    if (match.route == Route::None) {
        const RouteMatch withSlash
            = path.endsWith(QLatin1Char('/')) ? RouteMatch {} : matchRoute(path + QLatin1Char('/'));
        if (withSlash.route != Route::None) {
            // Every Close path ends in '/'. Like the real service's framework, point to the right URL
            // with a redirect that keeps the method and body.
            SandboxResponse response = SandboxResponse::error(308, QStringLiteral("Permanent Redirect"));
            QString location = request.path + QLatin1Char('/');
            if (!request.query.isEmpty())
                location += QLatin1Char('?') + request.query.toString(QUrl::FullyEncoded);
            response.setHeader("Location", location.toUtf8());
            return response;
        }
        return SandboxResponse::error(404, QStringLiteral("Not found"));
    }

    const bool write = request.method != "GET" && request.method != "HEAD";
    const QString group = match.group + (write ? QStringLiteral(" write") : QStringLiteral(" read"));
    RateLimiter::Verdict verdict;
    if (m_rateLimiter.isEnabled()) {
        // Per key, and per organisation with three times the key's budget; the tighter one answers.
        verdict = m_rateLimiter.check(principal, group);
        if (verdict.allowed) {
            const RateLimiter::Verdict organisation
                = m_rateLimiter.check(QStringLiteral("organization"), group, 3);
            if (!organisation.allowed)
                verdict = organisation;
        }
        if (!verdict.allowed) {
            // The legacy body (deprecated in 2024, still seen) carries the same numbers as the header.
            SandboxResponse response = SandboxResponse::json(
                429,
                QJsonObject {{QStringLiteral("error"),
                              QJsonObject {{QStringLiteral("message"),
                                            QStringLiteral("API call count exceeded for this period")},
                                           {QStringLiteral("rate_reset"), verdict.resetSeconds},
                                           {QStringLiteral("rate_limit"), verdict.limit},
                                           {QStringLiteral("rate_window"), 10},
                                           {QStringLiteral("rate_limit_type"), QStringLiteral("key")}}}});
            response.setHeader("RateLimit", RateLimiter::headerValue(verdict));
            response.setHeader("Retry-After",
                               QByteArray::number(qMax(1, int(std::ceil(verdict.resetSeconds)))));
            return response;
        }
    }
    SandboxResponse response = route(request, match);
    if (m_rateLimiter.isEnabled())
        response.setHeader("RateLimit", RateLimiter::headerValue(verdict));
    return response;
}

std::optional<QJsonObject> SandboxApi::jsonBody(const SandboxRequest &request, SandboxResponse *error)
{
    if (request.body.size() > maxBodyBytes) {
        *error = SandboxResponse::error(413, QStringLiteral("Request entity too large."));
        return std::nullopt;
    }
    const QByteArray contentType = request.header("Content-Type").split(';').constFirst().trimmed().toLower();
    if (!contentType.isEmpty() && contentType != "application/json") {
        *error
            = SandboxResponse::error(415,
                                     QStringLiteral("Unsupported media type \"%1\": send application/json.")
                                         .arg(QString::fromLatin1(contentType)));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = SandboxResponse::error(400, QStringLiteral("The request contains invalid JSON."));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = SandboxResponse::error(400, QStringLiteral("The request body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

SandboxResponse SandboxApi::route(const SandboxRequest &request, const RouteMatch &match)
{
    const QByteArray &method = request.method;
    const bool override = method == "POST" && request.header("X-HTTP-Method-Override").toUpper() == "GET";
    const bool allowed
        = allowedMethods(match.route).split(QStringLiteral(", ")).contains(QString::fromLatin1(method))
        || (override && match.route == Route::EmailList);
    if (!allowed) {
        SandboxResponse response = SandboxResponse::error(405, QStringLiteral("Method not allowed."));
        response.setHeader("Allow", allowedMethods(match.route).toLatin1());
        return response;
    }
    SandboxResponse error;
    switch (match.route) {
    case Route::EmailList:
        if (method == "GET")
            return listEmails(paramsFrom(request.query));
        if (const auto body = jsonBody(request, &error)) {
            if (override) {
                if (!body->value(u"_params").isObject() && body->contains(u"_params"))
                    return validationError(
                        {{QStringLiteral("_params"), QStringLiteral("Expected an object.")}});
                return listEmails(paramsFrom(body->value(u"_params").toObject()));
            }
            return createEmail(*body);
        }
        return error;
    case Route::EmailOne:
        if (method == "GET")
            return getEmail(match.id, paramsFrom(request.query));
        if (method == "DELETE")
            return deleteEmail(match.id);
        if (const auto body = jsonBody(request, &error))
            return updateEmail(match.id, *body);
        return error;
    case Route::Me:
        return me();
    case Route::ConnectedAccounts:
        return connectedAccounts(paramsFrom(request.query));
    case Route::Templates:
        return templates(paramsFrom(request.query));
    case Route::TemplateRender:
        return renderTemplate(match.id, paramsFrom(request.query));
    case Route::Lead:
        return lead(match.id, paramsFrom(request.query));
    case Route::LeadList:
        return leads(paramsFrom(request.query));
    case Route::Contact:
        return contact(match.id);
    case Route::FilesUpload:
        if (const auto body = jsonBody(request, &error))
            return m_files.grant(*body);
        return error;
    case Route::None:
        break;
    }
    return SandboxResponse::error(404, QStringLiteral("Not found"));
}

SandboxApi::Params SandboxApi::paramsFrom(const QUrlQuery &query)
{
    Params params;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        params.insert(key, value);
    return params;
}

SandboxApi::Params SandboxApi::paramsFrom(const QJsonObject &object)
{
    Params params;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isArray()) {
            QStringList parts;
            for (const QJsonValue &item : value.toArray())
                parts.append(item.isString() ? item.toString() : QString::number(item.toDouble()));
            text = parts.join(QLatin1Char(','));
        } else if (value.isDouble()) {
            text = QString::number(value.toDouble(), 'g', 17);
        } else if (value.isBool()) {
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        } else {
            text = value.toString();
        }
        params.insert(it.key(), text);
    }
    return params;
}

QStringList SandboxApi::fieldList(const Params &params)
{
    QStringList fields = params.value(QStringLiteral("_fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &field : fields)
        field = field.trimmed();
    return fields;
}

QJsonObject SandboxApi::project(const QJsonObject &object, const QStringList &fields)
{
    if (fields.isEmpty())
        return object;
    QJsonObject projected;
    for (const QString &field : fields) {
        if (object.contains(field))
            projected.insert(field, object.value(field));
    }
    return projected;
}

SandboxResponse SandboxApi::validationError(const QMap<QString, QString> &fieldErrors,
                                            const QStringList &errors)
{
    return SandboxResponse::json(400, EmailValidation::Result {errors, fieldErrors}.toApiJson());
}

SandboxResponse SandboxApi::listEmails(const Params &params)
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
    const int limit = number(QStringLiteral("_limit"), maxLimit, maxLimit);
    const int skip = number(QStringLiteral("_skip"), 0, m_maxSkip);

    struct DateFilter
    {
        QString field;
        QString op;
        qint64 bound; // microseconds since the epoch: windows of one microsecond must work
    };
    QList<DateFilter> dateFilters;
    QSet<QString> idIn;
    QMap<QString, QString> exact;
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
            const QString field = key.section(QStringLiteral("__"), 0, 0);
            const QString op = key.section(QStringLiteral("__"), 1);
            const std::optional<qint64> bound = IsoDateTime::parseMicros(it.value());
            if (!isFilterOperator(op))
                continue; // unknown lookups are ignored, as for any unknown parameter
            if (!bound)
                fieldErrors.insert(key, QStringLiteral("Enter a valid date or date/time."));
            else
                dateFilters.append({field, op, *bound});
        }
    }
    if (!fieldErrors.isEmpty())
        return validationError(fieldErrors);

    const QStringList fields = fieldList(params);

    QJsonArray data;
    int matched = 0;
    bool hasMore = false;
    const bool needsRecord = !idIn.isEmpty() || !exact.isEmpty()
        || std::any_of(dateFilters.cbegin(), dateFilters.cend(),
                       [](const DateFilter &f) { return f.field != QLatin1String("date_created"); });
    for (const SandboxStore::OrderedEmail &entry : m_store.orderedEmails()) {
        const QString &id = entry.id;
        if (!idIn.isEmpty() && !idIn.contains(id))
            continue;
        const QJsonObject *email = needsRecord ? m_store.email(id) : nullptr;
        bool keep = true;
        for (auto it = exact.cbegin(); it != exact.cend() && keep; ++it)
            keep = email->value(it.key()).toString() == it.value();
        for (const DateFilter &filter : dateFilters) {
            if (!keep)
                break;
            const std::optional<qint64> value = filter.field == QLatin1String("date_created")
                ? entry.createdMicros
                : IsoDateTime::parseMicros(email->value(filter.field).toString());
            keep = value && compareDates(*value, filter.op, filter.bound);
        }
        if (!keep)
            continue;
        if (matched++ < skip)
            continue;
        if (data.size() == limit) {
            hasMore = true;
            break;
        }
        data.append(project(*m_store.email(id), fields));
    }
    return SandboxResponse::json(
        200, QJsonObject {{QStringLiteral("data"), data}, {QStringLiteral("has_more"), hasMore}});
}

SandboxResponse SandboxApi::getEmail(const QString &id, const Params &params)
{
    const QJsonObject *email = m_store.email(id);
    if (!email)
        return SandboxResponse::error(404, QStringLiteral("Not found"));
    return SandboxResponse::json(200, project(*email, fieldList(params)));
}

const QJsonObject &SandboxApi::currentUser() const
{
    static const QJsonObject nobody;
    return m_store.users.isEmpty() ? nobody : m_store.users.constFirst();
}

void SandboxApi::scheduleSend(QJsonObject &email, int sendInSeconds)
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

SandboxResponse SandboxApi::createEmail(const QJsonObject &fields)
{
    const EmailValidation::Result result = EmailValidation::validateCreate(fields);
    if (!result.ok())
        return SandboxResponse::json(400, result.toApiJson());
    const QString leadId = fields.value(u"lead_id").toString();
    if (!m_store.leads.contains(leadId))
        return validationError({{QStringLiteral("lead_id"), QStringLiteral("Object does not exist.")}});
    const QString contactId = fields.value(u"contact_id").toString();
    if (!contactId.isEmpty() && !m_store.contacts.contains(contactId))
        return validationError({{QStringLiteral("contact_id"), QStringLiteral("Object does not exist.")}});
    if (const auto problem = m_files.problemWith(fields.value(u"attachments").toArray(), {}))
        return validationError({{QStringLiteral("attachments"), *problem}});

    const QJsonObject &user = currentUser();
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
    // A template with no body is rendered server-side.
    const QString templateId = fields.value(u"template_id").toString();
    if (!templateId.isEmpty() && !fields.contains(u"body_text") && !fields.contains(u"body_html")) {
        Params params {{QStringLiteral("lead_id"), leadId}, {QStringLiteral("contact_id"), contactId}};
        const SandboxResponse rendered = renderTemplate(templateId, params);
        if (rendered.status != 200)
            return validationError(
                {{QStringLiteral("template_id"), QStringLiteral("Object does not exist.")}});
        const QJsonObject r = QJsonDocument::fromJson(rendered.body).object();
        if (!fields.contains(u"subject"))
            email.insert(QStringLiteral("subject"), r.value(u"subject"));
        email.insert(QStringLiteral("body_html"), r.value(u"body"));
        email.insert(QStringLiteral("body_text"), DemoData::plainTextFromHtml(r.value(u"body").toString()));
    }
    if (status == QLatin1String("sent")) {
        if (email.value(u"sender").toString().isEmpty())
            email.insert(QStringLiteral("sender"), user.value(u"email"));
        email.insert(QStringLiteral("date_sent"), now);
    }
    email.insert(QStringLiteral("body_preview"), preview(email.value(u"body_text").toString()));
    scheduleSend(email, fields.value(u"send_in").toInt(0));
    m_store.putEmail(email);
    changed();
    return SandboxResponse::json(200, email);
}

SandboxResponse SandboxApi::updateEmail(const QString &id, const QJsonObject &changes)
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
        return validationError({{QStringLiteral("attachments"), *problem}});

    QJsonObject email = *stored;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const EmailField *field = EmailField::find(it.key());
        if (field && field->writable && field->inResponse)
            email.insert(it.key(), it.value());
    }
    if (changes.contains(u"body_text"))
        email.insert(QStringLiteral("body_preview"), preview(email.value(u"body_text").toString()));
    const QJsonObject &user = currentUser();
    email.insert(QStringLiteral("date_updated"), IsoDateTime::format(m_clock.now()));
    email.insert(QStringLiteral("updated_by"), user.value(u"id"));
    email.insert(QStringLiteral("updated_by_name"), user.value(u"display_name"));
    if (changes.contains(u"status"))
        scheduleSend(email, changes.value(u"send_in").toInt(0));
    m_store.putEmail(email);
    changed();
    return SandboxResponse::json(200, email);
}

SandboxResponse SandboxApi::deleteEmail(const QString &id)
{
    if (!m_store.removeEmail(id))
        return SandboxResponse::error(404, QStringLiteral("Not found"));
    changed();
    return SandboxResponse::json(200, QJsonObject {});
}

int SandboxApi::processDueSends()
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
        m_store.putEmail(email);
    }
    if (!due.isEmpty())
        changed();
    return int(due.size());
}

void SandboxApi::changed()
{
    if (onChanged)
        onChanged();
}

SandboxResponse SandboxApi::me() const
{
    QJsonObject user = currentUser();
    QJsonArray accounts;
    for (const QJsonObject &account : m_store.connectedAccounts) {
        if (account.value(u"user_id") == user.value(u"id"))
            accounts.append(account);
    }
    user.insert(QStringLiteral("organizations"), QJsonArray {m_store.organization});
    user.insert(QStringLiteral("email_accounts"), accounts);
    return SandboxResponse::json(200, user);
}

SandboxResponse SandboxApi::connectedAccounts(const Params &params) const
{
    const QString userId = params.value(QStringLiteral("user_id"));
    QJsonArray data;
    for (const QJsonObject &account : m_store.connectedAccounts) {
        if (userId.isEmpty() || account.value(u"user_id").toString() == userId)
            data.append(account);
    }
    return SandboxResponse::json(
        200, QJsonObject {{QStringLiteral("data"), data}, {QStringLiteral("has_more"), false}});
}

SandboxResponse SandboxApi::templates(const Params &params) const
{
    const int limit
        = qBound(0, params.value(QStringLiteral("_limit"), QString::number(maxLimit)).toInt(), maxLimit);
    const int skip = qMax(0, params.value(QStringLiteral("_skip")).toInt());
    const QString archived = params.value(QStringLiteral("is_archived"));
    QJsonArray data;
    int matched = 0;
    bool hasMore = false;
    for (const QJsonObject &t : m_store.emailTemplates) {
        if (!archived.isEmpty() && t.value(u"is_archived").toBool() != (archived == QLatin1String("true")))
            continue;
        if (matched++ < skip)
            continue;
        if (data.size() == limit) {
            hasMore = true;
            break;
        }
        data.append(t);
    }
    return SandboxResponse::json(
        200, QJsonObject {{QStringLiteral("data"), data}, {QStringLiteral("has_more"), hasMore}});
}

SandboxResponse SandboxApi::renderTemplate(const QString &id, const Params &params) const
{
    const QJsonObject *found = nullptr;
    for (const QJsonObject &t : m_store.emailTemplates) {
        if (t.value(u"id").toString() == id)
            found = &t;
    }
    if (!found)
        return SandboxResponse::error(404, QStringLiteral("Not found"));
    const QJsonObject leadObject = m_store.leads.value(params.value(QStringLiteral("lead_id")));
    const QJsonObject contactObject = m_store.contacts.value(params.value(QStringLiteral("contact_id")));
    const QJsonObject &user = currentUser();
    const QString contactName = contactObject.value(u"name").toString();
    const QHash<QString, QString> values {
        {QStringLiteral("lead.display_name"), leadObject.value(u"display_name").toString()},
        {QStringLiteral("contact.name"), contactName},
        {QStringLiteral("contact.first_name"), contactName.section(QLatin1Char(' '), 0, 0)},
        {QStringLiteral("user.first_name"), user.value(u"first_name").toString()},
        {QStringLiteral("user.last_name"), user.value(u"last_name").toString()},
    };
    return SandboxResponse::json(
        200,
        QJsonObject {
            {QStringLiteral("subject"), renderPlaceholders(found->value(u"subject").toString(), values)},
            {QStringLiteral("body"), renderPlaceholders(found->value(u"body").toString(), values)},
            {QStringLiteral("lead_id"), leadObject.isEmpty() ? QJsonValue() : leadObject.value(u"id")},
            {QStringLiteral("lead_display_name"), leadObject.value(u"display_name")},
            {QStringLiteral("contact_id"),
             contactObject.isEmpty() ? QJsonValue() : contactObject.value(u"id")},
            {QStringLiteral("contact_display_name"), contactObject.value(u"name")},
            {QStringLiteral("email"),
             contactObject.value(u"emails").toArray().at(0).toObject().value(u"email")},
        });
}

QJsonObject SandboxApi::leadWithContacts(const QString &id) const
{
    QJsonObject leadObject = m_store.leads.value(id);
    QJsonArray contactList;
    for (const QJsonValue &contactId : leadObject.value(u"contact_ids").toArray()) {
        QJsonObject contactObject = m_store.contacts.value(contactId.toString());
        contactObject.insert(QStringLiteral("display_name"), contactObject.value(u"name"));
        contactList.append(contactObject);
    }
    leadObject.remove(QStringLiteral("contact_ids"));
    leadObject.insert(QStringLiteral("contacts"), contactList);
    leadObject.insert(QStringLiteral("organization_id"), m_store.organization.value(u"id"));
    return leadObject;
}

SandboxResponse SandboxApi::lead(const QString &id, const Params &params) const
{
    if (!m_store.leads.contains(id))
        return SandboxResponse::error(404, QStringLiteral("Not found"));
    return SandboxResponse::json(200, project(leadWithContacts(id), fieldList(params)));
}

SandboxResponse SandboxApi::leads(const Params &params) const
{
    const int limit = params.value(QStringLiteral("_limit"), QString::number(maxLimit)).toInt();
    if (limit < 0 || limit > maxLimit)
        return validationError(
            {{QStringLiteral("_limit"),
              QStringLiteral("Ensure this value is less than or equal to %1.").arg(maxLimit)}});
    const int skip = qMax(0, params.value(QStringLiteral("_skip")).toInt());
    // Close's search language is richer (fields, quotes, operators); plain words cover what a person
    // types to find a lead by name, contact or address.
    const QStringList words
        = params.value(QStringLiteral("query")).toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QJsonArray data;
    int matched = 0;
    bool hasMore = false;
    QStringList ids = m_store.leads.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        const QJsonObject candidate = leadWithContacts(id);
        QString haystack = candidate.value(u"display_name").toString();
        for (const QJsonValue &c : candidate.value(u"contacts").toArray()) {
            haystack += QLatin1Char(' ') + c.toObject().value(u"name").toString();
            for (const QJsonValue &e : c.toObject().value(u"emails").toArray())
                haystack += QLatin1Char(' ') + e.toObject().value(u"email").toString();
        }
        haystack = haystack.toCaseFolded();
        const bool all = std::all_of(words.cbegin(), words.cend(),
                                     [&haystack](const QString &word) { return haystack.contains(word); });
        if (!all || matched++ < skip)
            continue;
        if (data.size() == limit) {
            hasMore = true;
            continue; // count on: total_results is every match
        }
        data.append(project(candidate, fieldList(params)));
    }
    return SandboxResponse::json(200,
                                 QJsonObject {{QStringLiteral("data"), data},
                                              {QStringLiteral("has_more"), hasMore},
                                              {QStringLiteral("total_results"), matched}});
}

SandboxResponse SandboxApi::contact(const QString &id) const
{
    if (!m_store.contacts.contains(id))
        return SandboxResponse::error(404, QStringLiteral("Not found"));
    QJsonObject contactObject = m_store.contacts.value(id);
    contactObject.insert(QStringLiteral("display_name"), contactObject.value(u"name"));
    contactObject.insert(QStringLiteral("organization_id"), m_store.organization.value(u"id"));
    return SandboxResponse::json(200, contactObject);
}
