#include "core/session/Session.h"

#include "core/api/ApiBaseUrl.h"
#include "core/base/EmailAddress.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

Session::Session(HttpEngine *http, CredentialStore *credentials, DraftJournal *journal, QObject *parent)
    : QObject(parent),
      m_http(http),
      m_credentials(credentials),
      m_journal(journal),
      m_client(http),
      m_emails(&m_client),
      m_drafts(&m_client, journal)
{
    // Nothing goes out before a connection is made: the client's address is Close's until then, and
    // no key is set (a stored draft saved meanwhile waits in the store's queue instead).
    m_client.setUnconnected(true);
    connect(&m_test, &ConnectionTest::finished, this, &Session::testFinished);
    connect(&m_emails, &EmailListModel::storeProblem, this, &Session::storeProblem);
    connect(&m_loader, &EmailLoader::loaded, this, &Session::emailLoaded);
    connect(&m_loader, &EmailLoader::loaded, &m_emails, &EmailListModel::keepRecord);
    connect(&m_loader, &EmailLoader::failed, this,
            [this](const QString &id, const ApiError &error, Purpose purpose) {
                // Close cannot be reached: an email read whole before opens from the store.
                if (error.isUnreachable()) {
                    setOffline(true);
                    if (const std::optional<EmailActivity> stored = m_emails.store()->record(id)) {
                        emit emailLoaded(*stored, purpose);
                        return;
                    }
                }
                emit emailLoadFailed(id, error, purpose);
            });
    // Whatever becomes of an open email reaches its row, whether or not its window is still open.
    connect(&m_drafts, &Drafts::emailChanged, &m_emails, &EmailListModel::updateEmail);
    connect(&m_drafts, &Drafts::emailDeleted, &m_emails, &EmailListModel::removeEmail);
    connect(&m_drafts, &Drafts::emailCreated, &m_emails, &EmailListModel::insertEmail);
    // And the other way: a list load (F5, the next page) that shows an open email changed in
    // Close brings its window up to date.
    connect(&m_emails, &EmailListModel::pageLoaded, this, [this] {
        startSyncWhenReady();
        for (const QString &id : m_drafts.openIds()) {
            if (const int row = m_emails.rowForId(id); row >= 0)
                m_drafts.noticeListed(m_emails.summaryAt(row));
        }
    });
    m_syncTimer.setInterval(activeSyncSeconds * 1000);
    connect(&m_syncTimer, &QTimer::timeout, this, &Session::syncNow);
    connect(&m_sync, &EventLogSync::synced, this, [this] {
        setOffline(false);
        m_saveQueue.flush(); // Close is there: what waited goes out, in order
    });
    connect(&m_saveQueue, &SaveQueue::notice, this, &Session::syncNotice);
    // Back online, the waiting saves went out first; then the store catches up with the rest.
    connect(&m_saveQueue, &SaveQueue::drained, &m_sync, &EventLogSync::syncNow);
    connect(&m_saveQueue, &SaveQueue::conflictWaiting, this, &Session::waitingChangeConflicts);
    // The queue of saves is the list's store's, set with the connection (connectWith): a store made
    // here would be thrown away at once for the profile's.
    connect(&m_sync, &EventLogSync::failed, this, [this](const ApiError &error) {
        if (error.isUnreachable() || error.kind == ApiError::Kind::BadResponse)
            setOffline(true); // a captive portal answers, but not as Close
    });
    connect(&m_sync, &EventLogSync::behind, this, [this](const QDateTime &point, const QString &reason) {
        // What happened since cannot be read from the log: the list is read again instead.
        m_emails.refresh();
        emit syncNotice(point.isValid()
                            ? tr("%1, and the last look was on %2: the list is loaded again.")
                                  .arg(reason, QLocale().toString(point.toLocalTime(), QLocale::ShortFormat))
                            : tr("%1: the list is loaded again.").arg(reason));
    });
    connect(m_credentials, &CredentialStore::readFinished, this,
            [this](const QString &account, const QString &secret, CredentialStore::Status status,
                   const QString &message) {
                if (account != m_pendingAccount)
                    return;
                m_pendingAccount.clear();
                m_keychainFailed = status == CredentialStore::Status::Failed;
                if (status == CredentialStore::Status::Ok && !secret.isEmpty()) {
                    const QUrl base = !m_baseOverride.isEmpty() ? m_baseOverride
                        : m_profile.isValid()                   ? m_profile.baseUrl
                                                                : m_settings.baseUrl();
                    const AuthMethod method
                        = m_profile.isValid() ? m_profile.method : m_settings.authMethod();
                    connectWith(base, method, secret, Origin::Keychain);
                    return;
                }
                // No key for the profile chosen while another connection was up (a switch): the user
                // left that one, so it ends, and this profile's stored list shows, as at a start.
                if (m_state != State::Idle) {
                    endConnection();
                    closeStore();
                    showStoredListFor(m_profile.isValid() ? m_profile.baseUrl : m_settings.baseUrl());
                }
                emit needsSetup(CredentialStore::noKeySentence(status, message));
            });
}

