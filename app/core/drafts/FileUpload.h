#pragma once

#include "core/email/EmailActivity.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class ApiCall;
class CloseClient;
class QFile;
class HttpReply;
struct ApiResult;

// One file on its way to becoming an email attachment, through Close's Files API: ask Close for an
// upload slot (POST /files/upload/), post the file to the slot's S3 form within its 60 seconds, and
// end with the attachment record (download URL, name, type, size) for the email's `attachments`.
// Everything in Close's answer is checked before it is used: where the file may go, the fields, the
// URL it will have. Ends in exactly one of finished() or failed(), unless cancelled.
class FileUpload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileUpload)

public:
    enum class Stage { NotStarted, AskingForSlot, Sending, Done, Failed, Cancelled };
    Q_ENUM(Stage)
    // Mail servers commonly refuse messages over 25 MB (and Close's files are email attachments).
    static constexpr qint64 maxFileBytes = 25LL * 1024 * 1024;
    static constexpr int maxSlotFields = 64;

    // Why this file cannot be attached (not a readable file, too large), or nothing.
    static std::optional<QString> problemWith(const QString &path);
    // The type a file is sent as: from its content and name (QMimeDatabase).
    static QString contentTypeOf(const QString &path);

    struct Slot
    {
        QUrl target;
        QList<QPair<QString, QString>> fields;
        QString downloadUrl;
    };
    // Close's answer to POST /files/upload/, or why it cannot be used.
    static std::optional<Slot> readSlot(const QJsonObject &answer, QString *problem);

    FileUpload(CloseClient *client, const QString &path, QObject *parent = nullptr);
    ~FileUpload() override;

    QString path() const { return m_path; }
    QString fileName() const { return m_fileName; }
    QString contentType() const { return m_contentType; }
    qint64 size() const { return m_size; }
    Stage stage() const { return m_stage; }
    bool isActive() const { return m_stage == Stage::AskingForSlot || m_stage == Stage::Sending; }
    qint64 bytesSent() const { return m_sent; }
    QString errorText() const { return m_error; }

public slots:
    void start();
    // Stops it where it is; nothing is attached and nothing more is emitted.
    void cancel();

signals:
    void progressed(qint64 sent, qint64 total);
    void finished(const EmailActivity::Attachment &attachment);
    void failed(const QString &message);

private:
    void onSlot(const ApiResult &result);
    void onPosted();
    void fail(const QString &message);
    // S3's XML error, in words: "Policy expired" is the 60-second slot running out.
    static QString s3Problem(int status, const QByteArray &body);

    CloseClient *m_client;
    QString m_path;
    QString m_fileName;
    QString m_contentType;
    qint64 m_size = 0;
    qint64 m_sent = 0;
    Stage m_stage = Stage::NotStarted;
    QString m_error;
    QString m_downloadUrl;
    QPointer<ApiCall> m_call;
    QPointer<HttpReply> m_reply;
    QFile *m_file = nullptr;
    quint64 m_logId = 0;
    bool m_answerTooLarge = false;
    QElapsedTimer m_clock;
};
