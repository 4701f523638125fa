#include "secrets/KeychainCredentialStore.h"

#include <QFileInfo>
#include <qt6keychain/keychain.h>

#include <unistd.h>

namespace {
// Without a D-Bus session (a bare X server, ssh, CI) QtKeychain 0.13 cannot reach any keychain and
// says only "Unknown error"; say what it means.
bool sessionBusMissing()
{
#ifdef Q_OS_LINUX
    return qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && !QFileInfo::exists(QStringLiteral("/run/user/%1/bus").arg(getuid()));
#else
    return false;
#endif
}

CredentialStore::Status statusOf(QKeychain::Error error)
{
    if (error == QKeychain::OtherError && sessionBusMissing())
        return CredentialStore::Status::NoKeychain;
    switch (error) {
    case QKeychain::NoError:
        return CredentialStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return CredentialStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStore::Status::NoKeychain;
    default:
        return CredentialStore::Status::Failed;
    }
}

void prepare(QKeychain::Job *job, const QString &account)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent) : CredentialStore(parent) { }

void KeychainCredentialStore::read(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    prepare(job, account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        // Job::errorString() may name the account but never carries the secret.
        emit readFinished(account, job->error() ? QString() : job->textData(), statusOf(job->error()),
                          job->errorString());
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &account, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    prepare(job, account);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        emit writeFinished(account, statusOf(job->error()), job->errorString());
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    prepare(job, account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        emit removeFinished(account, statusOf(job->error()), job->errorString());
    });
    job->start();
}
