#include "core/qa/Scenario.h"

#include "core/base/IsoDateTime.h"
#include "core/base/WholeFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {
constexpr qsizetype maxScenarioBytes = 16 * 1024 * 1024;
constexpr int maxSteps = 1000;

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString substitute(QString text, const QMap<QString, QString> &values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        text.replace(QStringLiteral("{{%1}}").arg(it.key()), it.value());
    return text;
}

QJsonValue substituteIn(const QJsonValue &value, const QMap<QString, QString> &values)
{
    if (value.isString())
        return substitute(value.toString(), values);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(substituteIn(item, values));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            out.insert(it.key(), substituteIn(it.value(), values));
        return out;
    }
    return value;
}
// Any JSON value as compact text (QJsonDocument writes only arrays and objects: wrap, then unwrap).
QString compactText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// A refusal's words as Close gives them: "errors" (a list), "field-errors" (field → message) and
// "error" (a string, or the legacy {"error": {"message"}}); empty when the body has none of them.
QJsonObject errorOf(const QJsonObject &body)
{
    QJsonObject error;
    QJsonArray errors;
    for (const QJsonValue &item : body.value(u"errors").toArray())
        errors.append(item.isString() ? item.toString() : compactText(item));
    if (!errors.isEmpty())
        error.insert(QStringLiteral("errors"), errors);
    const QJsonObject fieldErrors = body.value(u"field-errors").toObject();
    if (!fieldErrors.isEmpty()) {
        QJsonObject words;
        for (auto it = fieldErrors.constBegin(); it != fieldErrors.constEnd(); ++it)
            words.insert(it.key(), it.value().isString() ? it.value().toString() : compactText(it.value()));
        error.insert(QStringLiteral("field-errors"), words);
    }
    const QJsonValue message = body.value(u"error");
    if (message.isString() && !message.toString().isEmpty())
        error.insert(QStringLiteral("error"), message.toString());
    else if (message.isObject() && message.toObject().value(u"message").isString())
        error.insert(QStringLiteral("error"), message.toObject().value(u"message").toString());
    return error;
}

QString shortJson(const QJsonValue &value)
{
    QString text = value.isString() ? QStringLiteral("“%1”").arg(value.toString()) : compactText(value);
    return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
}

// Where Close is free to differ: ids (a replay makes new ones) and dates written another way.
bool sameValue(const QString &field, const QJsonValue &recorded, const QJsonValue &now)
{
    if (recorded == now || field == QLatin1String("id") || field.endsWith(QLatin1String("_id"))
        || field.endsWith(QLatin1String("_ids")))
        return true;
    if (recorded.isString() && now.isString()) {
        const QDateTime then = IsoDateTime::parse(recorded.toString());
        const QDateTime again = IsoDateTime::parse(now.toString());
        if (then.isValid() && again.isValid())
            return then == again;
    }
    return false;
}
} // namespace

QString Scenario::describeError(const QJsonObject &error)
{
    QStringList parts;
    const QJsonObject fieldErrors = error.value(u"field-errors").toObject();
    for (auto it = fieldErrors.constBegin(); it != fieldErrors.constEnd(); ++it)
        parts.append(QStringLiteral("%1: “%2”").arg(it.key(), it.value().toString()));
    for (const QJsonValue &item : error.value(u"errors").toArray())
        parts.append(QStringLiteral("“%1”").arg(item.toString()));
    if (error.contains(u"error"))
        parts.append(QStringLiteral("“%1”").arg(error.value(u"error").toString()));
    return parts.isEmpty() ? tr("no error text") : parts.join(QLatin1String("; "));
}

void Scenario::compareAnswer(int step, int status, const QByteArray &body,
                             const QMap<QString, QString> &values, QStringList *failures,
                             QStringList *notes) const
{
    const Step &s = steps.at(step);
    compareShapes(s.expectedShape, shapeOf(body), failures, notes);
    if (status != s.expectedStatus)
        return; // the status line says it; the words of another answer mean nothing here
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (s.expectedError) {
        const QJsonObject now = errorOf(answer);
        if (now != *s.expectedError)
            failures->append(tr("Close refused for another reason: recorded %1; got %2")
                                 .arg(describeError(*s.expectedError), describeError(now)));
    }
    // This run's ids stand where the recording had its own.
    const auto thisRun = [&](QJsonValue value) {
        if (!value.isString())
            return value;
        QString text = value.toString();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            const QString recorded = variables.value(it.key());
            if (!recorded.isEmpty())
                text.replace(recorded, it.value());
        }
        return QJsonValue(text);
    };
    for (auto it = s.expectedValues.constBegin(); it != s.expectedValues.constEnd(); ++it) {
        if (s.volatileFields.contains(it.key()))
            continue;
        const QJsonValue now = answer.value(it.key());
        if (!sameValue(it.key(), thisRun(it.value()), now))
            failures->append(tr("%1: recorded %2; got %3")
                                 .arg(it.key(), shortJson(it.value()),
                                      now.isUndefined() ? tr("nothing") : shortJson(now)));
    }
}

