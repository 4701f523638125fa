#pragma once

#include "sandbox/SandboxExchange.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// A request's parameters, from its query string or (with X-HTTP-Method-Override: GET) from the
// "_params" object of its body, as Close reads them: every value as text. With the answer shapes
// every endpoint shares: _fields projections and a 400 of field errors.
class SandboxParams final : public QMap<QString, QString>
{
public:
    // The most records one page holds (_limit).
    static constexpr int maxLimit = 100;

    static SandboxParams from(const QUrlQuery &query);
    static SandboxParams from(const QJsonObject &object);
    // The fields _fields asks for (none: every field).
    QStringList fields() const;
    // Only the fields _fields asks for.
    QJsonObject project(const QJsonObject &object) const;
    static QJsonObject project(const QJsonObject &object, const QStringList &fields);
    static SandboxResponse validationError(const QMap<QString, QString> &fieldErrors,
                                           const QStringList &errors = {});
};
