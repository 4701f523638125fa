#pragma once

#include "core/api/AuthMethod.h"

#include <QByteArray>
#include <QSettings>
#include <QUrl>

// Every QSettings key Draftdesk uses, declared once with its default (KeePassXC's Config table idea).
// Secrets are not here: they live in the CredentialStore.
struct ConnectionProfile;

class AppSettings final
{
public:
    // Named connections (see ConnectionProfile); the secrets are in the keychain, not here.
    QList<ConnectionProfile> profiles() const;
    void setProfiles(const QList<ConnectionProfile> &profiles);
    QString currentProfile() const { return value("connection/profile").toString(); }
    void setCurrentProfile(const QString &name) { setValue("connection/profile", name); }

    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);
    AuthMethod authMethod() const;
    void setAuthMethod(AuthMethod method);
    // The keychain account the secret is stored under: "<method>@<host>".
    QString credentialAccount() const;

    QByteArray windowGeometry() const { return value("window/geometry").toByteArray(); }
    void setWindowGeometry(const QByteArray &g) { setValue("window/geometry", g); }
    QByteArray windowState() const { return value("window/state").toByteArray(); }
    void setWindowState(const QByteArray &s) { setValue("window/state", s); }
    QByteArray listHeaderState() const { return value("list/header").toByteArray(); }
    void setListHeaderState(const QByteArray &s) { setValue("list/header", s); }
    // QA mode: client-side rules warn but do not block.
    // Hosts the user agreed to send the key to over http:// (asked once per host).
    bool clearTextAllowed(const QString &host) const
    {
        return value("security/clearTextHosts").toStringList().contains(host.toLower());
    }
    void allowClearText(const QString &host)
    {
        QStringList hosts = value("security/clearTextHosts").toStringList();
        if (!hosts.contains(host.toLower()))
            setValue("security/clearTextHosts", hosts << host.toLower());
    }
    bool qaMode() const { return value("qa/mode").toBool(); }
    void setQaMode(bool on) { setValue("qa/mode", on); }
    // Seconds a "send now" waits so it can be undone (send_in, 0–59).
    int undoDelay() const { return qBound(0, value("send/undoDelay").toInt(), 59); }
    void setUndoDelay(int seconds) { setValue("send/undoDelay", seconds); }
    // The interface language ("de", "fr"); empty: the system's. Applies at the next start.
    QString language() const { return value("ui/language").toString(); }
    void setLanguage(const QString &code) { setValue("ui/language", code); }
    // The spelling language of a draft ("de_DE"; empty: no checking), else the default one: the
    // one chosen last, else the dictionary of the interface's language, else English.
    // The draft's own language, else the one chosen last, else `fallback` (spelling's default).
    QString spellLanguageFor(const QString &emailId, const QString &fallback) const;
    void setSpellLanguageFor(const QString &emailId, const QString &dictionary);
    QByteArray splitterState() const { return value("list/splitter").toByteArray(); }
    void setSplitterState(const QByteArray &s) { setValue("list/splitter", s); }

private:
    QVariant value(const char *key) const;
    void setValue(const char *key, const QVariant &value);
    mutable QSettings m_settings; // reading an array moves QSettings' cursor
};
