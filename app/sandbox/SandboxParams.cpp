#include "sandbox/SandboxParams.h"

#include "core/email/EmailValidation.h"

#include <QJsonArray>

SandboxParams SandboxParams::from(const QUrlQuery &query)
{
    SandboxParams params;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        params.insert(key, value);
    return params;
}

SandboxParams SandboxParams::from(const QJsonObject &object)
{
    SandboxParams params;
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

QStringList SandboxParams::fields() const
{
    QStringList fields = value(QStringLiteral("_fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &field : fields)
        field = field.trimmed();
    return fields;
}

QJsonObject SandboxParams::project(const QJsonObject &object) const
{
    return project(object, fields());
}

QJsonObject SandboxParams::project(const QJsonObject &object, const QStringList &fields)
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

SandboxResponse SandboxParams::validationError(const QMap<QString, QString> &fieldErrors,
                                               const QStringList &errors)
{
    return SandboxResponse::json(400, EmailValidation::Result {errors, fieldErrors}.toApiJson());
}
