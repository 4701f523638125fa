#include "core/drafts/FileUpload.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/api/HttpReply.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QMimeDatabase>
#include <QXmlStreamReader>

namespace {
constexpr qint64 maxS3AnswerBytes = 64 * 1024;
const QString closeFilePrefix = QStringLiteral("https://app.close.com/go/file/");
} // namespace

std::optional<QString> FileUpload::problemWith(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("\"%1\" does not exist.").arg(info.fileName());
    if (!info.isFile())
        return tr("\"%1\" is not a file.").arg(info.fileName());
    if (!info.isReadable())
        return tr("\"%1\" cannot be read (no permission).").arg(info.fileName());
    if (info.size() > maxFileBytes)
        return tr("\"%1\" is %2; attachments can be at most %3.")
            .arg(info.fileName(),
                 QLocale().formattedDataSize(info.size(), 1, QLocale::DataSizeTraditionalFormat),
                 QLocale().formattedDataSize(maxFileBytes, 0, QLocale::DataSizeTraditionalFormat));
    return std::nullopt;
}

QString FileUpload::contentTypeOf(const QString &path)
{
    return QMimeDatabase().mimeTypeForFile(path).name();
}

std::optional<FileUpload::Slot> FileUpload::readSlot(const QJsonObject &answer, QString *problem)
{
    const QJsonObject upload = answer.value(u"upload").toObject();
    const QJsonValue fields = upload.value(u"fields");
    Slot slot;
    slot.target = QUrl(upload.value(u"url").toString(), QUrl::StrictMode);
    slot.downloadUrl = answer.value(u"download").toObject().value(u"url").toString();
    if (!upload.value(u"url").isString() || !fields.isObject()) {
        *problem = tr("it has no upload form.");
        return std::nullopt;
    }
    if (!CloseClient::isAcceptableUploadTarget(slot.target)) {
        *problem = tr("it names an upload address that is not safe to send a file to (%1).")
                       .arg(upload.value(u"url").toString().left(200));
        return std::nullopt;
    }
    const QJsonObject object = fields.toObject();
    if (object.size() > maxSlotFields) {
        *problem = tr("its upload form has too many fields.");
        return std::nullopt;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString() || it.key().isEmpty() || it.key() == QLatin1String("file")) {
            *problem = tr("its upload form has a field that cannot be sent (%1).").arg(it.key().left(100));
            return std::nullopt;
        }
        slot.fields.append({it.key(), it.value().toString()});
    }
    if (!slot.downloadUrl.startsWith(closeFilePrefix) || slot.downloadUrl.size() > 2000) {
        *problem = tr("the address the file would have is not a Close file address.");
        return std::nullopt;
    }
    return slot;
}

FileUpload::FileUpload(CloseClient *client, const QString &path, QObject *parent)
    : QObject(parent), m_client(client), m_path(path)
{
    const QFileInfo info(path);
    m_fileName = info.fileName();
    m_size = info.size();
    m_contentType = contentTypeOf(path);
}

