#include "core/email/EmailField.h"

#include "core/base/IsoDateTime.h"
#include "core/email/EmailStatus.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace {
using K = EmailField::Kind;

enum Use { Carried = 0, Used = 1 };
enum Presence { Often = 0, Always = 1, RequestOnly = 2 };

// name, kind, nullable, required, writable, used, presence
EmailField f(const char *name, K kind, bool nullable, bool required, bool writable, Use use = Carried,
             Presence presence = Often)
{
    return EmailField {QLatin1String(name),     kind,        nullable,          required, writable,
                       presence != RequestOnly, use == Used, presence == Always};
}
} // namespace

const QList<EmailField> &EmailField::all()
{
    // Required means the record makes no sense without it. Other "always present" fields are read
    // as null when missing, because projections (_fields) and older records leave them out.
    static const QList<EmailField> fields {
        f("_type", K::String, false, true, false, Carried, Always),
        f("id", K::String, false, true, false, Used, Always),
        f("organization_id", K::String, true, false, false, Carried, Always),
        f("lead_id", K::String, true, false, false, Used, Always),
        f("contact_id", K::String, true, false, true, Used, Always),
        f("user_id", K::String, true, false, true, Carried, Always),
        f("created_by", K::String, true, false, false, Carried, Always),
        f("updated_by", K::String, true, false, false, Carried, Always),
        f("date_created", K::DateTime, false, true, false, Used, Always),
        f("date_updated", K::DateTime, false, true, false, Used, Always),
        f("activity_at", K::DateTime, true, false, true, Used, Always),
        f("date_scheduled", K::DateTime, true, false, true, Used, Always),
        f("date_sent", K::DateTime, true, false, false, Used, Always),
        f("status", K::Status, false, true, true, Used, Always),
        f("direction", K::Direction, true, false, false, Carried, Always),
        f("subject", K::String, true, false, true, Used, Always),
        f("body_text", K::String, true, false, true, Used, Always),
        f("body_html", K::String, true, false, true, Used, Always),
        f("sender", K::String, true, false, true, Used, Always),
        f("to", K::StringList, true, false, true, Used, Always),
        f("cc", K::StringList, true, false, true, Used, Always),
        f("bcc", K::StringList, true, false, true, Used, Always),
        f("send_as_id", K::String, true, false, false, Carried, Always),
        f("template_id", K::String, true, false, true, Carried, Always),
        f("thread_id", K::String, true, false, false, Carried, Always),
        f("in_reply_to_id", K::String, true, false, true, Carried, Always),
        f("message_ids", K::StringList, true, false, false, Carried, Always),
        f("references", K::StringList, true, false, false, Carried, Always),
        f("opens_summary", K::String, true, false, false, Carried, Always),
        f("has_reply", K::Boolean, true, false, false, Carried, Always),
        f("need_smtp_credentials", K::Boolean, true, false, false, Carried, Always),
        f("followup_sequence_add_cc_bcc", K::Boolean, true, false, true, Carried, Always),
        f("followup_sequence_delay", K::Integer, true, false, true, Carried, Always),
        f("bulk_email_action_id", K::String, true, false, false, Carried, Always),
        f("users", K::Array, true, false, false, Carried, Always),
        f("attachments", K::ObjectList, true, false, true, Used),
        f("body_preview", K::String, true, false, false),
        f("email_account_id", K::String, true, false, true, Used),
        f("envelope", K::Object, true, false, false),
        f("opens", K::Array, true, false, true),
        f("send_attempts", K::Array, true, false, false),
        f("followup_sequence_id", K::String, true, false, true),
        f("sequence_id", K::String, true, false, false),
        f("sequence_name", K::String, true, false, false),
        f("sequence_subscription_id", K::String, true, false, false),
        f("template_name", K::String, true, false, false),
        f("user_name", K::String, true, false, false),
        f("created_by_name", K::String, true, false, false),
        f("updated_by_name", K::String, true, false, false),
        f("agent_action_reason", K::String, true, false, false),
        f("agent_config_id", K::String, true, false, false),
        // The docs' own record has an object here ({"expand", "html"}); client code in the wild reads
        // body_text_quoted as a list of {"text", "expand"}. Both shapes (and a plain string) are read.
        f("body_html_quoted", K::Quoted, true, false, false, Used),
        f("body_text_quoted", K::Quoted, true, false, false, Used),
        // Request-only: described in the docs' prose, never returned.
        f("followup_date", K::DateTime, true, false, true, Carried, RequestOnly),
        f("send_in", K::Integer, true, false, true, Carried, RequestOnly),
    };
    return fields;
}

