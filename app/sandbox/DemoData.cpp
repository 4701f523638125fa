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

// Where an email of this kind stands: its status, its sender and its dates.
struct Timing
{
    QString status;
    QJsonValue sender;
    QJsonValue dateScheduled;
    QJsonValue dateSent;
    QDateTime activityAt;
};

Timing timingFor(Kind kind, int i, const QDateTime &now, const QDateTime &created, const QString &userMailbox,
                 const QString &contactMailbox)
{
    const bool incoming = kind == Kind::Inbox;
    Timing t {QString(), userMailbox, QJsonValue::Null, QJsonValue::Null, created};
    switch (kind) {
    case Kind::Draft:
        t.status = QStringLiteral("draft");
        break;
    case Kind::DraftNoSender:
        t.status = QStringLiteral("draft");
        t.sender = QJsonValue::Null;
        break;
    case Kind::Scheduled: {
        t.status = QStringLiteral("scheduled");
        const QDateTime when = now.addDays(1 + i % 5).addSecs(3600 * (i % 9));
        t.dateScheduled = IsoDateTime::format(when);
        t.activityAt = when;
        break;
    }
    case Kind::Outbox:
        t.status = QStringLiteral("outbox");
        t.activityAt = now.addSecs(1800 + i);
        break;
    case Kind::Sent:
    case Kind::Inbox:
        t.status = incoming ? QStringLiteral("inbox") : QStringLiteral("sent");
        t.dateSent = IsoDateTime::format(created.addSecs(60));
        t.activityAt = created.addSecs(60);
        if (incoming)
            t.sender = contactMailbox;
        break;
    case Kind::Error:
        t.status = QStringLiteral("error");
        break;
    }
    return t;
}

// A reply carries the part it quotes in Close's documented shape ({"expand", "html"}); the text
// version as a list of {"text", "expand"}, the shape client code in the wild reads.
std::pair<QJsonValue, QJsonValue> quotedParts(const QJsonObject &message, const QString &contactName,
                                              bool expand)
{
    QJsonValue quotedHtml = QJsonValue::Null;
    QJsonValue quotedText = QJsonValue::Null;
    if (message.contains(u"quoted_html")) {
        const auto fill = [&](QString quoted, bool escape) {
            const QString first = firstName(contactName);
            return quoted.replace(QLatin1String("{first}"), escape ? first.toHtmlEscaped() : first);
        };
        quotedHtml
            = QJsonObject {{QStringLiteral("expand"), expand},
                           {QStringLiteral("html"), fill(message.value(u"quoted_html").toString(), true)}};
        quotedText = QJsonArray {
            QJsonObject {{QStringLiteral("text"), fill(message.value(u"quoted_text").toString(), false)},
                         {QStringLiteral("expand"), expand}}};
    }
    return {quotedHtml, quotedText};
}

// The people of one demo email: its lead, the contact it goes to, and the user who writes it.
struct Parties
{
    QJsonObject lead;
    QJsonObject contact;
    QJsonObject user;
    QString contactName;
    QString contactEmail;
    QString userName;
    QString userEmail;
    QString userMailbox() const { return mailbox(userName, userEmail); }
    QString contactMailbox() const { return mailbox(contactName, contactEmail); }
};