FileUpload::~FileUpload()
{
    // Nothing more is said once this is going: aborting emits the reply's finished() at once, and
    // its owner (a DraftSession being destroyed, say) must not hear of it.
    if (m_call)
        m_call->disconnect(this);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FileUpload::start()
{
    if (isActive())
        return;
    m_error.clear();
    m_sent = 0;
    m_answerTooLarge = false;
    m_stage = Stage::AskingForSlot;
    if (const auto problem = problemWith(m_path)) {
        fail(*problem);
        return;
    }
    m_size = QFileInfo(m_path).size();
    emit progressed(0, m_size);
    m_call = m_client->requestUpload(m_fileName, m_contentType);
    connect(m_call, &ApiCall::finished, this, &FileUpload::onSlot);
}

void FileUpload::cancel()
{
    if (!isActive())
        return;
    m_stage = Stage::Cancelled;
    if (m_call)
        m_call->cancel();
    if (m_reply) {
        HttpReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        m_client->finishUploadLog(m_logId, reply, {}, m_clock.elapsed());
        reply->deleteLater();
    }
}

void FileUpload::onSlot(const ApiResult &result)
{
    if (m_stage != Stage::AskingForSlot)
        return; // cancelled
    if (!result.ok()) {
        fail(tr("Close did not give an upload slot: %1").arg(result.error.fullText()));
        return;
    }
    QString problem;
    const std::optional<Slot> slot = readSlot(result.object(), &problem);
    if (!slot) {
        fail(tr("Close's answer to the upload request cannot be used: %1").arg(problem));
        return;
    }
    m_downloadUrl = slot->downloadUrl;
    delete m_file; // a retry's earlier attempt
    m_file = new QFile(m_path, this);
    if (!m_file->open(QIODevice::ReadOnly)) {
        fail(tr("\"%1\" cannot be read: %2").arg(m_fileName, m_file->errorString()));
        return;
    }
    m_size = m_file->size();
    m_stage = Stage::Sending;
    m_clock.start();
    m_reply
        = m_client->postUploadForm(slot->target, slot->fields, m_file, m_fileName, m_contentType, &m_logId);
    connect(m_reply, &HttpReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // The form's total includes the fields; what the user waits for is the file.
        m_sent = total > 0 ? qMin(m_size, qint64(double(sent) / double(total) * double(m_size))) : 0;
        emit progressed(m_sent, m_size);
    });
    connect(m_reply, &HttpReply::readyRead, this, [this] {
        if (m_reply->bytesAvailable() > maxS3AnswerBytes) {
            m_answerTooLarge = true; // S3 answers in a few hundred bytes
            m_reply->abort();
        }
    });
    connect(m_reply, &HttpReply::finished, this, &FileUpload::onPosted);
}

void FileUpload::onPosted()
{
    HttpReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = reply->isOpen() ? reply->read(maxS3AnswerBytes) : QByteArray();
    m_client->finishUploadLog(m_logId, reply, body, m_clock.elapsed());
    m_file->close();
    const int status = reply->status();
    if (m_answerTooLarge) {
        fail(tr("The upload did not finish: the file store answered too much."));
        return;
    }
    if (status >= 200 && status < 300 && reply->failure() == HttpFailure::None) {
        m_stage = Stage::Done;
        m_sent = m_size;
        emit progressed(m_size, m_size);
        emit finished({m_downloadUrl, m_fileName, m_contentType, m_size, {}});
        return;
    }
    if (status >= 300 && status < 400)
        fail(tr("The file store answered with a redirect, which Draftdesk does not follow for uploads."));
    else if (status > 0)
        fail(s3Problem(status, body));
    else if (reply->failure() == HttpFailure::Cancelled)
        fail(tr("The upload did not finish: the file store took too long to answer."));
    else
        fail(tr("The upload did not finish: %1").arg(reply->errorString()));
}

QString FileUpload::s3Problem(int status, const QByteArray &body)
{
    QString code;
    QString message;
    QXmlStreamReader xml(body);
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("Code"))
            code = xml.readElementText().left(100);
        else if (xml.name() == QLatin1String("Message"))
            message = xml.readElementText().left(300);
    }
    if (message.contains(QLatin1String("Policy expired"), Qt::CaseInsensitive))
        return tr("The upload slot expired before the file arrived (Close allows 60 seconds). Try again.");
    if (code == QLatin1String("EntityTooLarge"))
        return tr("The file store refused the file as too large.");
    if (message.isEmpty())
        return tr("The file store refused the upload (HTTP %1).").arg(status);
    return tr("The file store refused the upload (HTTP %1): %2").arg(status).arg(message);
}

void FileUpload::fail(const QString &message)
{
    m_stage = Stage::Failed;
    m_error = message;
    emit failed(message);
}
