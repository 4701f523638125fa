#include "sandbox/DemoData.h"

#include "core/base/IsoDateTime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {
// Every seventh email carries a file, as sales emails do (a quote, a price list, a screenshot); the
// URLs have the shape of Close's own and are never fetched.
QJsonArray demoAttachments(int index, const QString &emailId)
{
    if (index % 7 != 3)
        return {};
    static const struct
    {
        const char *filename;
        const char *contentType;
        int size;
    } files[] = {
        {"Quote Q4.pdf", "application/pdf", 184320},
        {"price-list-2026.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 48213},
        {"dashboard.png", "image/png", 391022}};
    const auto &file = files[(index / 7) % 3];
    return QJsonArray {
        QJsonObject {{QStringLiteral("url"),
                      QStringLiteral("https://app.close.com/go/file/file_%1/").arg(emailId.mid(5, 16))},
                     {QStringLiteral("filename"), QLatin1String(file.filename)},
                     {QStringLiteral("content_type"), QLatin1String(file.contentType)},
                     {QStringLiteral("size"), file.size},
                     {QStringLiteral("thumbnail_url"), QJsonValue::Null}}};
}

QString firstName(const QString &fullName)
{
    return fullName.section(QLatin1Char(' '), 0, 0);
}

QString mailbox(const QString &name, const QString &address)
{
    return QLatin1Char('"') + name + QLatin1String("\" <") + address + QLatin1Char('>');
}

// Just under the 1,048,576-character body limit, so the demo shows how the app copes with it.
QString hugeBody()
{
    const QString paragraph = QStringLiteral(
        "<p>Appendix: the full product catalogue, repeated so that this draft's body is close to the one "
        "megabyte the API allows. Scroll to the end to see that nothing was lost.</p>\n");
    QString html;
    html.reserve(1040000);
    while (html.size() + paragraph.size() < 1040000)
        html += paragraph;
    return html;
}

enum class Kind { Draft, DraftNoSender, Scheduled, Outbox, Sent, Inbox, Error };

Kind kindFor(int index)
{
    // 20-cycle: 8 drafts (half without a sender), 2 scheduled, 1 outbox, 6 sent, 2 inbox, 1 error.
    static constexpr Kind cycle[20]
        = {Kind::Draft, Kind::DraftNoSender, Kind::Sent, Kind::Inbox,     Kind::Scheduled, Kind::Draft,
           Kind::Sent,  Kind::DraftNoSender, Kind::Sent, Kind::Outbox,    Kind::Draft,     Kind::Sent,
           Kind::Inbox, Kind::DraftNoSender, Kind::Sent, Kind::Scheduled, Kind::Draft,     Kind::Error,
           Kind::Sent,  Kind::DraftNoSender};
    return cycle[index % 20];
}
} // namespace

