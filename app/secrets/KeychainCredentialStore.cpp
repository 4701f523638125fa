#include "KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

namespace {
CredentialStore::Status statusOf(QKeychain::Error error)
{
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