Session::~Session()
{
    saveLog();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Session::connectWith(const QUrl &baseUrl, AuthMethod method, const QString &secret, Origin origin)
{
    if (m_meCall)
        m_meCall->cancel();
    if (ApiBaseUrl::sendsKeyInClear(baseUrl) && !m_settings.clearTextAllowed(baseUrl.host())) {
        m_waitingForClearText = PendingConnection {baseUrl, method, secret, origin};
        emit clearTextConsentNeeded(baseUrl, ApiBaseUrl::clearTextWarning(baseUrl));
        return;
    }
    m_waitingForClearText.reset();
    m_sync.stop();
    m_syncTimer.stop();
    m_syncStarted = false;
    useStoreFor(baseUrl, origin);
    useQueueOfTheList();
    m_origin = origin;
    m_method = method;
    m_secret = secret;
    m_client.setBaseUrl(baseUrl);
    m_client.setCredentials(method, secret);
    m_client.setUnconnected(false);
    m_lastError = {};
    setState(State::Connecting);
    ApiCall *call = m_client.me();
    m_meCall = call;
    // A list that does not depend on who the user is starts with /me/, not after it: one round trip
    // less before the window shows emails. If /me/ fails, the list is dropped unseen.
    const bool listStarted = m_query.userId.isEmpty();
    if (listStarted)
        m_emails.setQuery(m_query);
    // Close cannot be reached and /me/ tries again: the stored list is what there is, and the window
    // says so now, not after the last attempt (some ten seconds later). The next attempt that gets
    // through connects as usual.
    connect(call, &ApiCall::retrying, this, [this](const ApiError &error) {
        if (!error.isUnreachable())
            return;
        m_lastError = error;
        setOffline(true);
    });
    connect(call, &ApiCall::finished, this, [this, listStarted](const ApiResult &result) {
        if (result.error.kind == ApiError::Kind::Cancelled)
            return;
        if (!result.ok()) {
            // Close cannot be reached: the stored list stays on screen. A refused key shows nothing.
            const bool refused = result.error.kind == ApiError::Kind::Unauthorized
                || result.error.kind == ApiError::Kind::Forbidden;
            if (refused)
                m_emails.clear();
            else
                m_emails.stopLoading();
            m_lastError = result.error;
            setOffline(result.error.isUnreachable());
            if (m_offline) {
                m_syncTimer.start(); // Close is looked for again now and then
                rememberMe(); // who this is, as the last answer said: "mine" and From still work
            }
            setState(State::Failed);
            emit connectionFailed(result.error);
            return;
        }
        const QJsonObject user = result.object();
        m_userId = user.value(u"id").toString();
        m_userName = user.value(u"display_name").toString();
        if (m_userName.isEmpty())
            m_userName = user.value(u"email").toString();
        m_identities.clear();
        addIdentities(user.value(u"email_accounts").toArray());
        if (m_identities.isEmpty() && !user.value(u"email").toString().isEmpty())
            m_identities.append(EmailAddress(user.value(u"email").toString(), m_userName).toString());
        setState(State::Connected);
        setOffline(false);
        m_emails.store()->setMe({m_userId, m_userName, m_identities});
        addConnectedAccountIdentities();
        if (!listStarted)
            m_emails.setQuery(m_query);
        startSyncWhenReady();
    });
}

void Session::answerClearText(bool send)
{
    const std::optional<PendingConnection> pending = std::exchange(m_waitingForClearText, std::nullopt);
    if (!pending)
        return;
    if (send) {
        m_settings.allowClearText(pending->baseUrl.host());
        connectWith(pending->baseUrl, pending->method, pending->secret, pending->origin);
        return;
    }
    m_lastError = ApiError::make(ApiError::Kind::Cancelled,
                                 tr("Not connected: the key was not sent to %1, which asks for it over "
                                    "http://. Use https://, or connect again and agree to send it.")
                                     .arg(pending->baseUrl.host()));
    setState(State::Failed);
    emit connectionFailed(m_lastError);
}

void Session::reconnect()
{
    if (m_secret.isEmpty()) {
        connectFromSettings();
        return;
    }
    connectWith(m_client.baseUrl(), m_method, m_secret, m_origin);
}

void Session::rememberMe()
{
    if (const std::optional<EmailStore::Me> me = m_emails.store()->me()) {
        m_userId = me->userId;
        m_userName = me->name;
        m_identities = me->identities;
    }
}

void Session::addConnectedAccountIdentities()
{
    // /me/ lists the user's own mailboxes; /connected_account/ can add shared ones.
    ApiCall *call = m_client.connectedAccounts(m_userId);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (!result.ok())
            return; // the identities from /me/ stay; typing an address always works
        addIdentities(result.object().value(u"data").toArray());
        m_emails.store()->setMe({m_userId, m_userName, m_identities});
    });
}

