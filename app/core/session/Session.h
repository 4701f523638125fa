#pragma once

#include "core/api/ApiError.h"
#include "core/api/CloseClient.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/Drafts.h"
#include "core/email/EmailActivity.h"
#include "core/list/EmailListModel.h"
#include "core/qa/InspectorServices.h"
#include "core/session/ConnectionTest.h"
#include "core/session/EmailLoader.h"
#include "core/settings/AppSettings.h"
#include "core/settings/ConnectionProfile.h"
#include "core/settings/CredentialStore.h"
#include "core/settings/Preferences.h"
#include "core/settings/ProfileStore.h"
#include "core/store/EmailStore.h"
#include "core/sync/EventLogSync.h"
#include "core/sync/SaveQueue.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class HttpEngine;

// One connection to a Close organisation (or the sandbox) and what hangs off it: the client, the
// email list, who is signed in, and where the secret came from. The window binds to this; it never
// sees HTTP or JSON.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State { Idle, Connecting, Connected, Failed };
    Q_ENUM(State)
    enum class Origin { Demo, Environment, Keychain, Dialog };
    Q_ENUM(Origin)
    using Purpose = EmailLoader::Purpose;

    Session(HttpEngine *http, CredentialStore *credentials, DraftJournal *journal, QObject *parent = nullptr);
    ~Session() override;

    CloseClient *client() { return &m_client; }
    DraftJournal *journal() { return m_journal; }
    // The addresses the user may send from ("Name" <addr>), from /me/.
    QStringList identities() const { return m_identities; }
    EmailListModel *emails() { return &m_emails; }
    State state() const { return m_state; }
    Origin origin() const { return m_origin; }
    // The key when it is no secret: the built-in demo sandbox's (made for this run, for this
    // machine's loopback only), so that a copied curl line runs as it is. Empty for any real key.
    QString shareableKey() const { return m_origin == Origin::Demo ? m_secret : QString(); }
    QString userName() const { return m_userName; }
    QString userId() const { return m_userId; }
    QUrl baseUrl() const { return m_client.baseUrl(); }
    // The key is being read from the keychain (the stored list shows meanwhile).
    bool isReadingKey() const { return !m_pendingAccount.isEmpty(); }
    // The keychain's last answer was a failure (locked, refused): asking again may work.
    bool keychainFailed() const { return m_keychainFailed; }
    // Not connected, and the list shows what is stored of the connection about to be made.
    bool showsStoredListOnly() const { return m_state == State::Idle && !m_storeKey.isEmpty(); }
    ApiError lastError() const { return m_lastError; }

    // Connects with a secret known now (demo, CLOSE_API_KEY, the settings dialog) and loads the list.
    // To http:// on another machine it first asks (clearTextConsentNeeded) unless agreed before.
    void connectWith(const QUrl &baseUrl, AuthMethod method, const QString &secret, Origin origin);
    // The answer to clearTextConsentNeeded(): send the key over http:// (kept for the host), or not.
    void answerClearText(bool send);
    // The base URL a connection waits on clearTextConsentNeeded() for, if one does.
    std::optional<QUrl> waitingForClearText() const
    {
        return m_waitingForClearText ? std::optional(m_waitingForClearText->baseUrl) : std::nullopt;
    }
    // Tries the last connection again (after "unreachable", say), with the same credentials.
    void reconnect();
    // Reads the saved base URL and the secret from the keychain; emits needsSetup() when there is none.
    // A base URL given on the command line takes the saved one's place.
    void connectFromSettings(const QUrl &baseOverride = QUrl());
    // Calls /me/ with these credentials without touching the session; answers with testFinished().
    void testConnection(const QUrl &baseUrl, AuthMethod method, const QString &secret);
    // Named connections: each with its base URL, keychain entry and options. Connecting to one reads
    // its secret; saving one stores it. A profile that keeps its log saves it when another takes over
    // and when the session ends.
    const ProfileStore &profiles() const { return m_profiles; }
    ConnectionProfile currentProfile() const { return m_profile; }
    void connectProfile(const QString &name);
    void saveProfileAndConnect(const ConnectionProfile &profile, const QString &secret);
    void saveLog() const;
    // Forgets the profile: its settings, its key in the keychain, its kept log and its stored emails.
    void removeProfile(const QString &name);

    // The local store of each connection (one file per profile, per base URL without one, and one
    // for the demo) lives in this folder; none: the stores are kept in memory (the tests' default).
    void setStoreDirectory(const QString &directory) { m_storeDirectory = directory; }
    // The file holding the current connection's emails; empty while they are kept in memory.
    QString storeFile() const;
    // What is wrong with the current store's file (a sentence), if anything.
    QString storeProblemText() const { return m_store ? m_store->problem() : QString(); }
    qint64 storedEmailCount();
    // Settings → Forget Stored Emails: the store is emptied; the list is loaded again from Close.
    void forgetStoredEmails();

    // Applies the window's server-side filters; "mine only" means the signed-in user.
    void setListFilters(const QString &leadId, bool mineOnly, const QDateTime &from, const QDateTime &to);
    // The inspector's work on the request log: replay, HAR export.
    InspectorServices *inspector() { return &m_inspector; }
    // The open emails: one DraftSession per id, shared by its views; their results reach the list
    // from here.
    Drafts *drafts() { return &m_drafts; }
    // What open windows follow while they are open (QA mode, the undo delay).
    Preferences *preferences() { return &m_preferences; }
    // Fetches one whole email for the preview or to open it; a newer request for the same purpose
    // replaces an older one.
    void loadEmail(const QString &id, Session::Purpose purpose);

    // Colleagues' changes: once the list has answered, the store follows Close's event log, every
    // 30 seconds while the window is active and every 2 minutes while it is not, and at once on
    // syncNow() (F5).
    static constexpr int activeSyncSeconds = 30;
    static constexpr int backgroundSyncSeconds = 120;
    void setWindowActive(bool active);
    // A sync now; while Close could not be reached at all, a new attempt to connect.
    void syncNow();
    EventLogSync *sync() { return &m_sync; }
    // The last sync could not reach Close (refused, unreachable, timed out): the stored list shows.
    bool isOffline() const { return m_offline; }
    // Saves that wait for Close (made while it could not be reached), oldest first; they go out when
    // a sync reaches Close again.
    qint64 waitingChangeCount() { return m_emails.store()->queuedSaveCount(); }
    QList<EmailStore::QueuedSave> waitingChanges() { return m_emails.store()->queuedSaves(); }

