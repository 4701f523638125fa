#include "core/drafts/Drafts.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/base/IsoDateTime.h"
#include "core/base/ShownText.h"
#include "core/drafts/DraftCreation.h"
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
    m_untouched.remove(session->original().id()); // saved: the user's now
    const qint64 waiting = m_queue->queuedSaveCount();
    if (session->original().isLocalOnly())
        emit notice(tr("“%1” is kept on this computer and made in Close when it can be reached (%n "
                       "change(s) waiting).",
                       nullptr, int(waiting))
                        .arg(subjectOf(session->current())));
    else if (error.kind == ApiError::Kind::NotConnected)
        emit notice(tr("“%1” waits to be saved until Draftdesk is connected to Close (%n change(s) "
                       "waiting).",
                       nullptr, int(waiting))
                        .arg(subjectOf(session->current())));
    else
        emit notice(tr("“%1” waits to be saved: Close cannot be reached. It goes out when Close is back "
                       "(%n change(s) waiting).",
                       nullptr, int(waiting))
                        .arg(subjectOf(session->current())));
    emit saveQueued(session->original().id());
    // The list and the preview show what was saved, as after a save that reached Close: the row of a
    // draft written here has nothing else to show, and one of Close's is the user's until it goes out.
    emit emailChanged(session->current());
    return true;
}

bool Drafts::isQueued(const QString &id) const
{
    return m_queue && m_queue->isQueued(id);
}

QList<DraftJournal::Entry> Drafts::leftoverEdits() const
{
    QList<DraftJournal::Entry> entries = m_journal->entriesOfConnection();
    entries.removeIf([this](const DraftJournal::Entry &entry) {
        return m_open.contains(entry.emailId) || isQueued(entry.emailId);
    });
    return entries;
}

void Drafts::saveNotMade(const EmailActivity &closesCopy)
{
    if (!closesCopy.isLocalOnly())
        emit emailChanged(closesCopy);
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
    if (email.isLocalOnly()) {
        // Not in Close: nothing to ask it. Out of the line, the list and the journal.
        if (m_queue) {
            m_queue->unqueueSave(id);
            m_queue->remove(id);
        }
        if (m_journal)
            m_journal->remove(id);
        emit notice(tr("Deleted “%1”.").arg(subjectOf(email)));
        emit emailDeleted(id);
        return true;
    }
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
    if (m_closeAway && writeLocally(fields, asked))
        return;
    auto *creation = new DraftCreation(m_client, fields, asked, this);
    connect(creation, &DraftCreation::created, this, [this, creation](const EmailActivity &email) {
        creation->deleteLater();
        emit notice(tr("New draft created."));
        created(email);
    });
    connect(creation, &DraftCreation::notMade, this, [this, creation](const ApiError &error) {
        creation->deleteLater();
        createFailedWith(error);
    });
    connect(creation, &DraftCreation::unknown, this,
            [this, creation, fields, asked](const ApiError &writeError, const ApiError &lookError) {
                creation->deleteLater();
                // Close cannot be reached: the draft is written here and made when it is back (after a
                // look for the one this try may have made).
                if (writeError.isUnreachable() && lookError.isUnreachable() && writeLocally(fields, asked))
                    return;
                createFailedWith(ApiError::make(writeError.kind,
                                                tr("%1 Whether Close made it could not be found out "
                                                   "either: look in the list before you try again.")
                                                    .arg(writeError.message)));
            });
    creation->start(DraftCreation::Start::Post);
}

void Drafts::created(const EmailActivity &email)
{
    m_untouched.insert(email.id());
    emit emailCreated(email);
}

void Drafts::createFailedWith(const ApiError &error)
{
    emit notice(tr("The new draft was not created: %1").arg(error.fullText()));
    emit createFailed(error);
}

bool Drafts::writeLocally(const QJsonObject &fields, const QDateTime &asked)
{
    if (!m_queue)
        return false;
    QJsonObject record = fields;
    record.insert(QStringLiteral("id"), EmailActivity::newLocalId());
    record.insert(QStringLiteral("date_created"), IsoDateTime::format(asked));
    record.insert(QStringLiteral("date_updated"), IsoDateTime::format(asked));
    const EmailActivity::ParseResult parsed
        = EmailActivity::fromJson(record, EmailActivity::ParseMode::Partial);
    if (!parsed.ok() || !m_queue->queueNewDraft(parsed.activity))
        return false;
    emit notice(tr("Close cannot be reached: the new draft is kept on this computer and made in Close "
                   "when it is back."));
    created(parsed.activity);
    return true;
}

void Drafts::adoptCreated(const QString &localId, const EmailActivity &created)
{
    // Everything that knew the draft by its local id follows it to Close's: the queue entry and the
    // list's row (the entry moved and the local row gone in one transaction, then Close's record), the
    // journal, its open view and whether it was ever touched.
    const QString id = created.id();
    if (m_queue)
        m_queue->adoptCreated(localId, created);
    if (m_journal) {
        if (const std::optional<DraftJournal::Entry> entry = m_journal->entry(localId)) {
            m_journal->record(id, created.dateUpdated(), entry->edits, entry->subject);
            m_journal->flush();
            m_journal->remove(localId);
        }
    }
    if (const auto it = m_open.constFind(localId); it != m_open.cend()) {
        const Entry entry = *it;
        m_open.erase(it);
        m_open.insert(id, entry);
        entry.session->becomeCreated(created);
    }
    if (m_untouched.remove(localId))
        m_untouched.insert(id);
    emit notice(
        tr("“%1”, written while Close could not be reached, is in Close now.").arg(subjectOf(created)));
    emit localDraftCreated(localId, created);
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
    connect(session, &DraftSession::saved, this, [this](const EmailActivity &email) {
        // Nothing new to keep of a draft not in Close yet: it already waits to be made.
        emit notice(email.isLocalOnly() ? tr("“%1” is kept on this computer and made in Close when it can "
                                             "be reached.")
                                              .arg(subjectOf(email))
                                        : tr("Saved “%1”.").arg(subjectOf(email)));
    });
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
