#include "sandbox/SandboxApi.h"

#include "core/base/IsoDateTime.h"
#include "core/email/EmailField.h"
#include "core/email/EmailValidation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

SandboxApi::SandboxApi(SandboxStore &store, const SandboxClock &clock)
    : m_clock(clock),
      m_rateLimiter(clock),
      m_files(clock),
      m_directory(store),
      m_search(store),
      m_events(store, clock),
      m_emails(store, clock, m_files, m_directory, m_events)
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
        {QRegularExpression(QStringLiteral("^/event/$")), Route::EventList, QStringLiteral("event")},
        {QRegularExpression(QStringLiteral("^/event/([^/]+)/$")), Route::EventOne, QStringLiteral("event")},
        {QRegularExpression(QStringLiteral("^/data/search/$")), Route::DataSearch,
         QStringLiteral("data/search")},
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
    case Route::DataSearch:
        return QStringLiteral("POST");
    case Route::None:
        return {};
    default:
        return QStringLiteral("GET");
    }
}

SandboxActor SandboxApi::actorFor(const SandboxRequest &request, const QString &principal)
{
    SandboxActor actor;
    actor.user = m_events.keyOwner();
    if (principal.startsWith(QLatin1String("key:"))) {
        // A stable id per key, in Close's style, that does not reveal the key.
        const QByteArray digest = QCryptographicHash::hash(principal.toUtf8(), QCryptographicHash::Sha256);
        QRandomGenerator fromKey(qFromLittleEndian<quint32>(digest.constData()));
        actor.apiKeyId = SandboxStore::newId(QStringLiteral("api"), fromKey);
    }
    QRandomGenerator *random = QRandomGenerator::global();
    actor.requestId = SandboxStore::newId(QStringLiteral("req"), *random);
    actor.method = QString::fromLatin1(request.method);
    actor.path = request.path;
    return actor;
}

SandboxResponse SandboxApi::handle(const SandboxRequest &request)
{
    m_events.setActor({}); // sends falling due are Close's own doing
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

    // A search is POSTed for its body's sake but only reads.
    const bool write
        = request.method != "GET" && request.method != "HEAD" && match.route != Route::DataSearch;
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
    m_events.setActor(actorFor(request, principal));
    SandboxResponse response = route(request, match);
    m_events.setActor({});
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
            return m_emails.listEmails(SandboxParams::from(request.query));
        if (const auto body = jsonBody(request, &error)) {
            if (override) {
                if (!body->value(u"_params").isObject() && body->contains(u"_params"))
                    return SandboxParams::validationError(
                        {{QStringLiteral("_params"), QStringLiteral("Expected an object.")}});
                return m_emails.listEmails(SandboxParams::from(body->value(u"_params").toObject()));
            }
            return m_emails.createEmail(*body);
        }
        return error;
    case Route::EmailOne:
        if (method == "GET")
            return m_emails.getEmail(match.id, SandboxParams::from(request.query));
        if (method == "DELETE")
            return m_emails.deleteEmail(match.id);
        if (const auto body = jsonBody(request, &error))
            return m_emails.updateEmail(match.id, *body);
        return error;
    case Route::Me:
        return m_directory.me();
    case Route::ConnectedAccounts:
        return m_directory.connectedAccounts(SandboxParams::from(request.query));
    case Route::Templates:
        return m_directory.templates(SandboxParams::from(request.query));
    case Route::TemplateRender:
        return m_directory.renderTemplate(match.id, SandboxParams::from(request.query));
    case Route::Lead:
        return m_directory.lead(match.id, SandboxParams::from(request.query));
    case Route::LeadList:
        return m_directory.leads(SandboxParams::from(request.query));
    case Route::Contact:
        return m_directory.contact(match.id);
    case Route::FilesUpload:
        if (const auto body = jsonBody(request, &error))
            return m_files.grant(*body);
        return error;
    case Route::EventList:
        return m_events.list(SandboxParams::from(request.query));
    case Route::EventOne:
        return m_events.one(match.id);
    case Route::DataSearch:
        if (const auto body = jsonBody(request, &error))
            return m_search.search(*body);
        return error;
    case Route::None:
        break;
    }
    return SandboxResponse::error(404, QStringLiteral("Not found"));
}