void Session::addIdentities(const QJsonArray &emailAccounts)
{
    for (const QJsonValue &account : emailAccounts) {
        for (const QJsonValue &identity : account.toObject().value(u"identities").toArray()) {
            const QJsonObject id = identity.toObject();
            const EmailAddress address(id.value(u"email").toString(), id.value(u"name").toString());
            if (address.isValid() && !m_identities.contains(address.toString()))
                m_identities.append(address.toString());
        }
    }
}

void Session::connectFromSettings(const QUrl &baseOverride)
{
    if (baseOverride.isValid() && !baseOverride.isEmpty())
        m_baseOverride = baseOverride;
    if (const std::optional<ConnectionProfile> current = m_profiles.find(m_profiles.current())) {
        connectProfile(current->name);
        return;
    }
    m_pendingAccount = m_settings.credentialAccount();
    showStoredListFor(!m_baseOverride.isEmpty() ? m_baseOverride : m_settings.baseUrl());
    m_credentials->read(m_pendingAccount);
}

void Session::showStoredListFor(const QUrl &baseUrl)
{
    // At start the stored list shows now, not once the keychain has answered: that takes a D-Bus
    // round trip, and a locked keychain waits for its password. Not while another connection is up
    // (its loads must not go into this connection's store), and not for a connection never made
    // (nothing is stored for it, and no file is made before it is).
    if (m_state != State::Idle || m_storeDirectory.isEmpty()
        || !QFileInfo::exists(storePathFor(storeKeyFor(baseUrl, Origin::Keychain))))
        return;
    useStoreFor(baseUrl, Origin::Keychain);
    useQueueOfTheList(); // a stored draft saved before the connection is made waits there
    m_emails.showStored(m_query);
}

void Session::connectProfile(const QString &name)
{
    const std::optional<ConnectionProfile> profile = m_profiles.find(name);
    if (!profile)
        return;
    switchProfile(*profile);
    m_profiles.setCurrent(name);
    m_baseOverride.clear();
    m_pendingAccount = profile->credentialAccount();
    showStoredListFor(profile->baseUrl);
    m_credentials->read(m_pendingAccount);
}

void Session::saveProfileAndConnect(const ConnectionProfile &profile, const QString &secret)
{
    m_profiles.save(profile);
    switchProfile(profile);
    emit profilesChanged();
    storeSecret(profile.credentialAccount(), secret);
    connectWith(profile.baseUrl, profile.method, secret, Origin::Dialog);
}

void Session::saveLog() const
{
    if (m_profile.isValid() && m_profile.keepLog)
        m_client.requestLog()->saveTo(ProfileStore::logFile(m_profile), nullptr);
}

