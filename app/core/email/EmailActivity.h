#pragma once

#include "core/email/EmailStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

// One Close email activity. The record is kept as the JSON the server sent, so a round trip loses
// nothing: unknown keys stay, nulls stay null, a field of a surprising type keeps its value. Typed
// accessors read from it; setters write to it. Reading is tolerant: only id and status must be
// usable; any other field Draftdesk uses that has the wrong type is marked unusable (the editor
// disables it and never writes it), and every difference from the known schema is a schema note.
class EmailActivity final
{
    Q_DECLARE_TR_FUNCTIONS(EmailActivity)

public:
    enum class ParseMode {
        Complete, // a whole record (GET one, PUT/POST answers): required fields must be there
        Partial, // a projection (_fields): only the types of present fields are checked
    };
    struct ParseError
    {
        QString field; // empty for the document as a whole (malformed JSON, not an object)
        QString message;
    };
    // A difference from the schema Draftdesk knows, for QA: API drift shows up here first.
    struct SchemaNote
    {
        enum class Kind { UnexpectedType, Missing, NewField };
        Kind kind;
        QString field;
        QString detail; // e.g. "an object where a string was expected"
        QString text() const;
    };
    struct ParseResult;
    // The quoted part of a thread (body_html_quoted / body_text_quoted): what a reply quotes, and
    // whether a reader shows it expanded. Read-only: Draftdesk shows it and never writes it.
    struct QuotedPart
    {
        QString content;
        bool expand = false;
    };

    struct Attachment
    {
        QString url;
        QString filename;
        QString contentType;
        qint64 size = 0;
        QString thumbnailUrl;
        bool operator==(const Attachment &) const = default;
    };

    EmailActivity() = default;

    // Never throws, never crashes. An unusable id or status (or, for a whole record, a missing one) is
    // an error naming the field; any other surprise is a note or an unusable field. The activity
    // keeps the whole object in every case.
    static ParseResult fromJson(const QJsonObject &json, ParseMode mode = ParseMode::Complete);
    // The record as it is, its fields unchecked: for readers that only use the accessors (each reads
    // a field of the wrong type as empty) and have no use for the notes, such as the list's rows.
    static EmailActivity unchecked(const QJsonObject &json) { return EmailActivity(json); }
    static ParseResult fromJson(const QByteArray &json, ParseMode mode = ParseMode::Complete);
    QJsonObject toJson() const { return m_json; }

    bool contains(QStringView field) const { return m_json.contains(field); }
    bool isNull(QStringView field) const { return !m_json.contains(field) || m_json.value(field).isNull(); }
    QJsonValue value(QStringView field) const { return m_json.value(field); }
    QJsonValue value(QLatin1String field) const { return m_json.value(field); }
    void setValue(const QString &field, const QJsonValue &value) { put(field, value); }

    QString id() const { return string(u"id"); }
    // A draft written while Close could not be reached has an id of Draftdesk's own until Close makes
    // it (no Close id starts so: Close's are "acti_…"). It lives in the store and the save queue only.
    bool isLocalOnly() const { return isLocalId(id()); }
    static bool isLocalId(QStringView id) { return id.startsWith(localIdPrefix()); }
    static bool isLocalId(QByteArrayView id)
    {
        return id.startsWith(QByteArrayView(localIdPrefix().data(), localIdPrefix().size()));
    }
    static QString newLocalId();
    static QLatin1String localIdPrefix() { return QLatin1String("local_"); }
    QString organizationId() const { return string(u"organization_id"); }
    QString leadId() const { return string(u"lead_id"); }
    QString contactId() const { return string(u"contact_id"); }
    QString userId() const { return string(u"user_id"); }
    QString createdBy() const { return string(u"created_by"); }
    QString updatedBy() const { return string(u"updated_by"); }
    QString updatedByName() const { return string(u"updated_by_name"); }
    QDateTime dateCreated() const { return dateTime(u"date_created"); }
    QDateTime dateUpdated() const { return dateTime(u"date_updated"); }
    QDateTime activityAt() const { return dateTime(u"activity_at"); }
    QDateTime dateScheduled() const { return dateTime(u"date_scheduled"); }
    QDateTime dateSent() const { return dateTime(u"date_sent"); }
    // nullopt when missing or not one of the six (a parse error says so).
    std::optional<EmailStatus> status() const;
    QString direction() const { return string(u"direction"); }
    QString subject() const { return string(u"subject"); }
    // Read once and kept (see m_bodies): copies of this email share them.
    QString bodyText() const;
    QString bodyHtml() const;
    QString sender() const { return string(u"sender"); }
    QStringList to() const { return stringList(u"to"); }
    QStringList cc() const { return stringList(u"cc"); }
    QStringList bcc() const { return stringList(u"bcc"); }
    QString sendAsId() const { return string(u"send_as_id"); }
    QString templateId() const { return string(u"template_id"); }
    QString threadId() const { return string(u"thread_id"); }
    QString inReplyToId() const { return string(u"in_reply_to_id"); }
    QStringList messageIds() const { return stringList(u"message_ids"); }
    QStringList references() const { return stringList(u"references"); }
    QString opensSummary() const { return string(u"opens_summary"); }
    bool hasReply() const { return m_json.value(u"has_reply").toBool(); }
    bool needSmtpCredentials() const { return m_json.value(u"need_smtp_credentials").toBool(); }
    bool followupSequenceAddCcBcc() const { return m_json.value(u"followup_sequence_add_cc_bcc").toBool(); }
    std::optional<qint64> followupSequenceDelay() const;
    QString bulkEmailActionId() const { return string(u"bulk_email_action_id"); }
    QStringList users() const { return stringList(u"users"); }
    QList<Attachment> attachments() const;
    QString bodyPreview() const { return string(u"body_preview"); }
    QString emailAccountId() const { return string(u"email_account_id"); }
    QJsonObject envelope() const { return m_json.value(u"envelope").toObject(); }
    QString templateName() const { return string(u"template_name"); }
    QString userName() const { return string(u"user_name"); }
    QString sequenceName() const { return string(u"sequence_name"); }
    QList<QuotedPart> quotedHtml() const { return quoted(u"body_html_quoted", QLatin1String("html")); }
    QList<QuotedPart> quotedText() const { return quoted(u"body_text_quoted", QLatin1String("text")); }

