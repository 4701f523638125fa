#pragma once

#include "sandbox/SandboxExchange.h"
#include "sandbox/SandboxParams.h"
#include "sandbox/SandboxStore.h"

// What the sandbox knows around its emails, read-only: the signed-in user (/me/), connected
// accounts, email templates and their rendering for a lead, leads (one, or a search) and contacts.
class SandboxDirectory final
{
public:
    explicit SandboxDirectory(const SandboxStore &store);

    SandboxResponse me() const;
    SandboxResponse connectedAccounts(const SandboxParams &params) const;
    SandboxResponse templates(const SandboxParams &params) const;
    SandboxResponse renderTemplate(const QString &id, const SandboxParams &params) const;
    SandboxResponse lead(const QString &id, const SandboxParams &params) const;
    // GET /lead/?query=…: every word of the query in the lead's name or a contact's name or address.
    SandboxResponse leads(const SandboxParams &params) const;
    SandboxResponse contact(const QString &id) const;

private:
    QJsonObject leadWithContacts(const QString &id) const;

    const SandboxStore &m_store;
};
