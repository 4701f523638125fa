#include "core/qa/InspectorServices.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/api/RateLimitState.h"
#include "core/api/RequestLog.h"
#include "core/base/WholeFile.h"
#include "core/email/EmailActivity.h"
#include "core/email/EmailValidation.h"
#include "core/qa/HarExport.h"
#include "core/qa/ServerChanges.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>

QString InspectorServices::pathBelowBase(const QUrl &url) const
{
    QString path = url.path();
    const QString base = m_client->baseUrl().path();
    if (path.startsWith(base))
        path = path.mid(base.size());
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

bool InspectorServices::replayCouldSend(quint64 exchangeId) const
{
    const Exchange *exchange = m_client->requestLog()->find(exchangeId);
    if (!exchange || exchange->method == "GET")
        return false;
    return CloseClient::movesToSending(QJsonDocument::fromJson(exchange->requestBody).object());
}

ApiCall *InspectorServices::replay(quint64 exchangeId)
{
    const Exchange *exchange = m_client->requestLog()->find(exchangeId);
    if (!exchange)
        return nullptr;
    ApiRequest request;
    request.method = exchange->method;
    request.path = pathBelowBase(exchange->url);
    request.query = QUrlQuery(exchange->url);
    const QJsonObject body = QJsonDocument::fromJson(exchange->requestBody).object();
    if (exchange->requestHeaders.contains({"X-HTTP-Method-Override", "GET"})) {
        // A long list query: replay it as one again (a bare POST here would try to create an email).
        request.method = "GET";
        request.methodOverrideGet = true;
        const QJsonObject params = body.value(u"_params").toObject();
        for (auto it = params.constBegin(); it != params.constEnd(); ++it)
            request.query.addQueryItem(it.key(), it.value().toString());
    } else if (!exchange->requestBody.isEmpty()) {
        request.body = body;
    }
    return m_client->sendAsWritten(request); // the answer shows in the log like any other
}

bool InspectorServices::exportHar(const QString &path, QString *error) const
{
    QList<Exchange> exchanges;
    const RequestLog *log = m_client->requestLog();
    for (int row = 0; row < log->size(); ++row)
        exchanges.append(log->at(row));
    return WholeFile::write(path, HarExport::toHar(exchanges, QCoreApplication::applicationVersion()), error);
}

QStringList InspectorServices::serverChanges(quint64 exchangeId) const
{
    const RequestLog *log = m_client->requestLog();
    for (int row = 0; row < log->size(); ++row) {
        if (log->at(row).id != exchangeId)
            continue;
        const Exchange *previous = nullptr;
        for (int earlier = row - 1; earlier >= 0 && !previous; --earlier) {
            if (ServerChanges::isBefore(log->at(earlier), log->at(row)))
                previous = &log->at(earlier);
        }
        return ServerChanges::describe(ServerChanges::forExchange(log->at(row), previous));
    }
    return {};
}

std::optional<InspectorServices::EditableRequest> InspectorServices::editable(quint64 exchangeId) const
{
    const Exchange *exchange = m_client->requestLog()->find(exchangeId);
    if (!exchange)
        return std::nullopt;
    EditableRequest edited;
    edited.method = QString::fromLatin1(exchange->method);
    edited.path = pathBelowBase(exchange->url);
    edited.query = exchange->url.query(QUrl::PrettyDecoded);
    const QJsonDocument body = QJsonDocument::fromJson(exchange->requestBody);
    if (body.isObject())
        edited.body = QString::fromUtf8(body.toJson(QJsonDocument::Indented));
    return edited;
}

std::optional<ApiRequest> InspectorServices::buildRequest(const EditableRequest &edited,
                                                          QString *problem) const
{
    static const QRegularExpression method(QStringLiteral("^(GET|POST|PUT|DELETE)$"));
    ApiRequest request;
    request.method = edited.method.trimmed().toUpper().toLatin1();
    if (!method.match(QString::fromLatin1(request.method)).hasMatch()) {
        *problem = QCoreApplication::translate("InspectorServices", "Choose GET, POST, PUT or DELETE.");
        return std::nullopt;
    }
    request.path = edited.path.trimmed();
    if (request.path.isEmpty() || request.path.startsWith(QLatin1Char('/'))
        || request.path.contains(QLatin1String("..")) || request.path.contains(QLatin1String("://"))) {
        *problem = QCoreApplication::translate(
            "InspectorServices", "The path goes below the API base, e.g. activity/email/acti_…/.");
        return std::nullopt;
    }
    request.query = QUrlQuery(edited.query.trimmed());
    if (!edited.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(edited.body.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            const QString before = edited.body.left(qMax(0, error.offset));
            const auto line = before.count(QLatin1Char('\n')) + 1;
            const auto column = before.size() - before.lastIndexOf(QLatin1Char('\n'));
            *problem = error.error != QJsonParseError::NoError
                ? QCoreApplication::translate("InspectorServices", "JSON error at line %1, column %2: %3")
                      .arg(line)
                      .arg(column)
                      .arg(error.errorString())
                : QCoreApplication::translate("InspectorServices", "The body must be a JSON object.");
            return std::nullopt;
        }
        request.body = document.object();
    }
    // CloseClient::send marks a write that may send; the id here is for the rule warnings.
    static const QRegularExpression emailPath(QStringLiteral("^activity/email/([^/]+)/$"));
    request.emailId = emailPath.match(request.path).captured(1);
    return request;
}

QStringList InspectorServices::ruleWarnings(const EditableRequest &edited) const
{
    QString problem;
    const std::optional<ApiRequest> request = buildRequest(edited, &problem);
    if (!request || !request->body || !request->path.startsWith(QLatin1String("activity/email/")))
        return {};
    EmailValidation::Result result;
    if (request->method == "POST" && request->path == QLatin1String("activity/email/")) {
        result = EmailValidation::validateCreate(*request->body);
    } else if (request->method == "PUT" && !request->emailId.isEmpty()) {
        // The rules depend on the email as it is: the latest copy of it in the log, else a draft
        // without a sender (the case the rules are strictest about).
        EmailActivity current = EmailActivity::unchecked(QJsonObject {
            {QStringLiteral("id"), request->emailId}, {QStringLiteral("status"), QStringLiteral("draft")}});
        const RequestLog *log = m_client->requestLog();
        for (int row = log->size() - 1; row >= 0; --row) {
            const Exchange &e = log->at(row);
            if (e.status >= 200 && e.status < 300 && e.url.path().endsWith(request->path)
                && !QUrlQuery(e.url).hasQueryItem(QStringLiteral("_fields"))) {
                current = EmailActivity::fromJson(e.responseBody.bytes(), EmailActivity::ParseMode::Partial)
                              .activity;
                break;
            }
        }
        result = EmailValidation::validateUpdate(current, *request->body);
    }
    QStringList warnings = result.errors;
    for (auto it = result.fieldErrors.cbegin(); it != result.fieldErrors.cend(); ++it)
        warnings.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
    return warnings;
}

std::optional<QString> InspectorServices::problemWith(const EditableRequest &edited) const
{
    QString problem;
    if (buildRequest(edited, &problem))
        return std::nullopt;
    return problem;
}

bool InspectorServices::couldSend(const EditableRequest &edited) const
{
    QString problem;
    const std::optional<ApiRequest> request = buildRequest(edited, &problem);
    return request && !request->isRead() && request->body && CloseClient::movesToSending(*request->body);
}

bool InspectorServices::send(const EditableRequest &edited)
{
    QString problem;
    const std::optional<ApiRequest> request = buildRequest(edited, &problem);
    if (!request)
        return false;
    m_client->sendAsWritten(*request);
    return true;
}

QList<InspectorServices::RateLimitGroup> InspectorServices::rateLimits() const
{
    QList<RateLimitGroup> groups;
    const RequestLog *log = m_client->requestLog();
    for (int row = 0; row < log->size(); ++row) {
        const Exchange &e = log->at(row);
        if (e.isPending() || e.status == 0)
            continue;
        RateLimitPoint point;
        point.at = e.started.addMSecs(qMax<qint64>(0, e.durationMs));
        QByteArray header;
        QByteArray retryAfter;
        for (const auto &[name, value] : e.responseHeaders) {
            if (name.compare("RateLimit", Qt::CaseInsensitive) == 0)
                header = value;
            else if (name.compare("Retry-After", Qt::CaseInsensitive) == 0)
                retryAfter = value;
        }
        if (const auto parsed = RateLimitState::parse(header)) {
            point.limit = parsed->limit;
            point.remaining = parsed->remaining;
            point.resetSeconds = parsed->resetSeconds;
        }
        point.limited = e.status == 429;
        if (point.limited)
            point.waitSeconds
                = qMax(RateLimitState::parseRetryAfter(retryAfter, point.at), point.resetSeconds);
        if (point.limit < 0 && !point.limited)
            continue; // nothing said about the budget
        ApiRequest asRequest;
        asRequest.method = e.method;
        asRequest.path = pathBelowBase(e.url);
        for (const auto &[name, value] : e.requestHeaders)
            asRequest.methodOverrideGet |= name.compare("X-HTTP-Method-Override", Qt::CaseInsensitive) == 0;
        const QString group = CloseClient::endpointGroup(asRequest);
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const RateLimitGroup &g) { return g.group == group; });
        if (it == groups.end()) {
            groups.append({group, {}, 0});
            it = groups.end() - 1;
        }
        it->points.append(point);
        it->rateLimited += point.limited ? 1 : 0;
    }
    return groups;
}