const EmailField *EmailField::find(QStringView name)
{
    static const QHash<QString, const EmailField *> byName = [] {
        QHash<QString, const EmailField *> map;
        for (const EmailField &field : all())
            map.insert(QString(field.name), &field);
        return map;
    }();
    return byName.value(name.toString(), nullptr);
}

bool EmailField::isEssential(QStringView name)
{
    return name == QLatin1String("id") || name == QLatin1String("status");
}

QStringList EmailField::writableNames()
{
    QStringList names;
    for (const EmailField &field : all()) {
        if (field.writable)
            names.append(field.name);
    }
    return names;
}

QString EmailField::kindName(Kind kind)
{
    switch (kind) {
    case K::String:
        return QCoreApplication::translate("EmailField", "a string");
    case K::Boolean:
        return QCoreApplication::translate("EmailField", "true or false");
    case K::Integer:
        return QCoreApplication::translate("EmailField", "a whole number");
    case K::DateTime:
        return QCoreApplication::translate("EmailField", "an ISO 8601 date");
    case K::StringList:
        return QCoreApplication::translate("EmailField", "a list of strings");
    case K::Object:
        return QCoreApplication::translate("EmailField", "an object");
    case K::Array:
        return QCoreApplication::translate("EmailField", "a list");
    case K::ObjectList:
        return QCoreApplication::translate("EmailField", "a list of objects");
    case K::Status:
        return QCoreApplication::translate("EmailField",
                                           "one of inbox, draft, scheduled, outbox, sent, error");
    case K::Direction:
        return QCoreApplication::translate("EmailField", "incoming or outgoing");
    case K::Quoted:
        return QCoreApplication::translate("EmailField",
                                           "a quoted part (an object, a list of them, or text)");
    }
    return {};
}

bool EmailField::accepts(const QJsonValue &value) const
{
    if (value.isNull())
        return nullable;
    switch (kind) {
    case K::String:
        return value.isString();
    case K::Boolean:
        return value.isBool();
    case K::Integer: {
        if (!value.isDouble())
            return false;
        const double number = value.toDouble();
        return std::isfinite(number) && std::trunc(number) == number
            && std::abs(number) < 9.007199254740992e15;
    }
    case K::DateTime:
        return value.isString() && IsoDateTime::parse(value.toString()).isValid();
    case K::StringList: {
        if (!value.isArray())
            return false;
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(),
                           [](const QJsonValue &item) { return item.isString(); });
    }
    case K::Object:
        return value.isObject();
    case K::Array:
        return value.isArray();
    case K::ObjectList: {
        if (!value.isArray())
            return false;
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(),
                           [](const QJsonValue &item) { return item.isObject(); });
    }
    case K::Status:
        return value.isString() && EmailStatuses::fromApi(value.toString()).has_value();
    case K::Direction:
        return value.isString()
            && (value.toString() == QLatin1String("incoming")
                || value.toString() == QLatin1String("outgoing"));
    case K::Quoted: {
        if (value.isString() || value.isObject())
            return true;
        if (!value.isArray())
            return false;
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(),
                           [](const QJsonValue &item) { return item.isObject() || item.isString(); });
    }
    }
    return false;
}
