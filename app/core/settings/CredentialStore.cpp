#include "core/settings/CredentialStore.h"

#include <QTimer>

// Answers come on the next event-loop turn, as the real keychain's do.

void MemoryCredentialStore::read(const QString &account)
{
    QTimer::singleShot(0, this, [this, account] {
        if (m_secrets.contains(account))
            emit readFinished(account, m_secrets.value(account), Status::Ok, {});
        else
            emit readFinished(account, {}, Status::NotFound, {});
    });
}

void MemoryCredentialStore::write(const QString &account, const QString &secret)
{
    m_secrets.insert(account, secret);
    QTimer::singleShot(0, this, [this, account] { emit writeFinished(account, Status::Ok, {}); });
}

void MemoryCredentialStore::remove(const QString &account)
{
    m_secrets.remove(account);
    QTimer::singleShot(0, this, [this, account] { emit removeFinished(account, Status::Ok, {}); });
}