QJsonObject Scenario::shapeOf(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QJsonObject shape;
    if (!document.isObject())
        return shape;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        shape.insert(it.key(), typeName(it.value()));
    // A list page: the fields of its records too (the first record stands for all).
    const QJsonArray data = object.value(u"data").toArray();
    if (!data.isEmpty() && data.first().isObject()) {
        const QJsonObject record = data.first().toObject();
        for (auto it = record.constBegin(); it != record.constEnd(); ++it)
            shape.insert(QStringLiteral("data[].") + it.key(), typeName(it.value()));
    }
    return shape;
}

void Scenario::compareShapes(const QJsonObject &expected, const QJsonObject &actual, QStringList *failures,
                             QStringList *notes)
{
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const QString was = it.value().toString();
        if (!actual.contains(it.key())) {
            failures->append(tr("%1 is missing (was %2)").arg(it.key(), was));
            continue;
        }
        const QString now = actual.value(it.key()).toString();
        if (now == was)
            continue;
        if (now == QLatin1String("null") || was == QLatin1String("null"))
            notes->append(tr("%1 is %2 now (was %3)").arg(it.key(), now, was));
        else
            failures->append(tr("%1 is %2 now (was %3)").arg(it.key(), now, was));
    }
    QStringList added; // one note for all of them: Close adds fields without notice
    for (auto it = actual.constBegin(); it != actual.constEnd(); ++it) {
        if (!expected.contains(it.key()))
            added.append(QStringLiteral("%1 (%2)").arg(it.key(), it.value().toString()));
    }
    if (!added.isEmpty())
        notes->append(
            tr("%n new field(s): %1", nullptr, int(added.size())).arg(added.join(QLatin1String(", "))));
}

Scenario Scenario::record(const QString &name, const QList<Exchange> &exchanges, const QUrl &base,
                          int *skipped)
{
    static const QRegularExpression emailId(QStringLiteral("activity/email/(acti_[^/]+)/"));
    Scenario scenario;
    scenario.name = name;
    scenario.variables.insert(QStringLiteral("base_url"), base.toString(QUrl::RemoveUserInfo));
    QMap<QString, QString> nameOfId; // recorded id → variable name
    QString basePath = base.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    int left = 0;
    for (const Exchange &exchange : exchanges) {
        const QUrl url = exchange.url;
        if (url.scheme() != base.scheme() || url.host() != base.host() || url.port() != base.port()
            || !url.path().startsWith(basePath) || exchange.isPending()) {
            ++left;
            continue;
        }
        Step step;
        step.method = exchange.method;
        step.path = url.path().mid(basePath.size());
        step.query = url.query(QUrl::FullyEncoded);
        const QJsonDocument body = QJsonDocument::fromJson(exchange.requestBody);
        if (body.isObject())
            step.body = body.object();
        // A long list query went as POST with X-HTTP-Method-Override: replay it the same way.
        for (const auto &[header, value] : exchange.requestHeaders) {
            if (header.compare("X-HTTP-Method-Override", Qt::CaseInsensitive) == 0 && value == "GET")
                step.method = "POST+GET";
        }
        QRegularExpressionMatchIterator ids = emailId.globalMatch(step.path);
        while (ids.hasNext()) {
            const QString id = ids.next().captured(1);
            if (!nameOfId.contains(id)) {
                const QString variable = nameOfId.isEmpty()
                    ? QStringLiteral("email_id")
                    : QStringLiteral("email_id_%1").arg(nameOfId.size() + 1);
                nameOfId.insert(id, variable);
                scenario.variables.insert(variable, id);
            }
            step.path.replace(id, QStringLiteral("{{%1}}").arg(nameOfId.value(id)));
        }
        step.expectedStatus = exchange.status;
        if (!exchange.responseTruncated) {
            const QByteArray answerBytes = exchange.responseBody.bytes();
            step.expectedShape = shapeOf(answerBytes);
            const QJsonObject answer = QJsonDocument::fromJson(answerBytes).object();
            if (exchange.status >= 400) {
                if (const QJsonObject error = errorOf(answer); !error.isEmpty())
                    step.expectedError = error;
            } else if (exchange.status >= 200 && exchange.status < 300 && step.body
                       && step.method != "POST+GET") {
                for (auto it = step.body->constBegin(); it != step.body->constEnd(); ++it) {
                    if (answer.contains(it.key()))
                        step.expectedValues.insert(it.key(), answer.value(it.key()));
                }
            }
        }
        scenario.steps.append(step);
    }
    if (skipped)
        *skipped = left;
    return scenario;
}