    // A field Draftdesk uses whose value it cannot read: why, in words. Such a field is shown
    // disabled and never written, so a save carries the server's value back untouched.
    bool isUsable(const QString &field) const { return !m_unusable.contains(field); }
    QString whyUnusable(const QString &field) const { return m_unusable.value(field); }
    QMap<QString, QString> unusableFields() const { return m_unusable; }
    // Schema notes for any record (a whole one: missing fields count), without keeping it.
    static QList<SchemaNote> schemaNotes(const QJsonObject &json);

    void setSubject(const QString &subject) { setString(QStringLiteral("subject"), subject); }
    void setBodyText(const QString &text) { setString(QStringLiteral("body_text"), text); }
    void setBodyHtml(const QString &html) { setString(QStringLiteral("body_html"), html); }
    // An empty sender is written as null, as the API returns it.
    void setSender(const QString &sender) { setOptionalString(QStringLiteral("sender"), sender); }
    void setTo(const QStringList &to) { setStringList(QStringLiteral("to"), to); }
    void setCc(const QStringList &cc) { setStringList(QStringLiteral("cc"), cc); }
    void setBcc(const QStringList &bcc) { setStringList(QStringLiteral("bcc"), bcc); }
    void setStatus(EmailStatus status);
    // An invalid date is written as null.
    void setDateScheduled(const QDateTime &when) { setDateTime(QStringLiteral("date_scheduled"), when); }
    void setEmailAccountId(const QString &id) { setOptionalString(QStringLiteral("email_account_id"), id); }

    friend bool operator==(const EmailActivity &a, const EmailActivity &b) { return a.m_json == b.m_json; }

private:
    explicit EmailActivity(QJsonObject json) : m_json(std::move(json)) { }
    QList<QuotedPart> quoted(QStringView field, QLatin1String contentKey) const;
    QString string(QStringView field) const;
    QStringList stringList(QStringView field) const;
    QDateTime dateTime(QStringView field) const;
    void setString(const QString &field, const QString &value);
    // Every write goes through here, so that the kept bodies never outlive a change of them.
    void put(const QString &field, const QJsonValue &value);
    void setOptionalString(const QString &field, const QString &value);
    void setStringList(const QString &field, const QStringList &value);
    void setDateTime(const QString &field, const QDateTime &value);

    QJsonObject m_json;
    // QJsonObject keeps a long ASCII string as Latin-1 and converts all of it on every read, and on
    // every comparison of two values: a 50 MB body cost 30 ms a time, many times when an editor opened.
    // Kept once read; copies share them (QString is implicitly shared); a write to a body drops them.
    // Read from the email's own thread only.
    struct Bodies
    {
        std::optional<QString> html;
        std::optional<QString> text;
    };
    mutable Bodies m_bodies;
    QMap<QString, QString> m_unusable; // field → why (a wrong type in a field Draftdesk uses)
};

struct EmailActivity::ParseResult
{
    EmailActivity activity;
    QList<ParseError> errors; // the record cannot be used at all (id or status, or not JSON)
    QList<SchemaNote> notes; // for QA: unexpected types, missing fields, new fields

    bool ok() const { return errors.isEmpty(); }
    // "status: expected one of inbox, …"
    QString summary() const;
};