QStringList InspectorServices::describe(const QList<RateLimitGroup> &groups, const QDateTime &now)
{
    QStringList lines;
    for (const RateLimitGroup &group : groups) {
        QString line = group.group + QLatin1String(": ");
        const auto last = std::find_if(group.points.crbegin(), group.points.crend(),
                                       [](const RateLimitPoint &p) { return p.limit >= 0; });
        if (last != group.points.crend()) {
            const double left = last->resetSeconds - double(last->at.msecsTo(now)) / 1000.0;
            line += left > 0
                ? QCoreApplication::translate("InspectorServices", "%1 of %2 left, resets in %3 s")
                      .arg(last->remaining)
                      .arg(last->limit)
                      .arg(std::ceil(left))
                : QCoreApplication::translate("InspectorServices", "%1 of %2 left, window over")
                      .arg(last->remaining)
                      .arg(last->limit);
        } else {
            line += QCoreApplication::translate("InspectorServices", "no budget given");
        }
        if (group.rateLimited > 0) {
            const auto limited = std::find_if(group.points.crbegin(), group.points.crend(),
                                              [](const RateLimitPoint &p) { return p.limited; });
            line += QLatin1String("; ")
                + QCoreApplication::translate("InspectorServices", "%n × 429", nullptr, group.rateLimited);
            if (limited->waitSeconds >= 0)
                line += QLatin1Char(' ')
                    + QCoreApplication::translate("InspectorServices", "(last asked to wait %1 s)")
                          .arg(std::ceil(limited->waitSeconds));
        }
        lines.append(line);
    }
    return lines;
}

QString InspectorServices::sparkline(const RateLimitGroup &group, int width)
{
    static const QString blocks = QStringLiteral(" ▁▂▃▄▅▆▇█");
    QString line;
    const qsizetype first = qMax<qsizetype>(0, group.points.size() - width);
    for (qsizetype i = first; i < group.points.size(); ++i) {
        const RateLimitPoint &p = group.points.at(i);
        if (p.limited) {
            line += QLatin1Char('!');
        } else if (p.limit > 0) {
            const double share = qBound(0.0, double(p.remaining) / double(p.limit), 1.0);
            line += blocks.at(qsizetype(std::lround(share * 8)));
        } else {
            line += QLatin1Char('?');
        }
    }
    return line;
}
