#pragma once

#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxDirectory.h"
#include "sandbox/SandboxEvents.h"
#include "sandbox/SandboxExchange.h"
#include "sandbox/SandboxFiles.h"
#include "sandbox/SandboxParams.h"
#include "sandbox/SandboxStore.h"

#include <QRandomGenerator>

#include <functional>

// The email activities of the sandbox (/activity/email/): the list with its filters, _fields,
// _skip/_limit and skip cap, one email, create, update with the status transitions Close allows,
// delete, and the sending of outbox and scheduled emails when they fall due; each change is logged.
class SandboxEmails final
{
public:
    SandboxEmails(SandboxStore &store, const SandboxClock &clock, SandboxFiles &files,
                  const SandboxDirectory &directory, SandboxEvents &events);

    SandboxResponse listEmails(const SandboxParams &params);
    SandboxResponse getEmail(const QString &id, const SandboxParams &params);
    SandboxResponse createEmail(const QJsonObject &fields);
    SandboxResponse updateEmail(const QString &id, const QJsonObject &changes);
    SandboxResponse deleteEmail(const QString &id);
    // Turns due outbox and scheduled emails into sent (or error). Returns how many changed.
    int processDueSends();

    // Share (0..1) of sends that end in `error` instead of `sent`.
    void setSendErrorShare(double share) { m_sendErrorShare = share; }
    void setMaxSkip(int maxSkip) { m_maxSkip = qMax(0, maxSkip); }
    int maxSkip() const { return m_maxSkip; }
    // Called after every change to the store (for --data persistence).
    std::function<void()> onChanged;

    // Close caps _skip per resource; 10,000 is the sandbox's choice for emails (an option).
    static constexpr int defaultMaxSkip = 10000;

private:
    void scheduleSend(QJsonObject &email, int sendInSeconds);
    // Fills the body (and subject) from the template the fields name; false when it does not exist.
    bool renderTemplateInto(QJsonObject &email, const QJsonObject &fields) const;
    void changed();

    SandboxStore &m_store;
    const SandboxClock &m_clock;
    SandboxFiles &m_files;
    const SandboxDirectory &m_directory;
    SandboxEvents &m_events; // every change writes its event
    QRandomGenerator m_random {7};
    double m_sendErrorShare = 0;
    int m_maxSkip = defaultMaxSkip;
};
