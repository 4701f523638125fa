#include "sandbox/SandboxSearch.h"

#include "sandbox/SandboxParams.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace {
const QStringList searchedTypes {QStringLiteral("lead"), QStringLiteral("contact")};

SandboxResponse refused(const QString &field, const QString &message)
{
    return SandboxParams::validationError({{field, message}});
}

// The words of a text as a search compares them: case-folded, split at anything not a letter or digit.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toCaseFolded().split(separators, Qt::SkipEmptyParts);
}

bool isStringArray(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isString(); });
}

// An integer from a JSON number or its text; nullopt for anything else (1.5, "ten", true).
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return qint64(d);
        return std::nullopt;
    }
    bool ok = false;
    const qint64 n = value.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

// The cursor is the position after the page it ends, written so that nobody mistakes it for a number
// to compute with: Close documents it as opaque.
QString cursorFor(qsizetype position)
{
    return QString::fromLatin1(QByteArray("sbx1:" + QByteArray::number(position))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qsizetype> positionOf(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("sbx1:"))
        return std::nullopt;
    bool ok = false;
    const qsizetype position = decoded.decoded.mid(5).toLongLong(&ok);
    return ok && position >= 0 ? std::optional<qsizetype>(position) : std::nullopt;
}
} // namespace

QString SandboxSearch::check(const QJsonValue &value, int depth)
{
    if (depth > maxDepth)
        return QStringLiteral("Queries are nested more than %1 deep.").arg(maxDepth);
    if (!value.isObject())
        return QStringLiteral("Each query must be an object with a \"type\".");
    const QJsonObject query = value.toObject();
    const QString type = query.value(u"type").toString();
    if (type == u"and" || type == u"or") {
        if (!query.value(u"queries").isArray())
            return QStringLiteral("An \"%1\" query needs \"queries\", a list.").arg(type);
        for (const QJsonValue &inner : query.value(u"queries").toArray()) {
            if (QString problem = check(inner, depth + 1); !problem.isEmpty())
                return problem;
        }
        return {};
    }
    if (type == u"not")
        return check(query.value(u"query"), depth + 1);
    if (type == u"match_all")
        return {};
    if (type == u"object_type") {
        if (!searchedTypes.contains(query.value(u"object_type").toString()))
            return QStringLiteral("draftdesk-sandbox searches the object types %1 only.")
                .arg(searchedTypes.join(QStringLiteral(", ")));
        return {};
    }
    if (type != u"field_condition")
        return QStringLiteral("The query type \"%1\" is not emulated by draftdesk-sandbox.").arg(type);
    const QJsonObject field = query.value(u"field").toObject();
    if (field.value(u"type").toString() != u"regular_field"
        || !searchedTypes.contains(field.value(u"object_type").toString())
        || field.value(u"field_name").toString().isEmpty())
        return QStringLiteral("A field_condition needs a \"field\" of type regular_field on a lead or "
                              "contact, with its field_name.");
    const QJsonObject condition = query.value(u"condition").toObject();
    const QString conditionType = condition.value(u"type").toString();
    if (conditionType == u"reference") {
        if (condition.value(u"reference_type").toString().isEmpty()
            || !isStringArray(condition.value(u"object_ids")))
            return QStringLiteral(
                "A reference condition needs a \"reference_type\" and \"object_ids\", a list of ids.");
        return {};
    }
    if (conditionType == u"text") {
        const QString mode = condition.value(u"mode").toString();
        if ((mode != u"full_words" && mode != u"phrase") || !condition.value(u"value").isString())
            return QStringLiteral("A text condition needs a \"value\" and a \"mode\"; draftdesk-sandbox "
                                  "emulates the modes full_words and phrase.");
        return {};
    }
    if (conditionType == u"term") {
        if (!condition.value(u"values").isArray())
            return QStringLiteral("A term condition needs \"values\", a list.");
        return {};
    }
    return QStringLiteral("The condition type \"%1\" is not emulated by draftdesk-sandbox.")
        .arg(conditionType);
}

bool SandboxSearch::conditionHolds(const QJsonObject &condition, const QJsonValue &value)
{
    const QString type = condition.value(u"type").toString();
    if (value.isArray()) { // a list field holds when one of its values does
        const QJsonArray values = value.toArray();
        return std::any_of(values.begin(), values.end(),
                           [&condition](const QJsonValue &v) { return conditionHolds(condition, v); });
    }
    if (type == u"reference")
        return value.isString() && condition.value(u"object_ids").toArray().contains(value);
    if (type == u"term")
        return !value.isUndefined() && condition.value(u"values").toArray().contains(value);
    // text
    const QStringList wanted = wordsOf(condition.value(u"value").toString());
    const QStringList words = wordsOf(value.toString());
    if (wanted.isEmpty())
        return false;
    if (condition.value(u"mode").toString() == u"full_words")
        return std::all_of(wanted.cbegin(), wanted.cend(),
                           [&words](const QString &w) { return words.contains(w); });
    return std::search(words.cbegin(), words.cend(), wanted.cbegin(), wanted.cend()) != words.cend();
}

