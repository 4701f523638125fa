#pragma once

#include "core/settings/CredentialStore.h"

// Secrets in the OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Store)
// through QtKeychain. The insecure plain-file fallback stays off. "No keychain" is reported as such, so
// the app can say it keeps the secret in memory for this session only.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    static QString serviceName() { return QStringLiteral("Draftdesk"); }

    void read(const QString &account) override;
    void write(const QString &account, const QString &secret) override;
    void remove(const QString &account) override;
};
