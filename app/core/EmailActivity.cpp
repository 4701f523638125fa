#include "EmailActivity.h"

#include "EmailField.h"
#include "IsoDateTime.h"

#include <QJsonArray>
#include <QJsonDocument>

EmailActivity::ParseResult EmailActivity::fromJson(const QJsonObject &json, ParseMode mode)
{
    ParseResult result {EmailActivity(json), {}};
    for (const EmailField &field : EmailField::all()) {
        if (!json.contains(field.name)) {
            if (mode == ParseMode::Complete && field.required)
                result.errors.append({field.name, tr("The field is missing.")});
            continue;
        }
        const QJsonValue value = json.value(field.name);
        if (!field.accepts(value)) {
            const QString message = value.isNull() ? tr("The field must not be null.")
                                                   : tr("Expected %1.").arg(EmailField::kindName(field.kind));
            result.errors.append({field.name, message});
        }
    }
    return result;
}

EmailActivity::ParseResult EmailActivity::fromJson(const QByteArray &json, ParseMode mode)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {
            EmailActivity(),
            {{QString(), tr("Malformed JSON at byte %1: %2").arg(error.offset).arg(error.errorString())}}};
    if (!document.isObject())
        return {EmailActivity(), {{QString(), tr("Expected a JSON object.")}}};
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
    m_json.insert(QStringLiteral("status"), EmailStatuses::toApi(status));
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

void EmailActivity::setString(const QString &field, const QString &value)
{
    m_json.insert(field, value);
}

void EmailActivity::setOptionalString(const QString &field, const QString &value)
{
    m_json.insert(field, value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
}

void EmailActivity::setStringList(const QString &field, const QStringList &value)
{
    m_json.insert(field, QJsonArray::fromStringList(value));
}

void EmailActivity::setDateTime(const QString &field, const QDateTime &value)
{
    m_json.insert(field,
                  value.isValid() ? QJsonValue(IsoDateTime::format(value)) : QJsonValue(QJsonValue::Null));
}