QString DemoData::plainTextFromHtml(const QString &html)
{
    static const QRegularExpression blockEnd(QStringLiteral("</(p|div|h[1-6]|li|tr|blockquote)>|<br\\s*/?>"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression listItem(QStringLiteral("<li[^>]*>"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cell(QStringLiteral("</t[dh]>"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression blankLines(QStringLiteral("\n{3,}"));
    QString text = html;
    text.replace(blockEnd, QStringLiteral("\n"));
    text.replace(listItem, QStringLiteral("- "));
    text.replace(cell, QStringLiteral("\t"));
    text.remove(tag);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    text.replace(blankLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

bool DemoData::populate(SandboxStore &store, int emailCount, const QDateTime &now, QString *error)
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("demo data missing from the resources");
        return false;
    }
    const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();
    store.organization = demo.value(u"organization").toObject();
    for (const QJsonValue &u : demo.value(u"users").toArray()) {
        QJsonObject user = u.toObject();
        user.insert(QStringLiteral("display_name"),
                    QString(user.value(u"first_name").toString() + QLatin1Char(' ')
                            + user.value(u"last_name").toString()));
        store.users.append(user);
    }
    for (const QJsonValue &l : demo.value(u"leads").toArray())
        store.leads.insert(l.toObject().value(u"id").toString(), l.toObject());
    for (const QJsonValue &c : demo.value(u"contacts").toArray())
        store.contacts.insert(c.toObject().value(u"id").toString(), c.toObject());
    for (const QJsonValue &a : demo.value(u"connected_accounts").toArray())
        store.connectedAccounts.append(a.toObject());
    for (const QJsonValue &t : demo.value(u"email_templates").toArray())
        store.emailTemplates.append(t.toObject());

    const QJsonArray messages = demo.value(u"messages").toArray();
    const QList<QJsonObject> leadList = store.leads.values();
    if (leadList.isEmpty() || messages.isEmpty() || store.users.isEmpty()) {
        if (error)
            *error = QStringLiteral("demo data has no leads, users or messages");
        return false;
    }

    QRandomGenerator random(20261127);
    const qint64 spanSecs = 60LL * 24 * 3600; // spread over the last 60 days
    const QString orgId = store.organization.value(u"id").toString();
    for (int i = 0; i < emailCount; ++i) {
        const QJsonObject &lead = leadList.at(i % leadList.size());
        const QJsonArray contactIds = lead.value(u"contact_ids").toArray();
        const QJsonObject contact
            = store.contacts.value(contactIds.at((i / leadList.size()) % contactIds.size()).toString());
        const QJsonObject &user = store.users.at(i % store.users.size());
        const QJsonObject message = messages.at(i % messages.size()).toObject();
        const QString contactName = contact.value(u"name").toString();
        const QString contactEmail
            = contact.value(u"emails").toArray().at(0).toObject().value(u"email").toString();
        const QString userName = user.value(u"display_name").toString();
        const QString userEmail = user.value(u"email").toString();

        QString html = message.value(u"html").toString();
        html.replace(QLatin1String("{first}"), firstName(contactName).toHtmlEscaped())
            .replace(QLatin1String("{user}"), firstName(userName).toHtmlEscaped());
        if (i == 7)
            html += hugeBody();
        const QString text = plainTextFromHtml(html);
        // A reply carries the part it quotes in Close's documented shape ({"expand", "html"}); the text
        // version as a list of {"text", "expand"}, the shape client code in the wild reads. Every other
        // reply quotes collapsed, every other one expanded.
        QJsonValue quotedHtml = QJsonValue::Null;
        QJsonValue quotedText = QJsonValue::Null;
        if (message.contains(u"quoted_html")) {
            const auto fill = [&](QString quoted, bool escape) {
                const QString first = firstName(contactName);
                return quoted.replace(QLatin1String("{first}"), escape ? first.toHtmlEscaped() : first);
            };
            const bool expand = (i / messages.size()) % 2 == 1;
            quotedHtml = QJsonObject {
                {QStringLiteral("expand"), expand},
                {QStringLiteral("html"), fill(message.value(u"quoted_html").toString(), true)}};
            quotedText = QJsonArray {
                QJsonObject {{QStringLiteral("text"), fill(message.value(u"quoted_text").toString(), false)},
                             {QStringLiteral("expand"), expand}}};
        }

        const QDateTime created
            = now.addSecs(-(spanSecs * (i + 1)) / qMax(emailCount, 1) - random.bounded(600));
        const Kind kind = kindFor(i);
        const bool incoming = kind == Kind::Inbox;
        const QString userMailbox = mailbox(userName, userEmail);
        const QString contactMailbox = mailbox(contactName, contactEmail);

        QString status;
        QJsonValue sender = userMailbox;
        QJsonValue dateScheduled = QJsonValue::Null;
        QJsonValue dateSent = QJsonValue::Null;
        QDateTime activityAt = created;
        switch (kind) {
        case Kind::Draft:
            status = QStringLiteral("draft");
            break;
        case Kind::DraftNoSender:
            status = QStringLiteral("draft");
            sender = QJsonValue::Null;
            break;
        case Kind::Scheduled: {
            status = QStringLiteral("scheduled");
            const QDateTime when = now.addDays(1 + i % 5).addSecs(3600 * (i % 9));
            dateScheduled = IsoDateTime::format(when);
            activityAt = when;
            break;
        }
        case Kind::Outbox:
            status = QStringLiteral("outbox");
            activityAt = now.addSecs(1800 + i);
            break;
        case Kind::Sent:
        case Kind::Inbox:
            status = incoming ? QStringLiteral("inbox") : QStringLiteral("sent");
            dateSent = IsoDateTime::format(created.addSecs(60));
            activityAt = created.addSecs(60);
            if (incoming)
                sender = contactMailbox;
            break;
        case Kind::Error:
            status = QStringLiteral("error");
            break;
        }

        const QString id = SandboxStore::newId(QStringLiteral("acti"), random);
        QJsonObject email {
            {QStringLiteral("_type"), QStringLiteral("Email")},
            {QStringLiteral("id"), id},
            {QStringLiteral("organization_id"), orgId},
            {QStringLiteral("lead_id"), lead.value(u"id")},
            {QStringLiteral("contact_id"), contact.value(u"id")},
            {QStringLiteral("user_id"), user.value(u"id")},
            {QStringLiteral("user_name"), userName},
            {QStringLiteral("created_by"), user.value(u"id")},
            {QStringLiteral("created_by_name"), userName},
            {QStringLiteral("updated_by"), user.value(u"id")},
            {QStringLiteral("updated_by_name"), userName},
            {QStringLiteral("date_created"), IsoDateTime::format(created)},
            {QStringLiteral("date_updated"), IsoDateTime::format(created)},
            {QStringLiteral("activity_at"), IsoDateTime::format(activityAt)},
            {QStringLiteral("date_scheduled"), dateScheduled},
            {QStringLiteral("date_sent"), dateSent},
            {QStringLiteral("status"), status},
            {QStringLiteral("direction"), incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing")},
            {QStringLiteral("subject"), message.value(u"subject").toString()},
            {QStringLiteral("body_text"), text},
            {QStringLiteral("body_html"), html},
            {QStringLiteral("body_preview"), text.left(100).simplified()},
            {QStringLiteral("sender"), sender},
            {QStringLiteral("to"), QJsonArray {incoming ? userMailbox : contactMailbox}},
            {QStringLiteral("cc"), QJsonArray {}},
            {QStringLiteral("bcc"), QJsonArray {}},
            {QStringLiteral("send_as_id"), QJsonValue::Null},
            {QStringLiteral("template_id"), QJsonValue::Null},
            {QStringLiteral("template_name"), QJsonValue::Null},
            {QStringLiteral("thread_id"), QJsonValue::Null},
            {QStringLiteral("in_reply_to_id"), QJsonValue::Null},
            {QStringLiteral("message_ids"),
             dateSent.isNull() ? QJsonArray {}
                               : QJsonArray {QStringLiteral("<%1@demo.draftdesk>").arg(id.mid(5, 16))}},
            {QStringLiteral("references"), QJsonArray {}},
            {QStringLiteral("attachments"), demoAttachments(i, id)},
            {QStringLiteral("opens"), QJsonArray {}},
            {QStringLiteral("opens_summary"), QJsonValue::Null},
            {QStringLiteral("send_attempts"),
             kind == Kind::Error ? QJsonArray {QJsonObject {
                 {QStringLiteral("error_class"), QStringLiteral("SMTPError")},
                 {QStringLiteral("error_message"), QStringLiteral("550 Mailbox unavailable")}}}
                                 : QJsonArray {}},
            {QStringLiteral("has_reply"), kind == Kind::Sent && i % 3 == 0},
            {QStringLiteral("need_smtp_credentials"), false},
            {QStringLiteral("email_account_id"), QJsonValue::Null},
            {QStringLiteral("envelope"), QJsonObject {}},
            {QStringLiteral("followup_sequence_add_cc_bcc"), false},
            {QStringLiteral("followup_sequence_delay"), QJsonValue::Null},
            {QStringLiteral("followup_sequence_id"), QJsonValue::Null},
            {QStringLiteral("sequence_id"), QJsonValue::Null},
            {QStringLiteral("sequence_name"), QJsonValue::Null},
            {QStringLiteral("sequence_subscription_id"), QJsonValue::Null},
            {QStringLiteral("bulk_email_action_id"), QJsonValue::Null},
            {QStringLiteral("users"), QJsonArray {}},
            {QStringLiteral("agent_action_reason"), QJsonValue::Null},
            {QStringLiteral("agent_config_id"), QJsonValue::Null},
            {QStringLiteral("body_html_quoted"), quotedHtml},
            {QStringLiteral("body_text_quoted"), quotedText},
        };
        store.putEmail(email);
        if (kind == Kind::Scheduled)
            store.dueAt.insert(id, IsoDateTime::parse(dateScheduled.toString()));
        else if (kind == Kind::Outbox)
            store.dueAt.insert(id, activityAt);
    }
    return true;
}
