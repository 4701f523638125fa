#pragma once

#include "core/settings/AppSettings.h"
#include "core/settings/ConnectionProfile.h"

#include <QList>

#include <optional>

// Named connections as plain data, kept in the settings (never their secrets, which are in the
// keychain under each profile's own account): the list, the current one, saving one by name, and
// where a profile that keeps its request log stores it.
class ProfileStore final
{
public:
    QList<ConnectionProfile> all() const { return m_settings.profiles(); }
    std::optional<ConnectionProfile> find(const QString &name) const;
    // Adds the profile, or replaces the one of that name, and makes it the current one.
    void save(const ConnectionProfile &profile);
    QString current() const { return m_settings.currentProfile(); }
    void setCurrent(const QString &name) { m_settings.setCurrentProfile(name); }
    // The request log of a profile that keeps it: in the app's data folder, named by a hash of the
    // profile's name, without any secret.
    static QString logFile(const ConnectionProfile &profile);
    // Forgets the profile (its secret and files are the session's to remove).
    void remove(const QString &name);

private:
    AppSettings m_settings;
};
