#include "sandbox/SandboxFiles.h"

#include "core/base/IsoDateTime.h"
#include "sandbox/SandboxStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace {
const QString bucket = QStringLiteral("draftdesk-sandbox-files");

struct FormPart
{
    QString name;
    std::optional<QString> filename;
    QByteArray contentType;
    QByteArray data;
};

QString dispositionParameter(const QByteArray &disposition, const QString &parameter)
{
    // name="x"; filename="y" as browsers and Qt write them (quotes inside escaped with a backslash).
    const QRegularExpression pattern(
        QStringLiteral(R"x((?:^|;)\s*%1="((?:[^"\\]|\\.)*)")x").arg(QRegularExpression::escape(parameter)));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(disposition));
    if (!match.hasMatch())
        return {};
    QString value = match.captured(1);
    value.replace(QLatin1String("\\\""), QLatin1String("\""))
        .replace(QLatin1String("\\\\"), QLatin1String("\\"));
    return value;
}

// multipart/form-data (RFC 7578) as S3 reads it; nothing when the body is not well-formed.
std::optional<QList<FormPart>> parseForm(const QByteArray &contentType, const QByteArray &body)
{
    const qsizetype at = contentType.toLower().indexOf("boundary=");
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data") || at < 0)
        return std::nullopt;
    QByteArray boundary = contentType.mid(at + 9).split(';').constFirst().trimmed();
    if (boundary.size() >= 2 && boundary.startsWith('"') && boundary.endsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    if (boundary.isEmpty() || boundary.size() > 70)
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    qsizetype position = body.startsWith(delimiter) ? 0 : body.indexOf(QByteArray("\r\n" + delimiter));
    if (position < 0)
        return std::nullopt;
    position = body.indexOf(delimiter, position) + delimiter.size();
    QList<FormPart> parts;
    while (true) {
        if (body.mid(position, 2) == "--")
            return parts; // the closing delimiter
        if (body.mid(position, 2) != "\r\n")
            return std::nullopt;
        position += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), position);
        if (headersEnd < 0 || next < 0 || headersEnd > next)
            return std::nullopt;
        FormPart part;
        for (const QByteArray &line : body.mid(position, headersEnd - position).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = dispositionParameter(value, QStringLiteral("name"));
                if (value.contains("filename="))
                    part.filename = dispositionParameter(value, QStringLiteral("filename"));
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        if (part.name.isEmpty())
            return std::nullopt;
        part.data = body.mid(headersEnd + 4, next - headersEnd - 4);
        parts.append(part);
        position = next + 2 + delimiter.size();
    }
}

QByteArray xmlText(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}
} // namespace

SandboxFiles::SandboxFiles(const SandboxClock &clock) : m_clock(clock)
{
    m_secret = QByteArray::number(m_random.generate64(), 16);
}

QByteArray SandboxFiles::sign(const QByteArray &policy) const
{
    return QMessageAuthenticationCode::hash(policy, m_secret, QCryptographicHash::Sha256).toHex();
}

SandboxResponse SandboxFiles::s3Error(int status, const QString &code, const QString &message)
{
    return {status,
            {{"Content-Type", "application/xml"}},
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + xmlText(code) + "</Code><Message>"
                + xmlText(message) + "</Message><RequestId>DRAFTDESKSANDBOX</RequestId></Error>"};
}

SandboxResponse SandboxFiles::grant(const QJsonObject &body)
{
    QJsonObject fieldErrors;
    const QString required = QStringLiteral("This field is required.");
    for (const char *name : {"filename", "content_type"}) {
        const QJsonValue value = body.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull()
            || (value.isString() && value.toString().trimmed().isEmpty()))
            fieldErrors.insert(QLatin1String(name), required);
        else if (!value.isString())
            fieldErrors.insert(QLatin1String(name), QStringLiteral("Not a valid string."));
    }
    const QString filename = body.value(u"filename").toString();
    if (!fieldErrors.contains(u"filename") && filename.size() > maxFilenameLength)
        fieldErrors.insert(
            QStringLiteral("filename"),
            QStringLiteral("Ensure this field has no more than %1 characters.").arg(maxFilenameLength));
    const QString contentType = body.value(u"content_type").toString();
    static const QRegularExpression mimeType(QStringLiteral(R"(^[\w.+-]+/[\w.+-]+$)"));
    if (!fieldErrors.contains(u"content_type") && !mimeType.match(contentType).hasMatch())
        fieldErrors.insert(QStringLiteral("content_type"), QStringLiteral("Not a valid MIME type."));
    if (!fieldErrors.isEmpty())
        return SandboxResponse::json(400,
                                     QJsonObject {{QStringLiteral("errors"), QJsonArray {}},
                                                  {QStringLiteral("field-errors"), fieldErrors}});

    const QDateTime now = m_clock.now();
    Slot slot {SandboxStore::newId(QStringLiteral("file"), m_random), filename, contentType, now, {}, 0};
    const QString key = QStringLiteral("uploads/%1/%2").arg(slot.fileId, filename);
    const QString amzDate = now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString credential = QStringLiteral("SANDBOXKEY/%1/us-east-1/s3/aws4_request")
                                   .arg(now.toString(QStringLiteral("yyyyMMdd")));
    QJsonObject fields {{QStringLiteral("key"), key},
                        {QStringLiteral("Content-Type"), contentType},
                        {QStringLiteral("success_action_status"), QStringLiteral("201")},
                        {QStringLiteral("x-amz-algorithm"), QStringLiteral("AWS4-HMAC-SHA256")},
                        {QStringLiteral("x-amz-credential"), credential},
                        {QStringLiteral("x-amz-date"), amzDate}};
    QJsonArray conditions {
        QJsonObject {{QStringLiteral("bucket"), bucket}},
        QJsonArray {QStringLiteral("content-length-range"), QJsonValue(0), QJsonValue(qint64(maxFileBytes))}};
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        conditions.append(
            QJsonArray {QStringLiteral("eq"), QString(QLatin1Char('$') + it.key()), it.value()});
    const QByteArray policy = QJsonDocument(QJsonObject {{QStringLiteral("expiration"),
                                                          IsoDateTime::format(now.addMSecs(slotLifetimeMs))},
                                                         {QStringLiteral("conditions"), conditions}})
                                  .toJson(QJsonDocument::Compact)
                                  .toBase64();
    fields.insert(QStringLiteral("policy"), QString::fromLatin1(policy));
    fields.insert(QStringLiteral("x-amz-signature"), QString::fromLatin1(sign(policy)));
    m_keyOfFile.insert(slot.fileId, key);
    m_slots.insert(key, slot);
    return SandboxResponse::json(
        200,
        QJsonObject {{QStringLiteral("upload"),
                      QJsonObject {{QStringLiteral("url"), QString(m_origin + targetPath)},
                                   {QStringLiteral("fields"), fields}}},
                     {QStringLiteral("download"),
                      QJsonObject {{QStringLiteral("url"),
                                    QString(downloadPrefix + slot.fileId + QLatin1Char('/'))}}}});
}

SandboxResponse SandboxFiles::receive(const SandboxRequest &request)
{
    if (request.method != "POST") {
        SandboxResponse response
            = s3Error(405, QStringLiteral("MethodNotAllowed"),
                      QStringLiteral("The specified method is not allowed against this resource."));
        response.setHeader("Allow", "POST");
        return response;
    }
    const std::optional<QList<FormPart>> parts = parseForm(request.header("Content-Type"), request.body);
    if (!parts)
        return s3Error(
            400, QStringLiteral("MalformedPOSTRequest"),
            QStringLiteral("The body of your POST request is not well-formed multipart/form-data."));
    // S3 reads the fields up to the file and ignores whatever follows it.
    QHash<QString, QString> fields;
    const FormPart *file = nullptr;
    for (const FormPart &part : *parts) {
        if (part.name == QLatin1String("file")) {
            file = &part;
            break;
        }
        fields.insert(part.name.toLower(), QString::fromUtf8(part.data));
    }
    if (!file)
        return s3Error(400, QStringLiteral("InvalidArgument"),
                       QStringLiteral("POST requires exactly one file upload per request."));
    const QByteArray policy = fields.value(QStringLiteral("policy")).toLatin1();
    if (policy.isEmpty() || fields.value(QStringLiteral("x-amz-signature")).toLatin1() != sign(policy))
        return s3Error(403, QStringLiteral("SignatureDoesNotMatch"),
                       QStringLiteral("The request signature we calculated does not match the signature you "
                                      "provided."));
    const QJsonObject decoded = QJsonDocument::fromJson(QByteArray::fromBase64(policy)).object();
    const auto slot = m_slots.find(fields.value(QStringLiteral("key")));
    if (slot == m_slots.end())
        return s3Error(
            403, QStringLiteral("AccessDenied"),
            QStringLiteral("Invalid according to Policy: Policy Condition failed: [\"eq\", \"$key\", …]"));
    if (m_clock.now() > IsoDateTime::parse(decoded.value(u"expiration").toString()))
        return s3Error(403, QStringLiteral("AccessDenied"),
                       QStringLiteral("Invalid according to Policy: Policy expired."));
    for (const QJsonValue &condition : decoded.value(u"conditions").toArray()) {
        const QJsonArray eq = condition.toArray();
        if (eq.size() != 3 || eq.at(0).toString() != QLatin1String("eq"))
            continue;
        const QString name = eq.at(1).toString().mid(1).toLower();
        if (fields.value(name) != eq.at(2).toString())
            return s3Error(
                403, QStringLiteral("AccessDenied"),
                QStringLiteral("Invalid according to Policy: Policy Condition failed: [\"eq\", \"%1\", "
                               "\"%2\"]")
                    .arg(eq.at(1).toString(), eq.at(2).toString()));
    }
    if (file->data.size() > maxFileBytes)
        return s3Error(400, QStringLiteral("EntityTooLarge"),
                       QStringLiteral("Your proposed upload exceeds the maximum allowed size"));
    slot->uploaded = m_clock.now();
    slot->size = file->data.size();
    const QByteArray etag = QCryptographicHash::hash(file->data, QCryptographicHash::Md5).toHex();
    SandboxResponse response {
        201,
        {{"Content-Type", "application/xml"}, {"ETag", '"' + etag + '"'}},
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PostResponse><Location>"
            + xmlText(m_origin + targetPath) + xmlText(slot.key()) + "</Location><Bucket>" + xmlText(bucket)
            + "</Bucket><Key>" + xmlText(slot.key()) + "</Key><ETag>\"" + etag + "\"</ETag></PostResponse>"};
    return response;
}

std::optional<QString> SandboxFiles::problemWith(const QJsonArray &attachments,
                                                 const QJsonArray &before) const
{
    QSet<QString> known;
    for (const QJsonValue &item : before)
        known.insert(item.toObject().value(u"url").toString());
    for (const QJsonValue &item : attachments) {
        const QString url = item.toObject().value(u"url").toString();
        if (known.contains(url) || !url.startsWith(downloadPrefix))
            continue;
        const QString fileId = url.mid(downloadPrefix.size()).section(QLatin1Char('/'), 0, 0);
        const auto slot = m_slots.constFind(m_keyOfFile.value(fileId));
        if (slot == m_slots.cend() || !slot->uploaded.isValid())
            return QStringLiteral("File %1 has not been uploaded.").arg(url);
        if (slot->uploaded.msecsTo(m_clock.now()) > usableForMs)
            return QStringLiteral("File %1 has expired: upload it again.").arg(url);
    }
    return std::nullopt;
}

int SandboxFiles::uploadedCount() const
{
    return int(std::count_if(m_slots.cbegin(), m_slots.cend(),
                             [](const Slot &slot) { return slot.uploaded.isValid(); }));
}
