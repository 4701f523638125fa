#pragma once

#include "core/api/AuthMethod.h"

#include <QString>
#include <QUrl>

// A named place Draftdesk connects to ("Sandbox", "Staging org", "Production"): its base URL, how it
// signs in, its own keychain entry, whether every send asks first, and whether its request log is
// kept across restarts.
struct ConnectionProfile
{
    QString name;
    QUrl baseUrl;
    AuthMethod method = AuthMethod::ApiKey;
    bool confirmSends = false;
    bool keepLog = false;

    QString credentialAccount() const { return QStringLiteral("profile/") + name; }
    bool isValid() const
    {
        return !name.trimmed().isEmpty() && baseUrl.isValid() && !baseUrl.host().isEmpty();
    }
};
