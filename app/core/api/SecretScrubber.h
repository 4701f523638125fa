#pragma once

#include "core/api/Exchange.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Takes the API key or token out of whatever a server sends back. A proxy or debugging server that
// copies the Authorization header into a response header, or repeats the key in its 401 text, would
// otherwise put the key in the error banner, the request log (kept across restarts) and every HAR,
// curl and text export. Every form the secret can take on the wire is replaced by "[redacted]": as
// typed, as the Basic credential (base64 of "key:"), base64 of the key alone, their URL-safe
// variants, and percent-encoded.
class SecretScrubber final
{
public:
    // Secrets shorter than this are test keys ("k"); scrubbing them would blank ordinary text.
    static constexpr qsizetype shortestScrubbed = 8;
    static constexpr QByteArrayView mark = "[redacted]";

    void setSecret(const QString &secret);
    QByteArray scrubbed(QByteArray bytes) const;
    QString scrubbed(const QString &text) const;
    Exchange::Headers scrubbed(Exchange::Headers headers) const;

private:
    QList<QByteArray> m_forms; // longest first, so that no shorter form leaves part of a longer one
};