signals:
    void stateChanged(Session::State state);
    void needsSetup(const QString &reason);
    void connectionFailed(const ApiError &error);
    void testFinished(bool ok, const QString &message);
    void credentialsStored(bool persistent, const QString &message);
    void emailLoaded(const EmailActivity &email, Session::Purpose purpose);
    void emailLoadFailed(const QString &id, const ApiError &error, Session::Purpose purpose);
    void profilesChanged();
    // The key would go unencrypted to another machine: ask, then call answerClearText().
    void clearTextConsentNeeded(const QUrl &baseUrl, const QString &warning);
    // The store's file cannot be used (damaged, newer, locked, full…): a sentence naming it.
    void storeProblem(const QString &sentence);
    // Something to say about keeping the list current (a sentence for the status bar).
    void syncNotice(const QString &sentence);
    void offlineChanged(bool offline);
    void waitingChangesChanged(qint64 count);
    // A save that waited met a newer copy in Close: its editor should open so the user can choose.
    void waitingChangeConflicts(const QString &id);

private:
    void setState(State state);
    void addConnectedAccountIdentities();
    // Offline: who the store says this connection is (its last /me/ answer).
    void rememberMe();
    void addIdentities(const QJsonArray &emailAccounts);
    void storeSecret(const QString &account, const QString &secret);
    void switchProfile(const ConnectionProfile &profile);
    // The store of the connection being made (opened when it is another one than before).
    void useStoreFor(const QUrl &baseUrl, Origin origin);
    // The store of the connection about to be made, shown before its key is read (only at start).
    void showStoredListFor(const QUrl &baseUrl);
    // Which store a connection uses: the demo's, its profile's, or its address's.
    QString storeKeyFor(const QUrl &baseUrl, Origin origin) const;
    QString storePathFor(const QString &key) const;
    static QString digestOf(const QString &key);
    // Starts following the event log once connected and the list has answered.
    void startSyncWhenReady();
    void setOffline(bool offline);
    // Saves made offline wait in the list's store (the connection's).
    void useQueueOfTheList();
    // The connection's store leaves the window (its rows, its line of saves, its sync).
    void closeStore();
    // The connection in use ends: nothing more goes to Close, its key is forgotten here, idle.
    void endConnection();

    HttpEngine *m_http;
    CredentialStore *m_credentials;
    DraftJournal *m_journal;
    QStringList m_identities;
    CloseClient m_client;
    std::unique_ptr<EmailStore> m_store; // declared before the list that reads it
    QString m_storeDirectory;
    QString m_storeKey;
    EmailListModel m_emails;
    Drafts m_drafts;
    EventLogSync m_sync {&m_client, &m_drafts, nullptr};
    SaveQueue m_saveQueue {&m_drafts, nullptr};
    QTimer m_syncTimer;
    bool m_syncStarted = false;
    bool m_offline = false;
    Preferences m_preferences;
    ProfileStore m_profiles;
    InspectorServices m_inspector {&m_client};
    ConnectionTest m_test {m_http, nullptr};
    EmailLoader m_loader {&m_client, nullptr};
    AppSettings m_settings;
    struct PendingConnection
    {
        QUrl baseUrl;
        AuthMethod method;
        QString secret;
        Origin origin;
    };
    std::optional<PendingConnection> m_waitingForClearText; // until answerClearText()
    State m_state = State::Idle;
    Origin m_origin = Origin::Dialog;
    QString m_userName;
    QString m_userId;
    ApiError m_lastError;
    EmailQuery m_query;
    QPointer<ApiCall> m_meCall;
    QUrl m_baseOverride;
    ConnectionProfile m_profile;
    QString m_pendingAccount; // the keychain answer we wait for
    bool m_keychainFailed = false; // its last answer was a failure (locked, refused), not "no key"
    AuthMethod m_method = AuthMethod::ApiKey;
    QString m_secret; // in memory only, for reconnect()
};