// One email record with every field Close's docs print.
QJsonObject emailRecord(const QString &id, int i, Kind kind, const Parties &p, const Timing &t,
                        const QString &orgId, const QJsonObject &message, const QString &html,
                        const QString &text, const QDateTime &created,
                        const std::pair<QJsonValue, QJsonValue> &quoted)
{
    const bool incoming = kind == Kind::Inbox;
    return QJsonObject {
        {QStringLiteral("_type"), QStringLiteral("Email")},
        {QStringLiteral("id"), id},
        {QStringLiteral("organization_id"), orgId},
        {QStringLiteral("lead_id"), p.lead.value(u"id")},
        {QStringLiteral("contact_id"), p.contact.value(u"id")},
        {QStringLiteral("user_id"), p.user.value(u"id")},
        {QStringLiteral("user_name"), p.userName},
        {QStringLiteral("created_by"), p.user.value(u"id")},
        {QStringLiteral("created_by_name"), p.userName},
        {QStringLiteral("updated_by"), p.user.value(u"id")},
        {QStringLiteral("updated_by_name"), p.userName},
        {QStringLiteral("date_created"), IsoDateTime::format(created)},
        {QStringLiteral("date_updated"), IsoDateTime::format(created)},
        {QStringLiteral("activity_at"), IsoDateTime::format(t.activityAt)},
        {QStringLiteral("date_scheduled"), t.dateScheduled},
        {QStringLiteral("date_sent"), t.dateSent},
        {QStringLiteral("status"), t.status},
        {QStringLiteral("direction"), incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing")},
        {QStringLiteral("subject"), message.value(u"subject").toString()},
        {QStringLiteral("body_text"), text},
        {QStringLiteral("body_html"), html},
        {QStringLiteral("body_preview"), text.left(100).simplified()},
        {QStringLiteral("sender"), t.sender},
        {QStringLiteral("to"), QJsonArray {incoming ? p.userMailbox() : p.contactMailbox()}},
        {QStringLiteral("cc"), QJsonArray {}},
        {QStringLiteral("bcc"), QJsonArray {}},
        {QStringLiteral("send_as_id"), QJsonValue::Null},
        {QStringLiteral("template_id"), QJsonValue::Null},
        {QStringLiteral("template_name"), QJsonValue::Null},
        {QStringLiteral("thread_id"), QJsonValue::Null},
        {QStringLiteral("in_reply_to_id"), QJsonValue::Null},
        {QStringLiteral("message_ids"),
         t.dateSent.isNull() ? QJsonArray {}
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
        {QStringLiteral("body_html_quoted"), quoted.first},
        {QStringLiteral("body_text_quoted"), quoted.second},
    };
}

void loadDirectory(SandboxStore &store, const QJsonObject &demo)
{
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
    loadDirectory(store, demo);
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
        Parties p;
        p.lead = leadList.at(i % leadList.size());
        const QJsonArray contactIds = p.lead.value(u"contact_ids").toArray();
        p.contact = store.contacts.value(contactIds.at((i / leadList.size()) % contactIds.size()).toString());
        p.user = store.users.at(i % store.users.size());
        p.contactName = p.contact.value(u"name").toString();
        p.contactEmail = p.contact.value(u"emails").toArray().at(0).toObject().value(u"email").toString();
        p.userName = p.user.value(u"display_name").toString();
        p.userEmail = p.user.value(u"email").toString();
        const QJsonObject message = messages.at(i % messages.size()).toObject();

        QString html = message.value(u"html").toString();
        html.replace(QLatin1String("{first}"), firstName(p.contactName).toHtmlEscaped())
            .replace(QLatin1String("{user}"), firstName(p.userName).toHtmlEscaped());
        if (i == 7)
            html += hugeBody();
        // Every other reply quotes collapsed, every other one expanded.
        const auto quoted = quotedParts(message, p.contactName, (i / messages.size()) % 2 == 1);
        const QDateTime created
            = now.addSecs(-(spanSecs * (i + 1)) / qMax(emailCount, 1) - random.bounded(600));
        const Kind kind = kindFor(i);
        const Timing t = timingFor(kind, i, now, created, p.userMailbox(), p.contactMailbox());
        const QString id = SandboxStore::newId(QStringLiteral("acti"), random);
        store.putEmail(
            emailRecord(id, i, kind, p, t, orgId, message, html, plainTextFromHtml(html), created, quoted));
        if (kind == Kind::Scheduled)
            store.dueAt.insert(id, IsoDateTime::parse(t.dateScheduled.toString()));
        else if (kind == Kind::Outbox)
            store.dueAt.insert(id, t.activityAt);
    }
    return true;
}
