#include "core/settings/AppSettings.h"

#include "core/api/ApiBaseUrl.h"
#include "core/settings/ConnectionProfile.h"

#include <QLocale>

namespace {
struct Key
{
    const char *name;
    QVariant defaultValue;
};

const Key keys[] = {
    {"connection/baseUrl", ApiBaseUrl::defaultUrl().toString()},
    {"connection/authMethod", QStringLiteral("apikey")},
    {"window/geometry", QByteArray()},
    {"window/state", QByteArray()},
    {"list/header", QByteArray()},
    {"list/splitter", QByteArray()},
    {"send/undoDelay", 10},
    {"qa/mode", false},
    {"connection/profile", QString()},
    {"ui/language", QString()},
    {"security/clearTextHosts", QStringList()},
};

QVariant defaultFor(const char *key)
{
    for (const Key &k : keys) {
        if (qstrcmp(k.name, key) == 0)
            return k.defaultValue;
    }
    Q_ASSERT_X(false, "AppSettings", "undeclared settings key");
    return {};
}
} // namespace

QVariant AppSettings::value(const char *key) const
{
    return m_settings.value(QLatin1String(key), defaultFor(key));
}

void AppSettings::setValue(const char *key, const QVariant &value)
{
    (void)defaultFor(key);
    m_settings.setValue(QLatin1String(key), value);
}

QString AppSettings::spellLanguageFor(const QString &emailId, const QString &fallback) const
{
    const QString key = QStringLiteral("spell/drafts/") + emailId;
    if (m_settings.contains(key))
        return m_settings.value(key).toString();
    if (m_settings.contains(QStringLiteral("spell/default")))
        return m_settings.value(QStringLiteral("spell/default")).toString();
    return fallback;
}

void AppSettings::setSpellLanguageFor(const QString &emailId, const QString &dictionary)
{
    m_settings.setValue(QStringLiteral("spell/drafts/") + emailId, dictionary);
    m_settings.setValue(QStringLiteral("spell/default"), dictionary); // the next new draft starts there
}

QList<ConnectionProfile> AppSettings::profiles() const
{
    QSettings &settings = m_settings;
    QList<ConnectionProfile> list;
    const int count = settings.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile profile;
        profile.name = settings.value(QStringLiteral("name")).toString();
        profile.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl")).toString());
        profile.method = settings.value(QStringLiteral("method")).toString() == QLatin1String("oauth")
            ? AuthMethod::OAuthToken
            : AuthMethod::ApiKey;
        profile.confirmSends = settings.value(QStringLiteral("confirmSends"), false).toBool();
        profile.keepLog = settings.value(QStringLiteral("keepLog"), false).toBool();
        if (profile.isValid())
            list.append(profile);
    }
    settings.endArray();
    return list;
}

void AppSettings::setProfiles(const QList<ConnectionProfile> &profiles)
{
    m_settings.remove(QStringLiteral("profiles"));
    m_settings.beginWriteArray(QStringLiteral("profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &profile = profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), profile.name);
        m_settings.setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
        m_settings.setValue(QStringLiteral("method"),
                            profile.method == AuthMethod::OAuthToken ? QStringLiteral("oauth")
                                                                     : QStringLiteral("apikey"));
        m_settings.setValue(QStringLiteral("confirmSends"), profile.confirmSends);
        m_settings.setValue(QStringLiteral("keepLog"), profile.keepLog);
    }
    m_settings.endArray();
}

QUrl AppSettings::baseUrl() const
{
    const QUrl url(value("connection/baseUrl").toString());
    return url.isValid() && !url.host().isEmpty() ? url : ApiBaseUrl::defaultUrl();
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    setValue("connection/baseUrl", url.toString());
}

AuthMethod AppSettings::authMethod() const
{
    return value("connection/authMethod").toString() == QLatin1String("oauth") ? AuthMethod::OAuthToken
                                                                               : AuthMethod::ApiKey;
}

void AppSettings::setAuthMethod(AuthMethod method)
{
    setValue("connection/authMethod",
             method == AuthMethod::OAuthToken ? QStringLiteral("oauth") : QStringLiteral("apikey"));
}

QString AppSettings::credentialAccount() const
{
    return (authMethod() == AuthMethod::OAuthToken ? QStringLiteral("oauth@") : QStringLiteral("apikey@"))
        + baseUrl().host();
}
