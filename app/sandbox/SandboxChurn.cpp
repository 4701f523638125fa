#include "sandbox/SandboxChurn.h"

#include "core/base/IsoDateTime.h"

#include <QJsonArray>
#include <QJsonDocument>

SandboxChurn::SandboxChurn(SandboxStore &store, SandboxApi &api, const SandboxClock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_api(api), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { change(); });
}

void SandboxChurn::start(double changesPerMinute)
{
    if (changesPerMinute <= 0)
        return;
    m_timer.start(qMax(1, int(60000 / changesPerMinute)));
}

const QJsonObject &SandboxChurn::colleague() const
{
    return m_store.users.size() > 1 ? m_store.users.at(1) : m_store.currentUser();
}

QString SandboxChurn::aDraft()
{
    // A few random looks instead of a pass over a million emails.
    const QList<QString> &ids = m_store.orderedEmailIds();
    for (int attempt = 0; attempt < 400 && !ids.isEmpty(); ++attempt) {
        const QString &id = ids.at(m_random.bounded(int(ids.size())));
        const QJsonObject *email = m_store.email(id);
        if (email && email->value(u"status").toString() == QLatin1String("draft")
            && email->value(u"body_html").toString().size() < 100000)
            return id;
    }
    return {};
}

QJsonObject SandboxChurn::edited(const QJsonObject &draft)
{
    const QString subject = draft.value(u"subject").toString();
    const QString mark = QStringLiteral(" (rev. %1)").arg(m_changes);
    const qsizetype old = subject.lastIndexOf(QLatin1String(" (rev. "));
    QJsonObject changes {
        {QStringLiteral("subject"), QString((old < 0 ? subject : subject.left(old)) + mark)}};
    if (m_random.bounded(2) == 0) {
        const QString line
            = QStringLiteral("%1 added a line here.").arg(colleague().value(u"first_name").toString());
        changes.insert(QStringLiteral("body_text"),
                       QString(draft.value(u"body_text").toString() + QLatin1Char('\n') + line));
        changes.insert(QStringLiteral("body_html"),
                       QString(draft.value(u"body_html").toString()
                               + QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped())));
    }
    return changes;
}

QString SandboxChurn::change()
{
    ++m_changes;
    SandboxEvents &events = m_api.events();
    SandboxActor actor;
    actor.user = colleague();
    actor.requestId = SandboxStore::newId(QStringLiteral("req"), m_random);
    events.setActor(actor);
    QString touched;
    const int roll = m_random.bounded(100);
    const QString id = aDraft();
    const QJsonObject *draft = id.isEmpty() ? nullptr : m_store.email(id);
    if (roll < 15 || !draft) {
        // A new draft on a lead of the org.
        if (!m_store.leads.isEmpty()) {
            const QJsonObject lead = m_store.leads.values().at(m_random.bounded(int(m_store.leads.size())));
            const SandboxResponse answer = m_api.emails().createEmail(QJsonObject {
                {QStringLiteral("lead_id"), lead.value(u"id")},
                {QStringLiteral("status"), QStringLiteral("draft")},
                {QStringLiteral("subject"),
                 QStringLiteral("Follow-up from %1").arg(actor.user.value(u"first_name").toString())},
                {QStringLiteral("body_text"), QStringLiteral("Hello,\n\njust following up.")},
                {QStringLiteral("to"), QJsonArray {QStringLiteral("buyer@example.com")}},
            });
            touched = QJsonDocument::fromJson(answer.body).object().value(u"id").toString();
        }
    } else {
        const QString sender
            = QStringLiteral("\"%1\" <%2>")
                  .arg(actor.user.value(u"first_name").toString(), actor.user.value(u"email").toString());
        QJsonObject changes;
        if (roll < 65) {
            changes = edited(*draft);
        } else if (roll < 77) {
            changes = {{QStringLiteral("status"), QStringLiteral("scheduled")},
                       {QStringLiteral("sender"), sender},
                       {QStringLiteral("date_scheduled"), IsoDateTime::format(m_clock.now().addSecs(3600))}};
        } else if (roll < 89) {
            changes
                = {{QStringLiteral("status"), QStringLiteral("outbox")}, {QStringLiteral("sender"), sender}};
        }
        if (changes.isEmpty()) {
            m_api.emails().deleteEmail(id);
        } else {
            const SandboxResponse answer = m_api.emails().updateEmail(id, changes);
            if (answer.status != 200) // a draft the rules keep as it is: edit it instead
                m_api.emails().updateEmail(id, edited(*m_store.email(id)));
        }
        touched = id;
    }
    events.setActor({});
    return touched;
}
