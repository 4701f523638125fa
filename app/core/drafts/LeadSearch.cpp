#include "core/drafts/LeadSearch.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/store/EmailStore.h"

#include <QJsonArray>
#include <QJsonObject>

LeadSearch::LeadSearch(CloseClient *client, QObject *parent) : QObject(parent), m_client(client) { }

LeadSearch::~LeadSearch()
{
    if (m_call)
        m_call->cancel();
}

void LeadSearch::search(const QString &text)
{
    if (m_call)
        m_call->cancel();
    const QString words = text.simplified();
    m_asked = words;
    if (words.size() < 2) {
        m_fromStore = false;
        m_results.clear();
        emit resultsChanged();
        return;
    }
    if (m_offline && answerFromStore(true))
        return;
    watch(m_client->searchLeads(words), true);
}

void LeadSearch::findLead(const QString &leadId)
{
    if (m_call)
        m_call->cancel();
    m_asked = leadId;
    if (m_offline && answerFromStore(false))
        return;
    watch(m_client->lead(leadId), false);
}

void LeadSearch::watch(ApiCall *call, bool list)
{
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, list](const ApiResult &result) {
        if (call != m_call)
            return; // an older search
        m_call = nullptr;
        if (!result.ok()) {
            if (result.error.isUnreachable() && answerFromStore(list)) {
                m_offline = true; // the next words go to the store at once, not to another timeout
                return;
            }
            if (result.error.kind != ApiError::Kind::Cancelled)
                emit failed(result.error);
            return;
        }
        m_fromStore = false;
        m_results.clear();
        const QJsonObject body = result.json.object();
        if (list) {
            for (const QJsonValue &item : body.value(u"data").toArray())
                if (item.isObject() && !item.toObject().value(u"id").toString().isEmpty())
                    m_results.append(leadFrom(item.toObject()));
        } else if (!body.value(u"id").toString().isEmpty()) {
            m_results.append(leadFrom(body));
        }
        emit resultsChanged();
    });
}

bool LeadSearch::answerFromStore(bool list)
{
    if (!m_store)
        return false;
    QList<EmailStore::KnownLead> known;
    if (list)
        known = m_store->knownLeads(m_asked);
    else if (std::optional<EmailStore::KnownLead> one = m_store->knownLead(m_asked))
        known.append(*one);
    m_results.clear();
    for (const EmailStore::KnownLead &lead : std::as_const(known)) {
        Lead found {lead.id, lead.name, {}};
        for (const EmailStore::KnownLead::Contact &contact : lead.contacts)
            found.contacts.append({contact.id, QString(), contact.addresses});
        m_results.append(found);
    }
    m_fromStore = true;
    emit resultsChanged();
    return true;
}

LeadSearch::Lead LeadSearch::leadFrom(const QJsonObject &json)
{
    Lead lead {json.value(u"id").toString(), json.value(u"display_name").toString(), {}};
    for (const QJsonValue &item : json.value(u"contacts").toArray()) {
        const QJsonObject c = item.toObject();
        Contact contact {c.value(u"id").toString(), c.value(u"display_name").toString(), {}};
        if (contact.name.isEmpty())
            contact.name = c.value(u"name").toString();
        for (const QJsonValue &e : c.value(u"emails").toArray()) {
            const QString address = e.toObject().value(u"email").toString().trimmed();
            if (!address.isEmpty())
                contact.emails.append(address);
        }
        if (!contact.id.isEmpty())
            lead.contacts.append(contact);
    }
    return lead;
}
