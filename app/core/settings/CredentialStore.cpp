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

QString CredentialStore::noKeySentence(Status status, const QString &message)
{
    switch (status) {
    case Status::Ok:
    case Status::NotFound:
        return {};
    case Status::NoKeychain:
        return tr("No keychain is available on this system, so Draftdesk cannot remember "
                  "your key. It will keep it in memory until you quit. The README's "
                  "“Keeping your key” section says how to get a keychain.");
    case Status::Failed: {
        // QtKeychain's own words ("Unknown error") give nothing to act on: say what it means for
        // the user first, and keep its words only when they say more.
        const QString detail = message.trimmed();
        const bool says = !detail.isEmpty() && detail.compare(u"Unknown error", Qt::CaseInsensitive) != 0;
        return tr("The keychain did not answer, so Draftdesk cannot use a key saved there. Enter "
                  "your key: it is kept in memory until you quit. The README's “Keeping "
                  "your key” section says how to get a working keychain.")
            + (says ? QLatin1Char(' ') + tr("(The keychain said: %1)").arg(detail) : QString());
    }
    }
    return {};
}
