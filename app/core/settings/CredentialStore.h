#pragma once

#include <QHash>
#include <QObject>
#include <QString>

// Where a secret (API key or OAuth token) lives between runs. The real one is the OS keychain
// (KeychainCredentialStore, through QtKeychain); MemoryCredentialStore serves tests and sessions on a
// machine without a keychain. Every call answers asynchronously with exactly one signal. A secret is
// never written to QSettings, a plain file or a log.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Status {
        Ok,
        NotFound, // nothing stored under that account yet
        NoKeychain, // no keychain service on this machine (the secret lives in memory only)
        Failed, // anything else: denied, locked, …
    };
    Q_ENUM(Status)

    using QObject::QObject;
    ~CredentialStore() override = default;

    // Why a read gave no key, for the user: empty when none is saved (NotFound, or an empty one),
    // else what it means and what to do (the keychain's own words kept when they say more).
    static QString noKeySentence(Status status, const QString &message);

    virtual void read(const QString &account) = 0;
    virtual void write(const QString &account, const QString &secret) = 0;
    virtual void remove(const QString &account) = 0;

signals:
    void readFinished(const QString &account, const QString &secret, CredentialStore::Status status,
                      const QString &message);
    void writeFinished(const QString &account, CredentialStore::Status status, const QString &message);
    void removeFinished(const QString &account, CredentialStore::Status status, const QString &message);
};

class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    using CredentialStore::CredentialStore;
    void read(const QString &account) override;
    void write(const QString &account, const QString &secret) override;
    void remove(const QString &account) override;

private:
    QHash<QString, QString> m_secrets;
};
