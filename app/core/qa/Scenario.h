#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/Exchange.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QUrl>

#include <optional>

// A named sequence of API requests with what each one answered, kept as a plain JSON file that can
// be committed to a repository and replayed after each Close release: paths are relative to the
// API base, ids are variables ({{email_id}}), and no header (so no key) is ever written. Each step
// expects the recorded status and the recorded response shape (top-level fields and their JSON
// types, and those of a list's records).
class Scenario final
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)

public:
    static constexpr int formatVersion = 1;

    struct Step
    {
        QByteArray method;
        QString path; // below the base, e.g. "activity/email/{{email_id}}/"
        QString query; // encoded, may hold variables
        std::optional<QJsonObject> body; // strings may hold variables
        int expectedStatus = 0;
        QJsonObject expectedShape; // field → "string", "number", "boolean", "object", "array", "null"
    };

    QString name;
    QMap<QString, QString> variables; // name → value as recorded (email_id, base_url)
    QList<Step> steps;

    // From logged exchanges to the API at `base` (others, such as file uploads to S3, are left out
    // and counted in *skipped). The first email id in a path becomes {{email_id}}, the next
    // {{email_id_2}}, and so on.
    static Scenario record(const QString &name, const QList<Exchange> &exchanges, const QUrl &base,
                           int *skipped = nullptr);
    QByteArray toJson() const;
    // nullopt (and why in *error) when the text is not a scenario this version can replay.
    static std::optional<Scenario> fromJson(const QByteArray &json, QString *error);
    static std::optional<Scenario> load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;

    // The step as a request, variables replaced by `values` (those missing: as recorded);
    // CloseClient::send marks the ones that may send an email.
    ApiRequest request(int step, const QMap<QString, QString> &values) const;
    // The same for showing: "PUT activity/email/{{email_id}}/".
    QString describeStep(int step) const;

    static QJsonObject shapeOf(const QByteArray &body);
    // What is missing or of another type than expected (fails the step) in *failures; new fields
    // and fields that turned null or from null (Close's nullable fields) in *notes.
    static void compareShapes(const QJsonObject &expected, const QJsonObject &actual, QStringList *failures,
                              QStringList *notes);
    // The default folder for scenarios, next to the profiles' settings.
    static QString defaultFolder();
};
