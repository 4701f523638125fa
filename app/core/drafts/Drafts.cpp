#include "core/drafts/Drafts.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/base/IsoDateTime.h"
#include "core/base/ShownText.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/SchedulePlanner.h"
#include "core/drafts/Signatures.h"
#include "core/list/EmailListModel.h"
#include "core/store/EmailStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <chrono>

Drafts::Drafts(CloseClient *client, DraftJournal *journal, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal)
{
    // What the workbench's Replay and Edit and Resend or a scenario did to an email reaches every
    // view of it, as a save from its editor would.
    connect(client, &CloseClient::emailAnswered, this, [this](const QJsonObject &json) {
        const EmailActivity::ParseResult parsed
            = EmailActivity::fromJson(json, EmailActivity::ParseMode::Partial);
        if (parsed.ok())
            followServer(parsed.activity);
    });
    connect(client, &CloseClient::emailDeleted, this, [this](const QString &id) {
        if (m_journal && !find(id))
            m_journal->remove(id);
        emit emailDeleted(id);
    });
}

void Drafts::followServer(const EmailActivity &copy)
{
    // The open view takes it when it is newer (and announces it through serverCopyChanged, with
    // the whole record); the list takes it in any case.
    DraftSession *session = find(copy.id());
    if (!session || !session->followServer(copy))
        emit emailChanged(copy);
}

bool Drafts::queueOffline(DraftSession *session, const ApiError &error)
{
    // Close cannot be reached: the save waits in line (a send never does). Refusals are Close's word.
    const bool unreachable = error.isUnreachable();
    const QJsonObject changes = session->changes().body();
    if (!m_queue || !unreachable || changes.isEmpty() || CloseClient::movesToSending(changes)
        || !m_queue->queueSave(session->original(), changes))
        return false;
    const qint64 waiting = m_queue->queuedSaveCount();
    emit notice(tr("“%1” waits to be saved: Close cannot be reached. It goes out when Close is back "
                   "(%n change(s) waiting).",
                   nullptr, int(waiting))
                    .arg(subjectOf(session->current())));
    emit saveQueued(session->original().id());
    return true;
}

bool Drafts::isQueued(const QString &id) const
{
    return m_queue && m_queue->isQueued(id);
}

void Drafts::followDeletion(const QString &id, const QString &when)
{
    if (DraftSession *session = find(id))
        session->noteDeletedInClose(IsoDateTime::parse(when));
}

Drafts::~Drafts() = default;

DraftSession *Drafts::open(const EmailActivity &email)
{
    const QString id = email.id();
    auto it = m_open.find(id);
    if (it == m_open.end()) {
        auto *session = new DraftSession(m_client, email, m_journal, this);
        bind(session);
        it = m_open.insert(id, {session, 0});
    }
    ++it->views;
    return it->session;
}

void Drafts::close(DraftSession *session)
{
    if (!session)
        return;
    const QString id = session->original().id();
    auto it = m_open.find(id);
    if (it == m_open.end() || it->session != session)
        return;
    it->views = qMax(0, it->views - 1);
    // A draft made by New Draft and closed without a save is litter on the lead's timeline for the
    // whole team: it goes again, as a mail client throws away a new message closed unsaved.
    if (it->views == 0 && m_untouched.remove(id))
        deleteDraft(session->original());
    dropIfIdle(id);
}

DraftSession *Drafts::find(const QString &id) const
{
    return m_open.value(id).session;
}

bool Drafts::bringForward(const QString &id)
{
    const Entry entry = m_open.value(id);
    if (!entry.session || entry.views == 0)
        return false;
    emit entry.session->viewWanted();
    return true;
}

void Drafts::dropIfIdle(const QString &id)
{
    const auto it = m_open.constFind(id);
    if (it == m_open.cend() || it->views > 0)
        return;
    DraftSession *session = it->session;
    // A request in flight, a file on its way, or a send that can still be undone, keeps the session
    // (and its answer: a file that arrives goes into the journal).
    if (session->state() != DraftSession::State::Idle || session->activeUploads() > 0
        || session->undoDeadline() > QDateTime::currentDateTimeUtc())
        return;
    m_open.remove(id);
    session->deleteLater();
}

