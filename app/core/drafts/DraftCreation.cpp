#include "core/drafts/DraftCreation.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"

#include <QJsonArray>

namespace {
// What a new draft is made with (Drafts::createDraft), and what Close keeps as it was sent.
constexpr const char *madeWith[]
    = {"status", "lead_id", "contact_id", "to", "subject", "sender", "body_text", "body_html"};
constexpr const char *keptAsSent[] = {"status", "lead_id", "contact_id", "to", "subject", "sender"};
} // namespace

DraftCreation::DraftCreation(CloseClient *client, const QJsonObject &fields, const QDateTime &firstTried,
                             QObject *parent)
    : QObject(parent), m_client(client), m_fields(fields), m_firstTried(firstTried)
{ }

QJsonObject DraftCreation::fieldsOf(const EmailActivity &local)
{
    const QJsonObject record = local.toJson();
    QJsonObject fields;
    for (const char *name : madeWith) {
        const QLatin1String key(name);
        if (record.contains(key) && !record.value(key).isNull())
            fields.insert(key, record.value(key));
    }
    return fields;
}

bool DraftCreation::isMadeFrom(const QJsonObject &email, const QJsonObject &fields)
{
    for (const char *name : keptAsSent) {
        const QLatin1String key(name);
        if (fields.contains(key) && email.value(key) != fields.value(key))
            return false;
    }
    return true;
}

void DraftCreation::start(Start how)
{
    if (how == Start::Post)
        post();
    else
        look(ApiError());
}

void DraftCreation::post()
{
    m_posted = true;
    ApiCall *call = m_client->createEmail(m_fields);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        const EmailActivity::ParseResult parsed = EmailActivity::fromJson(result.json.object());
        if (result.ok() && parsed.ok()) {
            emit created(parsed.activity);
            return;
        }
        const ApiError error = result.ok()
            ? ApiError::make(ApiError::Kind::BadResponse,
                             tr("Close's answer to the new draft could not be read."))
            : result.error;
        if (error.isAmbiguousForWrites())
            look(error); // it may be there: look before saying it is not
        else
            emit notMade(error);
    });
}

void DraftCreation::look(const ApiError &writeError)
{
    EmailQuery query;
    query.leadId = m_fields.value(u"lead_id").toString();
    query.createdAfter = m_firstTried.addSecs(-120); // this machine's clock may run ahead of Close's
    ApiCall *call = m_client->listEmails(query);
    connect(call, &ApiCall::finished, this, [this, writeError](const ApiResult &result) {
        if (!result.ok()) {
            emit unknown(m_posted ? writeError : result.error, result.error);
            return;
        }
        // Oldest first: of two alike, the first written takes the first made.
        const QJsonArray data = result.object().value(u"data").toArray();
        for (qsizetype i = data.size() - 1; i >= 0; --i) {
            const QJsonObject email = data.at(i).toObject();
            const EmailActivity::ParseResult parsed = EmailActivity::fromJson(email);
            if (parsed.ok() && !m_taken.contains(parsed.activity.id()) && isMadeFrom(email, m_fields)) {
                emit created(parsed.activity); // it was made; its answer was lost
                return;
            }
        }
        if (m_posted)
            emit notMade(writeError); // not there: nothing was made, and trying again is safe
        else
            post();
    });
}
