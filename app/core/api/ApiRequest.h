#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

// One call to the Close API as the client issues it: method, path below the base URL (ending in '/'),
// query, optional JSON body, and what is at stake if it is repeated. Built with designated
// initializers, so each call reads as what it is: {.method = "PUT", .path = …, .body = changes}.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path {}; // "activity/email/acti_x/": no leading slash, trailing slash
    QUrlQuery query {};
    std::optional<QJsonObject> body {};
    bool methodOverrideGet = false; // a long list query sent as POST + X-HTTP-Method-Override: GET
    // A POST that only reads (Advanced Filtering's search): paced, grouped and retried as a read.
    bool readsByPost = false;
    bool mayTriggerSend = false; // status outbox/scheduled: never repeated after an ambiguous failure
    QString emailId {}; // read back after an ambiguous send failure
    // False: a 2xx answer is left unparsed in ApiResult::body for the caller's own reader (the email
    // list's pages, read straight into rows); ApiCall::readJson is the fallback that reader uses.
    bool parseJson = true;

    bool isRead() const { return method == "GET" || methodOverrideGet || readsByPost; }
};