QByteArray Scenario::toJson() const
{
    QJsonArray stepArray;
    for (const Step &step : steps) {
        QJsonObject object {{QStringLiteral("method"), QString::fromLatin1(step.method)},
                            {QStringLiteral("path"), step.path}};
        if (!step.query.isEmpty())
            object.insert(QStringLiteral("query"), step.query);
        if (step.body)
            object.insert(QStringLiteral("body"), *step.body);
        QJsonObject expect {{QStringLiteral("status"), step.expectedStatus},
                            {QStringLiteral("shape"), step.expectedShape}};
        if (step.expectedError)
            expect.insert(QStringLiteral("error"), *step.expectedError);
        if (!step.expectedValues.isEmpty())
            expect.insert(QStringLiteral("values"), step.expectedValues);
        if (!step.volatileFields.isEmpty())
            expect.insert(QStringLiteral("volatile"), QJsonArray::fromStringList(step.volatileFields));
        object.insert(QStringLiteral("expect"), expect);
        stepArray.append(object);
    }
    QJsonObject variableObject;
    for (auto it = variables.constBegin(); it != variables.constEnd(); ++it)
        variableObject.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject {{QStringLiteral("draftdesk_scenario"), formatVersion},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("variables"), variableObject},
                                      {QStringLiteral("steps"), stepArray}})
        .toJson(QJsonDocument::Indented);
}

std::optional<Scenario> Scenario::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("not JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const int version = root.value(u"draftdesk_scenario").toInt();
    if (version < 1 || version > formatVersion) {
        *error = tr("not a Draftdesk scenario this version can read (versions 1 to %1)").arg(formatVersion);
        return std::nullopt;
    }
    Scenario scenario;
    scenario.version = version;
    scenario.name = root.value(u"name").toString();
    const QJsonObject vars = root.value(u"variables").toObject();
    for (auto it = vars.constBegin(); it != vars.constEnd(); ++it)
        scenario.variables.insert(it.key(), it.value().toString());
    const QJsonArray stepArray = root.value(u"steps").toArray();
    if (stepArray.isEmpty() || stepArray.size() > maxSteps) {
        *error = tr("a scenario needs between 1 and %1 steps").arg(maxSteps);
        return std::nullopt;
    }
    static const QRegularExpression methodPattern(QStringLiteral("^(GET|POST|PUT|PATCH|DELETE|POST\\+GET)$"));
    for (qsizetype i = 0; i < stepArray.size(); ++i) {
        const QJsonObject object = stepArray.at(i).toObject();
        Step step;
        step.method = object.value(u"method").toString().toLatin1();
        step.path = object.value(u"path").toString();
        step.query = object.value(u"query").toString();
        if (object.value(u"body").isObject())
            step.body = object.value(u"body").toObject();
        const QJsonObject expect = object.value(u"expect").toObject();
        step.expectedStatus = expect.value(u"status").toInt();
        step.expectedShape = expect.value(u"shape").toObject();
        if (expect.value(u"error").isObject())
            step.expectedError = expect.value(u"error").toObject();
        step.expectedValues = expect.value(u"values").toObject();
        for (const QJsonValue &field : expect.value(u"volatile").toArray())
            step.volatileFields.append(field.toString());
        // A path stays below the base: no scheme, no leading slash, no "..".
        if (!methodPattern.match(QString::fromLatin1(step.method)).hasMatch() || step.path.isEmpty()
            || step.path.startsWith(QLatin1Char('/')) || step.path.contains(QLatin1String(".."))
            || step.path.contains(QLatin1String("://")) || step.expectedStatus < 100
            || step.expectedStatus > 599) {
            *error = tr("step %1 is not a request Draftdesk can replay").arg(i + 1);
            return std::nullopt;
        }
        scenario.steps.append(step);
    }
    return scenario;
}

std::optional<Scenario> Scenario::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    if (file.size() > maxScenarioBytes) {
        *error = tr("the file is larger than a scenario can be");
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

bool Scenario::save(const QString &path, QString *error) const
{
    return WholeFile::write(path, toJson(), error);
}

ApiRequest Scenario::request(int step, const QMap<QString, QString> &values) const
{
    QMap<QString, QString> all = variables;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        all.insert(it.key(), it.value());
    const Step &s = steps.at(step);
    ApiRequest request;
    request.method = s.method == "POST+GET" ? QByteArray("GET") : s.method;
    request.path = substitute(s.path, all);
    request.query = QUrlQuery(substitute(s.query, all));
    if (s.method == "POST+GET" && s.body) {
        request.methodOverrideGet = true;
        const QJsonObject params = s.body->value(u"_params").toObject();
        for (auto it = params.constBegin(); it != params.constEnd(); ++it)
            request.query.addQueryItem(it.key(), it.value().toString());
    } else if (s.body) {
        request.body = substituteIn(*s.body, all).toObject();
    }
    return request;
}

QString Scenario::describeStep(int step) const
{
    const Step &s = steps.at(step);
    QString text = QString::fromLatin1(s.method == "POST+GET" ? QByteArray("GET") : s.method)
        + QLatin1Char(' ') + s.path;
    if (!s.query.isEmpty())
        text += QLatin1Char('?') + QUrl::fromPercentEncoding(s.query.toUtf8());
    if (s.body && s.method != "POST+GET") {
        const QString body = QString::fromUtf8(QJsonDocument(*s.body).toJson(QJsonDocument::Compact));
        text += QLatin1Char(' ') + (body.size() > 60 ? body.left(59) + QChar(0x2026) : body);
    }
    return text;
}

QString Scenario::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("scenarios"));
}
