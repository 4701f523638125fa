#pragma once

#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxExchange.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>

#include <optional>

// Close's Files API as the sandbox plays it: POST /files/upload/ hands out an upload slot (an S3
// "POST policy" form: a target URL and signed fields) and the URL the file will have; the form is
// posted to the target on the sandbox's own loopback port within 60 seconds (else S3's "Policy
// expired"), answered 201 with S3's XML; the file may then go into an email's `attachments` for
// 24 hours. Like S3, the target wants every field of the slot unchanged and the file last.
class SandboxFiles final
{
public:
    static constexpr qint64 slotLifetimeMs = 60 * 1000;
    static constexpr qint64 usableForMs = 24LL * 3600 * 1000;
    static constexpr qint64 maxFileBytes = 25LL * 1024 * 1024;
    static constexpr qsizetype maxFilenameLength = 255;
    static inline const QString targetPath = QStringLiteral("/_s3/draftdesk-sandbox-files/");
    static inline const QString downloadPrefix = QStringLiteral("https://app.close.com/go/file/");

    explicit SandboxFiles(const SandboxClock &clock);

    // "http://127.0.0.1:PORT": where upload slots point (the server sets it once it listens).
    void setOrigin(const QString &origin) { m_origin = origin; }

    // POST /files/upload/ with its JSON body: the slot, or a 400 naming the field.
    SandboxResponse grant(const QJsonObject &body);
    // The form post to targetPath (no API key: the signature is the credential).
    SandboxResponse receive(const SandboxRequest &request);
    // Why `attachments` may not go into an email that has `before` (files named there already are
    // the email's own and stay valid): a file of this sandbox must have been uploaded, in the last
    // 24 hours. Nothing when they may.
    std::optional<QString> problemWith(const QJsonArray &attachments, const QJsonArray &before) const;
    int uploadedCount() const;

private:
    struct Slot
    {
        QString fileId;
        QString filename;
        QString contentType;
        QDateTime granted;
        QDateTime uploaded; // invalid until the form post succeeded
        qint64 size = 0;
    };
    QByteArray sign(const QByteArray &policy) const;
    static SandboxResponse s3Error(int status, const QString &code, const QString &message);

    const SandboxClock &m_clock;
    QString m_origin = QStringLiteral("http://127.0.0.1");
    QByteArray m_secret;
    QHash<QString, Slot> m_slots; // by S3 key
    QHash<QString, QString> m_keyOfFile; // file id → S3 key
    QRandomGenerator m_random {11};
};
