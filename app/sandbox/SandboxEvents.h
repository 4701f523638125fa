#pragma once

#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxExchange.h"
#include "sandbox/SandboxParams.h"
#include "sandbox/SandboxStore.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

// Who is making the change being logged: the request's user and key, or a colleague in the web app
// (no key), or Close itself (a scheduled send: no user at all).
struct SandboxActor
{
    QJsonObject user; // empty: the change was not made by a user
    QString apiKeyId; // empty: not made through the API with a key
    QString requestId;
    QString method; // "PUT", … (for meta)
    QString path; // "/api/v1/activity/email/acti_…/" (for meta)
};

// Close's event log (GET /event/, GET /event/{id}/) over the store's events: every create, update and
// delete of an email writes one, newest first by date_updated; a second update of the same object by
// the same actor within a minute updates the existing event (its date_updated moves, date_created
// stays). Paged by cursor only, at most 50 a page, for the filter combinations Close lists (others
// answer 400); 30 days back; for non-admins `data` and `previous_data` only on events under an hour old.
class SandboxEvents final
{
public:
    static constexpr int maxLimit = 50;
    static constexpr int reachDays = 30;
    static constexpr int mergeSeconds = 60;
    static constexpr int privateDataSeconds = 3600;
    static inline const QString emailType = QStringLiteral("activity.email");

    SandboxEvents(SandboxStore &store, const SandboxClock &clock);

    // The actor of the changes that follow, until the next call (an empty actor: Close itself).
    void setActor(const SandboxActor &actor) { m_actor = actor; }
    const SandboxActor &actor() const { return m_actor; }
    // The user the next change is made by: the actor's, or the key's owner when the actor has none.
    const QJsonObject &actingUser() const;
    const QJsonObject &keyOwner() const { return m_store.currentUser(); }
    // Whether the reader of the log is an organisation admin (sees data on events of any age).
    void setReaderIsAdmin(bool admin) { m_readerIsAdmin = admin; }

    // `before` empty: created; `after` empty: deleted; both: updated (nothing logged when equal).
    void record(const QJsonObject &before, const QJsonObject &after);

    SandboxResponse list(const SandboxParams &params) const;
    SandboxResponse one(const QString &id) const;

private:
    QJsonObject shown(const QJsonObject &event) const;
    void forgetOlderThanReach();

    SandboxStore &m_store;
    const SandboxClock &m_clock;
    SandboxActor m_actor;
    bool m_readerIsAdmin = false;
    QRandomGenerator m_random {31};
};
