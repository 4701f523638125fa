#include "core/list/LeadNames.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"

LeadNames::LeadNames(CloseClient *client, QObject *parent) : QObject(parent), m_client(client) { }

QString LeadNames::nameOf(const QString &leadId) const
{
    if (known(leadId))
        return m_names.value(leadId);
    return isPending(leadId) ? QString(QChar(0x2026)) : leadId;
}

void LeadNames::setLookup(std::function<std::optional<QString>(const QString &)> lookup)
{
    m_lookup = std::move(lookup);
    m_names.clear();
    m_notStored.clear();
}

bool LeadNames::known(const QString &leadId) const
{
    if (m_names.contains(leadId))
        return true;
    // Looked up once: a cell painted again does not ask the store again.
    if (!m_lookup || leadId.isEmpty() || m_notStored.contains(leadId))
        return false;
    if (const std::optional<QString> name = m_lookup(leadId)) {
        m_names.insert(leadId, *name);
        return true;
    }
    m_notStored.insert(leadId);
    return false;
}

void LeadNames::want(const QSet<QString> &leadIds)
{
    for (const QString &leadId : leadIds) {
        if (leadId.isEmpty() || m_asked.contains(leadId) || known(leadId))
            continue;
        m_asked.insert(leadId);
        ApiCall *call = m_client->lead(leadId);
        connect(call, &ApiCall::finished, this, [this, leadId](const ApiResult &result) {
            if (!result.ok()) {
                m_asked.remove(leadId); // ask again with the next page
                return;
            }
            m_names.insert(leadId, result.object().value(u"display_name").toString());
            emit arrived(leadId);
        });
    }
}
