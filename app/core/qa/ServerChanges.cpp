#include "core/qa/ServerChanges.h"

#include "core/base/EmailAddress.h"
#include "core/base/IsoDateTime.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace {
// Set by Close on every write, whatever was sent.
const QStringList alwaysSetByServer {QStringLiteral("date_updated"), QStringLiteral("updated_by"),
                                     QStringLiteral("updated_by_name")};

bool sameWritten(const QJsonValue &a, const QJsonValue &b);

bool sameString(const QString &a, const QString &b)
{
    if (a.simplified() == b.simplified())
        return true;
    const QDateTime da = IsoDateTime::parse(a);
    const QDateTime db = IsoDateTime::parse(b);
    if (da.isValid() && db.isValid())
        return da == db;
    const auto ea = EmailAddress::parse(a);
    const auto eb = EmailAddress::parse(b);
    return ea && eb && ea->address().compare(eb->address(), Qt::CaseInsensitive) == 0
        && ea->displayName().simplified() == eb->displayName().simplified();
}

bool sameWritten(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isString() && b.isString())
        return sameString(a.toString(), b.toString());
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameWritten(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    return a == b;
}

QString shortText(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = QLatin1Char('"') + value.toString() + QLatin1Char('"');
    else if (value.isUndefined())
        text = QStringLiteral("—");
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else
        text = QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
                   .mid(1)
                   .chopped(1);
    return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
}

std::optional<QJsonObject> objectIn(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}
} // namespace

QList<ServerChanges::Field> ServerChanges::compare(const QJsonObject &sent, const QJsonObject &answer,
                                                   const std::optional<QJsonObject> &before)
{
    QList<Field> fields;
    for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
        Field field {it.key(), Kind::Kept, it.value(), answer.value(it.key())};
        if (!answer.contains(it.key()))
            field.kind = Kind::Ignored;
        else if (field.answered == field.sent)
            field.kind = Kind::Kept;
        else if (before && before->contains(it.key()) && before->value(it.key()) == field.answered)
            field.kind = Kind::Ignored; // the old value stayed
        else if (sameWritten(field.sent, field.answered))
            field.kind = Kind::Normalised;
        else
            field.kind = Kind::Changed;
        fields.append(field);
    }
    for (auto it = answer.constBegin(); it != answer.constEnd(); ++it) {
        if (sent.contains(it.key()))
            continue;
        const bool changed
            = before ? before->value(it.key()) != it.value() : alwaysSetByServer.contains(it.key());
        if (changed)
            fields.append({it.key(), Kind::SetByServer, QJsonValue(QJsonValue::Undefined), it.value()});
    }
    return fields;
}

bool ServerChanges::isBefore(const Exchange &candidate, const Exchange &exchange)
{
    return candidate.id != exchange.id && candidate.url.path() == exchange.url.path()
        && candidate.status >= 200 && candidate.status < 300 && !candidate.responseTruncated
        && !QUrlQuery(candidate.url).hasQueryItem(QStringLiteral("_fields"));
}

QList<ServerChanges::Field> ServerChanges::forExchange(const Exchange &exchange, const Exchange *previous)
{
    if ((exchange.method != "PUT" && exchange.method != "POST") || exchange.status < 200
        || exchange.status >= 300 || exchange.responseTruncated)
        return {};
    const std::optional<QJsonObject> sent = objectIn(exchange.requestBody);
    const std::optional<QJsonObject> answer = objectIn(exchange.responseBody.bytes());
    // A list query sent as a POST (_params) and an Advanced Filtering search only read: nothing was
    // written for the server to change.
    if (!sent || !answer || sent->contains(u"_params") || exchange.url.path().endsWith(u"/data/search/"))
        return {};
    std::optional<QJsonObject> before;
    if (previous && exchange.method == "PUT")
        before = objectIn(previous->responseBody.bytes());
    return compare(*sent, *answer, before);
}

QString ServerChanges::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Kept:
        return tr("kept");
    case Kind::Normalised:
        return tr("normalised");
    case Kind::Changed:
        return tr("changed by the server");
    case Kind::Ignored:
        return tr("ignored");
    case Kind::SetByServer:
        return tr("set by the server");
    }
    return {};
}

QStringList ServerChanges::describe(const QList<Field> &fields)
{
    QStringList lines;
    for (const Field &field : fields) {
        switch (field.kind) {
        case Kind::Kept:
            lines.append(tr("%1: kept as sent").arg(field.name));
            break;
        case Kind::Normalised:
        case Kind::Changed:
            lines.append(
                tr("%1: %2 (%3 → %4)")
                    .arg(field.name, kindName(field.kind), shortText(field.sent), shortText(field.answered)));
            break;
        case Kind::Ignored:
            lines.append(field.answered.isUndefined()
                             ? tr("%1: ignored (not in the answer)").arg(field.name)
                             : tr("%1: ignored (still %2)").arg(field.name, shortText(field.answered)));
            break;
        case Kind::SetByServer:
            lines.append(tr("%1: set by the server (%2)").arg(field.name, shortText(field.answered)));
            break;
        }
    }
    return lines;
}

QJsonArray ServerChanges::toJson(const QList<Field> &fields)
{
    static const char *const names[] = {"kept", "normalised", "changed", "ignored", "set_by_server"};
    QJsonArray array;
    for (const Field &field : fields) {
        QJsonObject entry {{QStringLiteral("field"), field.name},
                           {QStringLiteral("verdict"), QLatin1String(names[int(field.kind)])}};
        if (!field.sent.isUndefined())
            entry.insert(QStringLiteral("sent"), field.sent);
        if (!field.answered.isUndefined())
            entry.insert(QStringLiteral("answered"), field.answered);
        array.append(entry);
    }
    return array;
}
