#include "core/email/EmailActivity.h"

#include "core/base/IsoDateTime.h"
#include "core/email/EmailField.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {
QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return EmailActivity::tr("null");
    case QJsonValue::Bool:
        return EmailActivity::tr("true or false");
    case QJsonValue::Double:
        return EmailActivity::tr("a number");
    case QJsonValue::String:
        return EmailActivity::tr("a string");
    case QJsonValue::Array:
        return EmailActivity::tr("a list");
    case QJsonValue::Object:
        return EmailActivity::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return EmailActivity::tr("nothing");
}

QString typeMessage(const EmailField &field, const QJsonValue &value)
{
    if (value.isNull())
        return EmailActivity::tr("The field must not be null.");
    return EmailActivity::tr("Expected %1, got %2.")
        .arg(EmailField::kindName(field.kind), jsonTypeName(value));
}
} // namespace

QString EmailActivity::SchemaNote::text() const
{
    switch (kind) {
    case Kind::UnexpectedType:
        return tr("%1: unexpected type. %2").arg(field, detail);
    case Kind::Missing:
        return tr("%1: missing (the documentation lists it as always present).").arg(field);
    case Kind::NewField:
        return tr("%1: a field Draftdesk does not know (%2).").arg(field, detail);
    }
    return {};
}

EmailActivity::ParseResult EmailActivity::fromJson(const QJsonObject &json, ParseMode mode)
{
    ParseResult result {EmailActivity(json), {}, {}};
    const bool whole = mode == ParseMode::Complete;
    // Walk the record's own keys (a projection has a handful; a lookup per known field would cost
    // fifty searches per row of the list).
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString key = it.key();
        const EmailField *field = EmailField::find(key);
        if (!field) {
            if (whole)
                result.notes.append({SchemaNote::Kind::NewField, key, jsonTypeName(it.value())});
            continue;
        }
        const QJsonValue value = it.value();
        if (field->accepts(value))
            continue;
        const QString message = typeMessage(*field, value);
        if (EmailField::isEssential(key))
            result.errors.append({key, message});
        else if (field->used)
            result.activity.m_unusable.insert(key, message);
        result.notes.append({SchemaNote::Kind::UnexpectedType, key, message});
    }
    if (whole) {
        for (const EmailField &field : EmailField::all()) {
            if (!field.inResponse || json.contains(field.name))
                continue;
            if (field.required && EmailField::isEssential(QString(field.name)))
                result.errors.append({field.name, tr("The field is missing.")});
            if (field.alwaysPresent || field.required)
                result.notes.append({SchemaNote::Kind::Missing, field.name, {}});
        }
    }
    return result;
}

QList<EmailActivity::SchemaNote> EmailActivity::schemaNotes(const QJsonObject &json)
{
    return fromJson(json, ParseMode::Complete).notes;
}

EmailActivity::ParseResult EmailActivity::fromJson(const QByteArray &json, ParseMode mode)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {EmailActivity(),
                {{QString(), tr("Malformed JSON at byte %1: %2").arg(error.offset).arg(error.errorString())}},
                {}};
    if (!document.isObject())
        return {EmailActivity(), {{QString(), tr("Expected a JSON object.")}}, {}};
    return fromJson(document.object(), mode);
}

QString EmailActivity::ParseResult::summary() const
{
    QStringList parts;
    for (const ParseError &error : errors)
        parts.append(error.field.isEmpty() ? error.message
                                           : error.field + QLatin1String(": ") + error.message);
    return parts.join(QLatin1String("; "));
}

std::optional<EmailStatus> EmailActivity::status() const
{
    return EmailStatuses::fromApi(m_json.value(u"status").toString());
}

std::optional<qint64> EmailActivity::followupSequenceDelay() const
{
    const QJsonValue value = m_json.value(u"followup_sequence_delay");
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

QList<EmailActivity::Attachment> EmailActivity::attachments() const
{
    QList<Attachment> list;
    const QJsonArray array = m_json.value(u"attachments").toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        list.append({object.value(u"url").toString(), object.value(u"filename").toString(),
                     object.value(u"content_type").toString(), object.value(u"size").toInteger(),
                     object.value(u"thumbnail_url").toString()});
    }
    return list;
}

void EmailActivity::setStatus(EmailStatus status)
{
    put(QStringLiteral("status"), EmailStatuses::toApi(status));
}

QList<EmailActivity::QuotedPart> EmailActivity::quoted(QStringView field, QLatin1String contentKey) const
{
    const QJsonValue value = m_json.value(field);
    const auto part = [contentKey](const QJsonValue &item) -> std::optional<QuotedPart> {
        if (item.isString())
            return QuotedPart {item.toString(), false};
        const QJsonObject object = item.toObject();
        const QJsonValue content = object.value(contentKey);
        if (!content.isString() || content.toString().isEmpty())
            return std::nullopt;
        return QuotedPart {content.toString(), object.value(u"expand").toBool(false)};
    };
    QList<QuotedPart> parts;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (auto p = part(item))
                parts.append(*p);
        }
    } else if (value.isString() ? !value.toString().isEmpty() : value.isObject()) {
        if (auto p = part(value))
            parts.append(*p);
    }
    return parts;
}

QString EmailActivity::string(QStringView field) const
{
    const QJsonValue value = m_json.value(field);
    return value.isString() ? value.toString() : QString();
}

QStringList EmailActivity::stringList(QStringView field) const
{
    QStringList list;
    const QJsonArray array = m_json.value(field).toArray();
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

QDateTime EmailActivity::dateTime(QStringView field) const
{
    const QJsonValue value = m_json.value(field);
    return value.isString() ? IsoDateTime::parse(value.toString()) : QDateTime();
}

QString EmailActivity::bodyHtml() const
{
    if (!m_bodies.html)
        m_bodies.html = string(u"body_html");
    return *m_bodies.html;
}

QString EmailActivity::bodyText() const
{
    if (!m_bodies.text)
        m_bodies.text = string(u"body_text");
    return *m_bodies.text;
}

void EmailActivity::put(const QString &field, const QJsonValue &value)
{
    m_json.insert(field, value);
    if (field == u"body_html")
        m_bodies.html.reset();
    else if (field == u"body_text")
        m_bodies.text.reset();
}

void EmailActivity::setString(const QString &field, const QString &value)
{
    put(field, value);
}

void EmailActivity::setOptionalString(const QString &field, const QString &value)
{
    put(field, value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
}

void EmailActivity::setStringList(const QString &field, const QStringList &value)
{
    put(field, QJsonArray::fromStringList(value));
}

void EmailActivity::setDateTime(const QString &field, const QDateTime &value)
{
    put(field, value.isValid() ? QJsonValue(IsoDateTime::format(value)) : QJsonValue(QJsonValue::Null));
}

QString EmailActivity::newLocalId()
{
    return localIdPrefix() + QUuid::createUuid().toString(QUuid::WithoutBraces);
}