bool Drafts::deleteDraft(const EmailActivity &email)
{
    const QString id = email.id();
    if (email.status() != EmailStatus::Draft || m_deleting.contains(id))
        return false;
    if (DraftSession *session = find(id); session && session->state() != DraftSession::State::Idle)
        return false; // a save or a send is on its way: its answer comes first
    m_deleting.insert(id);
    const QString subject = subjectOf(email);
    ApiCall *call = m_client->deleteEmail(id);
    connect(call, &ApiCall::finished, this, [this, id, subject](const ApiResult &result) {
        m_deleting.remove(id);
        const bool gone = result.ok() || result.error.kind == ApiError::Kind::NotFound;
        if (!gone) {
            emit notice(tr("“%1” was not deleted: %2").arg(subject, result.error.fullText()));
            emit deleteFailed(id, result.error);
            return;
        }
        if (m_journal)
            m_journal->remove(id);
        emit notice(result.ok() ? tr("Deleted “%1”.").arg(subject)
                                : tr("“%1” was already gone from Close.").arg(subject));
        emit emailDeleted(id);
    });
    return true;
}

void Drafts::createDraft(const QString &leadId, const QString &contactId, const QStringList &to,
                         const QString &sender)
{
    QJsonObject fields {{QStringLiteral("status"), QStringLiteral("draft")},
                        {QStringLiteral("lead_id"), leadId},
                        {QStringLiteral("to"), QJsonArray::fromStringList(to)},
                        {QStringLiteral("subject"), QString()}};
    // Room to write above the signature, as a mail client leaves it.
    const QString signature = Signatures::forSender(sender);
    fields.insert(QStringLiteral("body_text"),
                  signature.isEmpty() ? QString()
                                      : QStringLiteral("\n\n") + Signatures::plainBlock(signature));
    fields.insert(QStringLiteral("body_html"),
                  signature.isEmpty() ? QString()
                                      : QStringLiteral("<p><br></p>") + Signatures::htmlBlock(signature));
    if (!contactId.isEmpty())
        fields.insert(QStringLiteral("contact_id"), contactId);
    if (!sender.isEmpty())
        fields.insert(QStringLiteral("sender"), sender);
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    ApiCall *call = m_client->createEmail(fields);
    connect(call, &ApiCall::finished, this, [this, fields, asked](const ApiResult &result) {
        const EmailActivity::ParseResult parsed = EmailActivity::fromJson(result.json.object());
        if (result.ok() && parsed.ok()) {
            created(parsed.activity);
            return;
        }
        const ApiError error = result.ok()
            ? ApiError::make(ApiError::Kind::BadResponse,
                             tr("Close's answer to the new draft could not be read."))
            : result.error;
        if (error.isAmbiguousForWrites())
            findCreated(fields, asked, error); // it may be there: look before saying it is not
        else
            createFailedWith(error);
    });
}

void Drafts::created(const EmailActivity &email)
{
    emit notice(tr("New draft created."));
    m_untouched.insert(email.id());
    emit emailCreated(email);
}

void Drafts::createFailedWith(const ApiError &error)
{
    emit notice(tr("The new draft was not created: %1").arg(error.fullText()));
    emit createFailed(error);
}

void Drafts::findCreated(const QJsonObject &fields, const QDateTime &asked, const ApiError &error)
{
    // A POST has no idempotency key: after a lost answer, the lead's emails created since a little
    // before the request tell whether it was made (a draft with exactly these fields), so trying
    // again never leaves a second one.
    EmailQuery query;
    query.leadId = fields.value(u"lead_id").toString();
    query.createdAfter = asked.addSecs(-120); // this machine's clock may run ahead of Close's
    ApiCall *look = m_client->listEmails(query);
    connect(look, &ApiCall::finished, this, [this, fields, error](const ApiResult &result) {
        if (!result.ok()) {
            createFailedWith(ApiError::make(error.kind,
                                            tr("%1 Whether Close made it could not be found out "
                                               "either: look in the list before you try again.")
                                                .arg(error.message)));
            return;
        }
        for (const QJsonValue &value : result.object().value(u"data").toArray()) {
            const QJsonObject email = value.toObject();
            // The fields Close keeps as sent (it may rework the HTML of a body), newest first.
            bool same = true;
            for (const char *name : {"status", "lead_id", "contact_id", "to", "subject", "sender"}) {
                const QLatin1String key(name);
                same = same && (!fields.contains(key) || email.value(key) == fields.value(key));
            }
            const EmailActivity::ParseResult parsed = EmailActivity::fromJson(email);
            if (same && parsed.ok()) {
                created(parsed.activity); // it was made; its answer was lost
                return;
            }
        }
        createFailedWith(error); // not there: nothing was made, and trying again is safe
    });
}

QString Drafts::subjectOf(const EmailActivity &email)
{
    return email.subject().isEmpty() ? tr("(no subject)") : ShownText::line(email.subject());
}