void Session::switchProfile(const ConnectionProfile &profile)
{
    if (m_profile.isValid() && m_profile.name == profile.name) {
        m_profile = profile;
        return;
    }
    saveLog(); // the old profile's history stays with it
    m_client.requestLog()->clear();
    m_profile = profile;
    if (m_profile.keepLog)
        m_client.requestLog()->loadFrom(ProfileStore::logFile(m_profile));
}

void Session::testConnection(const QUrl &baseUrl, AuthMethod method, const QString &secret)
{
    // The settings dialog asks before it tests; nothing else may send the key unencrypted unasked.
    if (ApiBaseUrl::sendsKeyInClear(baseUrl) && !m_settings.clearTextAllowed(baseUrl.host())) {
        emit testFinished(false, ApiBaseUrl::clearTextWarning(baseUrl));
        return;
    }
    m_test.start(baseUrl, method, secret);
}

void Session::storeSecret(const QString &account, const QString &secret)
{
    auto *context = new QObject(this);
    connect(m_credentials, &CredentialStore::writeFinished, context,
            [this, context, account](const QString &written, CredentialStore::Status status,
                                     const QString &message) {
                if (written != account)
                    return;
                context->deleteLater();
                if (status == CredentialStore::Status::Ok)
                    emit credentialsStored(true, tr("The key is stored in the system keychain."));
                else if (status == CredentialStore::Status::NoKeychain)
                    emit credentialsStored(false,
                                           tr("No keychain is available: the key is kept in memory until "
                                              "you quit, and nowhere else."));
                else
                    emit credentialsStored(false,
                                           tr("The keychain refused the key (%1); it is kept in memory "
                                              "until you quit.")
                                               .arg(message));
            });
    m_credentials->write(account, secret);
}

void Session::setListFilters(const QString &leadId, bool mineOnly, const QDateTime &from, const QDateTime &to)
{
    EmailQuery query;
    query.leadId = leadId.trimmed();
    query.userId = mineOnly ? m_userId : QString();
    query.createdAfter = from;
    query.createdBefore = to;
    const bool same = query.leadId == m_query.leadId && query.userId == m_query.userId
        && query.createdAfter == m_query.createdAfter && query.createdBefore == m_query.createdBefore;
    m_query = query;
    if (!same && m_state == State::Connected)
        m_emails.setQuery(m_query);
}

void Session::loadEmail(const QString &id, Purpose purpose)
{
    // A draft written while Close could not be reached is only here; offline, the network would only
    // time out, and while the keychain reads the key, or after it could not give one, the stored list
    // shows without a connection.
    const bool local = EmailActivity::isLocalId(id);
    const bool notConnected = (isReadingKey() && m_state == State::Idle) || showsStoredListOnly();
    if (local || ((m_offline || notConnected) && purpose != Purpose::Restore)) {
        if (const std::optional<EmailActivity> stored = m_emails.store()->record(id)) {
            emit emailLoaded(*stored, purpose);
            return;
        }
    }
    if (local) {
        emit emailLoadFailed(id,
                             ApiError::make(ApiError::Kind::NotFound,
                                            tr("This draft was written while Close could not be reached "
                                               "and is no longer kept on this computer.")),
                             purpose);
        return;
    }
    if (notConnected && purpose != Purpose::Restore) {
        emit emailLoadFailed(id,
                             ApiError::make(ApiError::Kind::NotConnected,
                                            tr("Not connected to Close yet, and this email was never "
                                               "opened on this computer: it can be read once Draftdesk "
                                               "is connected.")),
                             purpose);
        return;
    }
    m_loader.load(id, purpose);
}

QString Session::storeKeyFor(const QUrl &baseUrl, Origin origin) const
{
    if (origin == Origin::Demo)
        return QStringLiteral("demo");
    if (m_profile.isValid())
        return QStringLiteral("profile/") + m_profile.name;
    return QStringLiteral("url/") + baseUrl.toString(QUrl::RemoveUserInfo);
}

