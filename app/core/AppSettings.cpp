#include "AppSettings.h"

#include "CommandLineOptions.h"

namespace {
struct Key
{
    const char *name;
    QVariant defaultValue;
};

const Key keys[] = {
    {"connection/baseUrl", CommandLineOptions::defaultApiBase().toString()},
    {"connection/authMethod", QStringLiteral("apikey")},
    {"window/geometry", QByteArray()},
    {"window/state", QByteArray()},
    {"list/header", QByteArray()},
    {"list/splitter", QByteArray()},
    {"send/undoDelay", 10},
    {"qa/mode", false},
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

QUrl AppSettings::baseUrl() const
{
    const QUrl url(value("connection/baseUrl").toString());
    return url.isValid() && !url.host().isEmpty() ? url : CommandLineOptions::defaultApiBase();
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    setValue("connection/baseUrl", url.toString());
}

AppSettings::AuthMethod AppSettings::authMethod() const
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