bool SandboxSearch::matches(const QJsonObject &query, const Candidate &candidate)
{
    const QString type = query.value(u"type").toString();
    const QJsonArray queries = query.value(u"queries").toArray();
    const auto holds = [&candidate](const QJsonValue &q) {
        return matches(q.toObject(), candidate);
    };
    if (type == u"and")
        return std::all_of(queries.begin(), queries.end(), holds);
    if (type == u"or")
        return std::any_of(queries.begin(), queries.end(), holds);
    if (type == u"not")
        return !matches(query.value(u"query").toObject(), candidate);
    if (type == u"match_all")
        return true;
    if (type == u"object_type")
        return query.value(u"object_type").toString() == candidate.type;
    const QJsonObject field = query.value(u"field").toObject();
    return field.value(u"object_type").toString() == candidate.type
        && conditionHolds(query.value(u"condition").toObject(),
                          candidate.object.value(field.value(u"field_name").toString()));
}

QList<SandboxSearch::Candidate> SandboxSearch::candidates() const
{
    QList<Candidate> all;
    all.reserve(m_store.leads.size() + m_store.contacts.size());
    for (auto it = m_store.leads.cbegin(); it != m_store.leads.cend(); ++it) {
        QJsonObject lead = *it;
        lead.remove(QStringLiteral("contact_ids")); // the sandbox's own link, not a field of Close's
        lead.insert(QStringLiteral("organization_id"), m_store.organization.value(u"id"));
        all.append({QStringLiteral("lead"), lead});
    }
    for (auto it = m_store.contacts.cbegin(); it != m_store.contacts.cend(); ++it) {
        QJsonObject contact = *it;
        contact.insert(QStringLiteral("display_name"), contact.value(u"name"));
        contact.insert(QStringLiteral("organization_id"), m_store.organization.value(u"id"));
        all.append({QStringLiteral("contact"), contact});
    }
    std::sort(all.begin(), all.end(), [](const Candidate &a, const Candidate &b) {
        return a.object.value(u"id").toString() < b.object.value(u"id").toString();
    });
    return all;
}

SandboxResponse SandboxSearch::search(const QJsonObject &body) const
{
    if (!body.contains(u"query"))
        return refused(QStringLiteral("query"), QStringLiteral("This field is required."));
    if (const QString problem = check(body.value(u"query"), 0); !problem.isEmpty())
        return refused(QStringLiteral("query"), problem);

    qint64 limit = 10;
    if (body.contains(u"_limit")) {
        const std::optional<qint64> asked = wholeNumber(body.value(u"_limit"));
        if (!asked || *asked < 1 || *asked > maxLimit)
            return refused(QStringLiteral("_limit"),
                           QStringLiteral("Ensure this value is between 1 and %1.").arg(maxLimit));
        limit = *asked;
    }
    std::optional<qint64> resultsLimit;
    if (const QJsonValue asked = body.value(u"results_limit"); !asked.isUndefined() && !asked.isNull()) {
        resultsLimit = wholeNumber(asked);
        if (!resultsLimit || *resultsLimit < 0)
            return refused(QStringLiteral("results_limit"), QStringLiteral("Expected a whole number."));
    }
    qsizetype start = 0;
    if (const QJsonValue cursor = body.value(u"cursor"); !cursor.isUndefined() && !cursor.isNull()) {
        const std::optional<qsizetype> position
            = cursor.isString() ? positionOf(cursor.toString()) : std::nullopt;
        if (!position)
            return refused(QStringLiteral("cursor"), QStringLiteral("Invalid cursor."));
        start = *position;
    }
    const QJsonValue fieldsValue = body.value(u"_fields");
    if (!fieldsValue.isUndefined() && !fieldsValue.isNull() && !fieldsValue.isObject())
        return refused(QStringLiteral("_fields"),
                       QStringLiteral("Expected an object of field lists by object type."));
    const QJsonObject fields = fieldsValue.toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!isStringArray(it.value()))
            return refused(QStringLiteral("_fields"),
                           QStringLiteral("Expected a list of field names for "
                                          "\"%1\".")
                               .arg(it.key()));
    }
    if (const QJsonValue sort = body.value(u"sort");
        !sort.isUndefined() && !sort.isNull() && !(sort.isArray() && sort.toArray().isEmpty()))
        return refused(QStringLiteral("sort"),
                       QStringLiteral("draftdesk-sandbox does not sort searches: leave \"sort\" out "
                                      "and results come in id order."));

    const QJsonObject query = body.value(u"query").toObject();
    QJsonArray data;
    qsizetype matched = 0;
    bool more = false;
    for (const Candidate &candidate : candidates()) {
        if (!matches(query, candidate))
            continue;
        if (resultsLimit && matched >= *resultsLimit)
            break;
        if (matched++ < start)
            continue;
        if (data.size() == limit) {
            more = true;
            break;
        }
        QJsonObject result {{QStringLiteral("__object_type"), candidate.type},
                            {QStringLiteral("id"), candidate.object.value(u"id")}};
        QStringList wanted;
        for (const QJsonValue &name : fields.value(candidate.type).toArray())
            wanted.append(name.toString());
        const QJsonObject projected = SandboxParams::project(candidate.object, wanted);
        for (auto it = projected.begin(); it != projected.end() && !wanted.isEmpty(); ++it)
            result.insert(it.key(), it.value());
        data.append(result);
    }
    return SandboxResponse::json(
        200,
        QJsonObject {
            {QStringLiteral("data"), data},
            {QStringLiteral("cursor"), more ? QJsonValue(cursorFor(start + data.size())) : QJsonValue()}});
}
