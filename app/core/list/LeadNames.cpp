#include "core/list/LeadNames.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"

#include <QJsonArray>
#include <QJsonObject>

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
    // Another store may be another organisation, where the lead exists: asked again when wanted.
    for (const QString &leadId : std::as_const(m_missing))
        m_asked.remove(leadId);
    m_missing.clear();
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
        m_waiting.append(leadId);
    }
    askNext();
}

void LeadNames::askNext()
{
    if (m_askOut || m_waiting.isEmpty())
        return;
    const QStringList batch = m_waiting.first(qMin(m_waiting.size(), qsizetype(CloseClient::maxLeadsAsked)));
    m_waiting.remove(0, batch.size());
    m_askOut = true;
    ApiCall *call = m_client->leadsById(batch, {QStringLiteral("display_name")});
    connect(call, &ApiCall::finished, this, [this, batch](const ApiResult &result) {
        m_askOut = false;
        if (!result.ok()) {
            for (const QString &leadId : batch) {
                m_asked.remove(leadId); // asked again when the lead is wanted again
                emit arrived(leadId); // meanwhile its cell shows the id, not "…"
            }
        } else {
            QSet<QString> answered;
            for (const QJsonValue &found : result.object().value(u"data").toArray()) {
                const QJsonObject lead = found.toObject();
                const QString leadId = lead.value(u"id").toString();
                if (!batch.contains(leadId) || !lead.value(u"display_name").isString())
                    continue; // not asked for, or no name: nothing to trust
                m_names.insert(leadId, lead.value(u"display_name").toString());
                answered.insert(leadId);
            }
            for (const QString &leadId : batch) {
                if (!answered.contains(leadId))
                    m_missing.insert(leadId);
                emit arrived(leadId);
            }
        }
        askNext();
    });
}
