#include "core/list/LeadNames.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"

LeadNames::LeadNames(CloseClient *client, QObject *parent) : QObject(parent), m_client(client) { }

QString LeadNames::nameOf(const QString &leadId) const
{
    if (const auto known = m_names.constFind(leadId); known != m_names.cend())
        return *known;
    return isPending(leadId) ? QString(QChar(0x2026)) : leadId;
}

void LeadNames::know(const QHash<QString, QString> &names)
{
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        m_names.insert(it.key(), it.value());
        m_asked.insert(it.key());
    }
}

void LeadNames::want(const QSet<QString> &leadIds)
{
    for (const QString &leadId : leadIds) {
        if (leadId.isEmpty() || m_asked.contains(leadId))
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
