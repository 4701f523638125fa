#include "core/settings/ProfileStore.h"

#include <QCryptographicHash>
#include <QStandardPaths>

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    for (const ConnectionProfile &profile : all()) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    QList<ConnectionProfile> list = all();
    bool replaced = false;
    for (ConnectionProfile &existing : list) {
        if (existing.name == profile.name) {
            existing = profile;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(profile);
    m_settings.setProfiles(list);
    m_settings.setCurrentProfile(profile.name);
}

QString ProfileStore::logFile(const ConnectionProfile &profile)
{
    const QByteArray hash = QCryptographicHash::hash(profile.name.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs/")
        + QString::fromLatin1(hash) + QStringLiteral(".json");
}

void ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> list = all();
    list.removeIf([&name](const ConnectionProfile &profile) { return profile.name == name; });
    m_settings.setProfiles(list);
    if (current() == name)
        setCurrent(QString());
}
