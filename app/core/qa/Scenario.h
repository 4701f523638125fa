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
// expects what Close said: the status, the whole response shape (every top-level field and its JSON
// type, and those of a list's records), for a refusal its words (errors and field errors), and for
// a 2xx the values of the fields the request set. A replay fails a step when any of that differs,
// leniently where Close is free to differ (ids, dates by instant, fields marked volatile).
class Scenario final
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)

public:
    static constexpr int formatVersion = 2;

    struct Step
    {
        QByteArray method;
        QString path; // below the base, e.g. "activity/email/{{email_id}}/"
        QString query; // encoded, may hold variables
        std::optional<QJsonObject> body; // strings may hold variables
        int expectedStatus = 0;
        QJsonObject expectedShape; // field → "string", "number", "boolean", "object", "array", "null"
        // A refusal as Close worded it: "errors", "field-errors" and "error" (absent for a 2xx).
        std::optional<QJsonObject> expectedError {};
        // For a 2xx: the fields the request set, as Close answered them.
        QJsonObject expectedValues {};
        // Fields whose value may differ on every run (never compared).
        QStringList volatileFields {};
    };

    QString name;
    int version = formatVersion; // as read: 1 compared the status and the shape only
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

    // Version 1 files keep the status and a partial shape only: a replay compares less.
    bool comparesLess() const { return version < 2; }

    static QJsonObject shapeOf(const QByteArray &body);
    // Everything a replay compares of one answer, against step `step` (values: this run's
    // variables, so that a recorded {{email_id}} means this run's id): the shape, a refusal's words,
    // the values the request set. Failures fail the step; notes only inform.
    void compareAnswer(int step, int status, const QByteArray &body, const QMap<QString, QString> &values,
                       QStringList *failures, QStringList *notes) const;
    // "sender: “This field is required.”; Only drafts can be modified" (one line).
    static QString describeError(const QJsonObject &error);
    // What is missing or of another type than expected (fails the step) in *failures; new fields
    // and fields that turned null or from null (Close's nullable fields) in *notes.
    static void compareShapes(const QJsonObject &expected, const QJsonObject &actual, QStringList *failures,
                              QStringList *notes);
    // The default folder for scenarios, next to the profiles' settings.
    static QString defaultFolder();
};