QString Session::digestOf(const QString &key)
{
    // A profile's name may hold anything: files say whose they are by a digest of it, not by name.
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString Session::storePathFor(const QString &key) const
{
    return m_storeDirectory + QStringLiteral("/emails-") + digestOf(key) + QStringLiteral(".sqlite");
}

void Session::useStoreFor(const QUrl &baseUrl, Origin origin)
{
    const QString key = storeKeyFor(baseUrl, origin);
    m_journal->setConnection(digestOf(key)); // what is typed from now on is this connection's
    if (m_storeDirectory.isEmpty())
        return;
    if (key == m_storeKey && m_store)
        return;
    m_sync.setStore(nullptr);
    m_drafts.setQueue(nullptr); // the old store goes
    m_userId.clear(); // and who that connection was
    m_userName.clear();
    m_identities.clear();
    m_emails.clear();
    std::unique_ptr<EmailStore> store = EmailStore::open(storePathFor(key));
    m_emails.setStore(store.get());
    m_store = std::move(store);
    m_storeKey = key;
    if (!m_store->problem().isEmpty())
        emit storeProblem(m_store->problem());
}

QString Session::storeFile() const
{
    return m_store ? m_store->path() : QString();
}

qint64 Session::storedEmailCount()
{
    return m_emails.store()->count();
}

void Session::startSyncWhenReady()
{
    if (m_syncStarted || m_state != State::Connected || m_emails.isLoading()
        || m_emails.lastError().isError())
        return;
    m_syncStarted = true;
    m_sync.setStore(m_emails.store());
    m_sync.begin();
    m_syncTimer.start();
    m_saveQueue.flush(); // saves left waiting by an earlier session
}

void Session::useQueueOfTheList()
{
    EmailStore *store = m_emails.store();
    if (m_drafts.queue() == store)
        return;
    if (m_drafts.queue())
        disconnect(m_drafts.queue(), &EmailStore::queueChanged, this, &Session::waitingChangesChanged);
    m_drafts.setQueue(store);
    // Unique: the list's own store in memory comes back after a profile is removed.
    connect(store, &EmailStore::queueChanged, this, &Session::waitingChangesChanged, Qt::UniqueConnection);
}

void Session::syncNow()
{
    if (m_state == State::Failed && m_offline)
        reconnect(); // the list, then the sync, follow once Close answers
    else
        m_sync.syncNow();
}

void Session::setWindowActive(bool active)
{
    m_syncTimer.setInterval((active ? activeSyncSeconds : backgroundSyncSeconds) * 1000);
    if (active && m_syncStarted && m_sync.lastSynced().isValid()
        && m_sync.lastSynced().secsTo(QDateTime::currentDateTimeUtc()) >= activeSyncSeconds)
        m_sync.syncNow(); // back at the window after a while: what changed shows now
}

void Session::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    m_drafts.setCloseAway(offline);
    emit offlineChanged(offline);
}

void Session::forgetStoredEmails()
{
    m_sync.stop();
    m_syncStarted = false;
    m_emails.store()->forget();
    if (m_state == State::Connected)
        m_emails.setQuery(m_query); // the list comes from Close again
}

void Session::removeProfile(const QString &name)
{
    const std::optional<ConnectionProfile> profile = m_profiles.find(name);
    if (!profile)
        return;
    const QString storePath = storePathFor(QStringLiteral("profile/") + name);
    const bool inUse = m_storeKey == QStringLiteral("profile/") + name;
    if (inUse) {
        closeStore(); // its emails leave the window with it
        endConnection(); // and its key is forgotten here too
    }
    if (!m_storeDirectory.isEmpty()) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(storePath + suffix);
    }
    QFile::remove(ProfileStore::logFile(*profile));
    m_credentials->remove(profile->credentialAccount());
    m_profiles.remove(name);
    if (m_profile.name == name)
        m_profile = {};
    emit profilesChanged();
    if (inUse)
        emit needsSetup({}); // the welcome page: the demo, or another connection
}

void Session::closeStore()
{
    m_sync.stop();
    m_sync.setStore(nullptr);
    m_syncStarted = false;
    m_emails.clear();
    m_emails.setStore(nullptr);
    m_drafts.setQueue(nullptr);
    m_store.reset();
    m_storeKey.clear();
    useQueueOfTheList();
}

void Session::endConnection()
{
    if (m_meCall)
        m_meCall->cancel();
    m_sync.stop();
    m_syncTimer.stop();
    m_syncStarted = false;
    m_secret.clear();
    m_client.setCredentials(m_method, QString());
    m_client.setUnconnected(true);
    setOffline(false);
    setState(State::Idle);
}