void Drafts::bind(DraftSession *session)
{
    connect(session, &DraftSession::uploadsChanged, this, [this, session] {
        if (session->activeUploads() == 0)
            QTimer::singleShot(0, this, [this, id = session->original().id()] { dropIfIdle(id); });
    });
    connect(session, &DraftSession::serverCopyChanged, this, [this](const EmailActivity &email) {
        emit emailChanged(email);
        watchUntilSent(email);
    });
    connect(session, &DraftSession::stateChanged, this, [this, session](DraftSession::State state) {
        if (state != DraftSession::State::Idle) {
            m_untouched.remove(session->original().id()); // saved or sent: the user's now
            return;
        }
        // Let the session's own handlers (and its views) see the answer first.
        const QString id = session->original().id();
        QTimer::singleShot(0, this, [this, id] { dropIfIdle(id); });
        const qint64 undoLeft = QDateTime::currentDateTimeUtc().msecsTo(session->undoDeadline());
        if (undoLeft > 0)
            QTimer::singleShot(std::chrono::milliseconds(undoLeft + 50), this,
                               [this, id] { dropIfIdle(id); });
    });
    connect(session, &DraftSession::saved, this,
            [this](const EmailActivity &email) { emit notice(tr("Saved “%1”.").arg(subjectOf(email))); });
    connect(session, &DraftSession::saveFailed, this, [this, session](const ApiError &error) {
        if (queueOffline(session, error))
            return;
        emit notice(tr("“%1” was not saved: %2").arg(subjectOf(session->current()), error.fullText()));
    });
    connect(session, &DraftSession::sent, this, [this, session](const EmailActivity &email) {
        if (email.status() == EmailStatus::Scheduled)
            emit notice(
                tr("“%1” is scheduled for %2.")
                    .arg(subjectOf(email),
                         SchedulePlanner::scheduledText(email.dateScheduled(), session->scheduleZone())));
        else
            emit notice(tr("“%1” is in the outbox.").arg(subjectOf(email)));
    });
    connect(
        session, &DraftSession::sendFailed, this,
        [this, session](const ApiError &error, const std::optional<EmailActivity> &copy) {
            if (copy && copy->status() != EmailStatus::Draft)
                emit notice(tr("“%1”: the answer was lost, but Close has it as %2.")
                                .arg(subjectOf(*copy),
                                     EmailStatuses::displayName(copy->status().value_or(EmailStatus::Sent))
                                         .toLower()));
            else
                emit notice(tr("“%1” was not sent: %2").arg(subjectOf(session->current()), error.fullText()));
        });
    connect(session, &DraftSession::unscheduled, this, [this](const EmailActivity &email) {
        emit notice(tr("“%1” is back to draft: nothing was sent.").arg(subjectOf(email)));
    });
    connect(session, &DraftSession::tooLateToUnschedule, this, [this](const EmailActivity &email) {
        emit notice(tr("Too late: Close had already sent “%1”.").arg(subjectOf(email)));
    });
}

void Drafts::noticeListed(const EmailActivity &summary)
{
    DraftSession *session = find(summary.id());
    if (!session || m_reading.contains(summary.id()))
        return;
    const EmailActivity &held = session->original();
    const bool otherState = summary.contains(u"status") && summary.status() != held.status();
    const bool newer = summary.dateUpdated().isValid() && summary.dateUpdated() > held.dateUpdated();
    if (!otherState && !newer)
        return;
    const QString id = summary.id();
    m_reading.insert(id);
    ApiCall *call = m_client->email(id);
    connect(call, &ApiCall::finished, this, [this, id](const ApiResult &result) {
        m_reading.remove(id);
        const EmailActivity::ParseResult parsed = EmailActivity::fromJson(result.object());
        if (result.ok() && parsed.ok())
            followServer(parsed.activity);
    });
}

void Drafts::watchUntilSent(const EmailActivity &email)
{
    const std::optional<EmailStatus> status = email.status();
    if (status != EmailStatus::Scheduled && status != EmailStatus::Outbox)
        return;
    // Look again shortly after it is due, so the list shows "Sent" without a manual refresh.
    const QDateTime due
        = status == EmailStatus::Scheduled ? email.dateScheduled() : QDateTime::currentDateTimeUtc();
    const qint64 wait
        = qBound<qint64>(2000, QDateTime::currentDateTimeUtc().msecsTo(due) + 3000, 24LL * 3600 * 1000);
    const QString id = email.id();
    QTimer::singleShot(std::chrono::milliseconds(wait), this, [this, id] {
        ApiCall *call = m_client->email(id, EmailListModel::listFields());
        connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
            if (!result.ok())
                return;
            const EmailActivity now
                = EmailActivity::fromJson(result.object(), EmailActivity::ParseMode::Partial).activity;
            followServer(now);
            watchUntilSent(now);
        });
    });
}
