#include "core/drafts/DraftSession.h"

#include "core/api/CloseClient.h"
#include "core/base/IsoDateTime.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/FileUpload.h"

#include <QJsonArray>
#include <QJsonDocument>

DraftSession::DraftSession(CloseClient *client, const EmailActivity &email, DraftJournal *journal,
                           QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal), m_original(email), m_current(email)
{ }

DraftSession::~DraftSession()
{
    if (m_call)
        m_call->cancel();
    if (m_journal)
        m_journal->flush();
}

EmailValidation::Result DraftSession::validation() const
{
    return EmailValidation::validateUpdate(m_original, changes().body());
}

void DraftSession::edit(const std::function<void(EmailActivity &)> &change)
{
    const EmailActivity before = m_current;
    change(m_current);
    if (m_current == before)
        return;
    emit changed();
    const bool dirty = isDirty();
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        emit dirtyChanged(dirty);
    }
    journal();
}

void DraftSession::journal()
{
    if (!m_journal)
        return;
    const DraftChanges pending = changes();
    if (pending.isEmpty())
        m_journal->remove(m_original.id());
    else
        m_journal->record(m_original.id(), m_original.dateUpdated(), pending.body(), m_current.subject());
}

void DraftSession::setSubject(const QString &subject)
{
    edit([&](EmailActivity &e) { e.setSubject(subject); });
}

void DraftSession::setTemplate(const QString &templateId)
{
    edit([&](EmailActivity &e) { e.setValue(QStringLiteral("template_id"), templateId); });
}

void DraftSession::setTo(const QStringList &to)
{
    edit([&](EmailActivity &e) { e.setTo(to); });
}

void DraftSession::setCc(const QStringList &cc)
{
    edit([&](EmailActivity &e) { e.setCc(cc); });
}

void DraftSession::setBcc(const QStringList &bcc)
{
    edit([&](EmailActivity &e) { e.setBcc(bcc); });
}

void DraftSession::setSender(const QString &sender)
{
    edit([&](EmailActivity &e) { e.setSender(sender.trimmed()); });
}

void DraftSession::setBody(const QString &html, const QString &text)
{
    edit([&](EmailActivity &e) {
        e.setBodyHtml(html);
        e.setBodyText(text);
    });
}

FileUpload *DraftSession::attachFile(const QString &path)
{
    if (FileUpload::problemWith(path))
        return nullptr;
    auto *upload = new FileUpload(m_client, path, this);
    m_uploads.append(upload);
    connect(upload, &FileUpload::finished, this, [this, upload](const EmailActivity::Attachment &file) {
        m_uploads.removeOne(upload);
        upload->deleteLater();
        edit([&](EmailActivity &e) {
            QJsonArray list = e.toJson().value(u"attachments").toArray();
            list.append(QJsonObject {{QStringLiteral("url"), file.url},
                                     {QStringLiteral("filename"), file.filename},
                                     {QStringLiteral("content_type"), file.contentType},
                                     {QStringLiteral("size"), file.size}});
            e.setValue(QStringLiteral("attachments"), list);
        });
        emit uploadsChanged();
    });
    connect(upload, &FileUpload::failed, this, &DraftSession::uploadsChanged);
    upload->start();
    emit uploadsChanged();
    return upload;
}

void DraftSession::removeAttachment(int index)
{
    edit([&](EmailActivity &e) {
        QJsonArray list = e.toJson().value(u"attachments").toArray();
        if (index < 0 || index >= list.size())
            return;
        list.removeAt(index);
        e.setValue(QStringLiteral("attachments"), list);
    });
}

int DraftSession::activeUploads() const
{
    return int(std::count_if(m_uploads.cbegin(), m_uploads.cend(),
                             [](const FileUpload *upload) { return upload->isActive(); }));
}

void DraftSession::dismissUpload(FileUpload *upload)
{
    if (!m_uploads.removeOne(upload))
        return;
    upload->cancel();
    upload->deleteLater();
    emit uploadsChanged();
}

EmailValidation::Result DraftSession::check(const SendPlan &plan) const
{
    EmailValidation::Result result = SendPlan::validate(m_original, bodyFor(plan));
    if (const int uploading = activeUploads())
        result.errors.append(
            tr("%n attachment(s) still uploading: wait until they are attached.", nullptr, uploading));
    return result;
}

void DraftSession::applyEdits(const QJsonObject &edits)
{
    edit([&](EmailActivity &e) {
        for (auto it = edits.constBegin(); it != edits.constEnd(); ++it)
            e.setValue(it.key(), it.value());
    });
}

void DraftSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void DraftSession::save()
{
    if (m_state != State::Idle)
        return; // one click, one save
    if (m_deletedAt.isValid()) {
        emit saveFailed(ApiError::make(ApiError::Kind::NotFound,
                                       tr("It was deleted in Close, so it cannot be saved. Copy your text "
                                          "into a new draft instead.")));
        return;
    }
    if (!isDirty()) {
        emit saved(m_original);
        return;
    }
    const EmailValidation::Result problems = validation();
    if (!problems.ok() && m_enforceRules) {
        ApiError error
            = ApiError::make(ApiError::Kind::Validation, tr("Fix the marked fields before saving."));
        error.errors = problems.errors;
        error.fieldErrors = problems.fieldErrors;
        emit saveFailed(error);
        return;
    }
    if (m_journal)
        m_journal->flush(); // on disk before it goes out, whatever happens next
    if (m_original.isLocalOnly()) {
        // Not in Close yet: there is nothing to PUT to. It waits with the draft (Drafts queues it).
        emit saveFailed(ApiError::make(ApiError::Kind::Network,
                                       tr("It is not in Close yet: it is made there when Close can be "
                                          "reached.")));
        return;
    }
    checkThen(
        State::Checking, [this] { put(); }, [this](const ApiError &error) { emit saveFailed(error); });
}

void DraftSession::checkThen(State checking, const std::function<void()> &write,
                             const std::function<void(const ApiError &)> &failed)
{
    // Has anyone changed it since we loaded it? Ask for just what tells us.
    setState(checking);
    ApiCall *call = m_client->email(
        m_original.id(), {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("date_updated")});
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, write, failed](const ApiResult &result) {
        if (!result.ok()) {
            setState(State::Idle);
            failed(result.error);
            return;
        }
        const EmailActivity server
            = EmailActivity::fromJson(result.object(), EmailActivity::ParseMode::Partial).activity;
        const bool stillDraft = server.status() == EmailStatus::Draft;
        const bool untouched = server.dateUpdated() == m_original.dateUpdated();
        if (stillDraft && untouched) {
            write();
            return;
        }
        // Fetch their whole copy: to see whether it really differs from mine, and if it does, so the
        // user can compare field by field.
        ApiCall *full = m_client->email(m_original.id());
        m_call = full;
        connect(full, &ApiCall::finished, this, [this, write, failed](const ApiResult &answer) {
            if (!answer.ok()) {
                setState(State::Idle);
                failed(answer.error);
                return;
            }
            const EmailActivity theirs = EmailActivity::fromJson(answer.object()).activity;
            const bool theirsIsDraft = theirs.status() == EmailStatus::Draft;
            if (theirsIsDraft && theirsAgreeWithMine(theirs)) {
                rebaseOn(theirs); // no conflict: Close already has what I have where it changed
                write();
                return;
            }
            setState(State::Idle);
            m_theirs = theirs;
            emit conflict(m_theirs,
                          theirsIsDraft ? tr("Someone changed this draft in Close since you opened it.")
                                        : tr("This email is no longer a draft in Close (it is %1 now).")
                                              .arg(EmailStatuses::displayName(
                                                  m_theirs.status().value_or(EmailStatus::Sent))));
        });
    });
}

void DraftSession::put()
{
    if (!isDirty()) { // a rebase found Close already holds every edit
        setState(State::Idle);
        if (m_journal)
            m_journal->remove(m_original.id());
        emit saved(m_original);
        return;
    }
    setState(State::Saving);
    const QJsonObject body = changes().body();
    ApiCall *call = m_client->updateEmail(m_original.id(), body);
    m_call = call;
    const EmailActivity sentCopy = m_current;
    connect(call, &ApiCall::finished, this, [this, sentCopy](const ApiResult &result) {
        const EmailActivity::ParseResult answer = EmailActivity::fromJson(result.object());
        const bool answerReadable = result.ok() && answer.ok() && answer.activity.id() == m_original.id();
        if (!answerReadable) {
            ApiError error = result.ok() ? ApiError::make(ApiError::Kind::BadResponse,
                                                          tr("Close's answer to the save could not be read."))
                                         : result.error;
            // No answer, or one we cannot read: the save may have happened. Ask Close before saying.
            if (error.isAmbiguousForWrites()) {
                readBackAfterSave(error);
                return;
            }
            setState(State::Idle);
            emit saveFailed(error); // the edits stay here and in the journal
            return;
        }
        setState(State::Idle);
        // Edits typed while the PUT was under way stay on top of the new original.
        const QJsonObject typedSince = DraftChanges::between(sentCopy, m_current).body();
        m_original = answer.activity;
        m_current = answer.activity;
        for (auto it = typedSince.constBegin(); it != typedSince.constEnd(); ++it)
            m_current.setValue(it.key(), it.value());
        if (m_journal && !isDirty())
            m_journal->remove(m_original.id());
        m_wasDirty = isDirty();
        emit dirtyChanged(m_wasDirty);
        emit serverCopyChanged(m_original);
        emit saved(m_original);
    });
}

void DraftSession::readBackAfterSave(const ApiError &error)
{
    ApiCall *read = m_client->email(m_original.id());
    m_call = read;
    connect(read, &ApiCall::finished, this, [this, error](const ApiResult &current) {
        setState(State::Idle);
        const EmailActivity::ParseResult theirs = EmailActivity::fromJson(current.object());
        if (current.ok() && theirs.ok() && theirs.activity.status() == EmailStatus::Draft
            && theirsAgreeWithMine(theirs.activity)) {
            rebaseOn(theirs.activity);
            if (!isDirty()) { // Close has every change of mine: that is a save
                if (m_journal)
                    m_journal->remove(m_original.id());
                emit saved(m_original);
                return;
            }
        }
        emit saveFailed(error); // not (all) there: the edits stay here and in the journal
    });
}

std::optional<QString> DraftSession::sendRawPut(const QString &jsonText)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(jsonText.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return tr("Not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString());
    if (!document.isObject())
        return tr("The body of a PUT is a JSON object: { … }.");
    if (m_state != State::Idle)
        return tr("A request for this email is under way; wait for its answer.");
    // Checked for syntax only: the point is to see what the server says to it.
    setState(State::Saving);
    ApiCall *call = m_client->updateEmail(m_original.id(), document.object());
    m_call = call;
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        setState(State::Idle);
        if (!result.ok()) {
            emit saveFailed(result.error);
            return;
        }
        const EmailActivity::ParseResult answer = EmailActivity::fromJson(result.object());
        const QJsonObject mine = changes().body();
        m_original = answer.activity;
        m_current = answer.activity;
        for (auto it = mine.constBegin(); it != mine.constEnd(); ++it)
            m_current.setValue(it.key(), it.value()); // the editor's own unsaved edits stay
        emit changed();
        emit serverCopyChanged(m_original);
        emit saved(m_original);
    });
    return std::nullopt;
}

QStringList DraftSession::schemaNotes() const
{
    QStringList lines;
    for (const EmailActivity::SchemaNote &note : EmailActivity::schemaNotes(m_original.toJson()))
        lines.append(note.text());
    return lines;
}

QString DraftSession::serverJsonText() const
{
    return QString::fromUtf8(QJsonDocument(m_original.toJson()).toJson(QJsonDocument::Indented));
}

QString DraftSession::nextPutText() const
{
    const DraftChanges pending = changes();
    if (pending.isEmpty())
        return tr("(nothing to save: no field differs from the server's copy)");
    return QStringLiteral("PUT activity/email/%1/\n").arg(m_original.id())
        + QString::fromUtf8(QJsonDocument(pending.body()).toJson(QJsonDocument::Indented));
}

QJsonObject DraftSession::bodyFor(const SendPlan &plan) const
{
    return plan.putBody(changes().body(), m_original);
}

void DraftSession::sendNow(const QString &sender, int sendInSeconds)
{
    send({.mode = SendPlan::Mode::Now, .sender = sender, .sendInSeconds = sendInSeconds});
}

void DraftSession::schedule(const QString &sender, const QDateTime &whenUtc, const QDate &followup)
{
    send({.mode = SendPlan::Mode::Schedule, .sender = sender, .whenUtc = whenUtc, .followup = followup});
}

void DraftSession::send(const SendPlan &plan)
{
    if (m_state != State::Idle)
        return; // one click, one request
    if (m_original.isLocalOnly()) {
        emit sendFailed(ApiError::make(ApiError::Kind::Network,
                                       tr("It is not in Close yet, and sending needs Close. It is made "
                                          "there when Close can be reached; send it then.")),
                        std::nullopt);
        return;
    }
    if (activeUploads() > 0) {
        emit sendFailed(ApiError::make(ApiError::Kind::Validation, check(plan).errors.constLast()),
                        std::nullopt);
        return;
    }
    const EmailValidation::Result problems = SendPlan::validate(m_original, bodyFor(plan));
    if (!problems.ok() && m_enforceRules) {
        ApiError error = ApiError::make(ApiError::Kind::Validation, tr("The email cannot go out yet."));
        error.errors = problems.errors;
        error.fieldErrors = problems.fieldErrors;
        emit sendFailed(error, std::nullopt);
        return;
    }
    if (m_journal)
        m_journal->flush();
    if (plan.mode == SendPlan::Mode::Now)
        m_lastSendIn = plan.sendInSeconds;
    else if (!plan.zoneId.isEmpty())
        m_scheduleZone = QTimeZone(plan.zoneId);
    // As a save does: a send never carries edits made against a copy Close no longer has.
    checkThen(
        State::Sending, [this, plan] { sendPut(bodyFor(plan)); },
        [this](const ApiError &error) { emit sendFailed(error, std::nullopt); });
}

void DraftSession::sendPut(const QJsonObject &body)
{
    setState(State::Sending);
    ApiCall *call = m_client->updateEmail(m_original.id(), body);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        const EmailActivity::ParseResult parsed = EmailActivity::fromJson(result.object());
        if (result.ok() && parsed.ok() && parsed.activity.id() == m_original.id()) {
            setState(State::Idle);
            const EmailActivity &answer = parsed.activity;
            if (answer.status() == EmailStatus::Outbox)
                m_undoDeadline = QDateTime::currentDateTimeUtc().addSecs(qMax(m_lastSendIn, 0));
            adopt(answer);
            emit sent(m_original);
            return;
        }
        const ApiError error = result.ok()
            ? ApiError::make(ApiError::Kind::BadResponse, tr("Close's answer to the send could not be read."))
            : result.error;
        if (result.readBack) {
            finishFailedSend(error, result.readBack);
            return;
        }
        // An unreadable answer, or a refusal of a send ("Only drafts can be modified": the same
        // request may already have got through once): read the email back before telling the user
        // anything. Never send again.
        if (!result.ok() && error.kind != ApiError::Kind::Validation) {
            finishFailedSend(error, std::nullopt);
            return;
        }
        ApiCall *read = m_client->email(m_original.id());
        m_call = read;
        connect(read, &ApiCall::finished, this, [this, error](const ApiResult &current) {
            finishFailedSend(error,
                             current.ok() ? std::optional<QJsonObject>(current.object()) : std::nullopt);
        });
    });
}

void DraftSession::finishFailedSend(const ApiError &error, const std::optional<QJsonObject> &readBack)
{
    setState(State::Idle);
    std::optional<EmailActivity> serverCopy;
    if (readBack && EmailActivity::fromJson(*readBack).ok()) {
        serverCopy = EmailActivity::fromJson(*readBack).activity;
        // It went out after all: the copy Close has is the truth from now on.
        if (serverCopy->status() != EmailStatus::Draft)
            adopt(*serverCopy);
    }
    emit sendFailed(error, serverCopy);
}

void DraftSession::unschedule()
{
    if (m_state != State::Idle)
        return;
    setState(State::Sending);
    ApiCall *call
        = m_client->updateEmail(m_original.id(), {{QStringLiteral("status"), QStringLiteral("draft")}});
    m_call = call;
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (result.ok() && result.object().value(u"status").toString() == QLatin1String("draft")) {
            setState(State::Idle);
            adopt(EmailActivity::fromJson(result.object()).activity);
            emit unscheduled(m_original);
            return;
        }
        // Refused or unclear: what does Close have now?
        ApiCall *read = m_client->email(m_original.id());
        m_call = read;
        connect(read, &ApiCall::finished, this, [this, result](const ApiResult &current) {
            setState(State::Idle);
            if (!current.ok()) {
                emit sendFailed(result.ok() ? current.error : result.error, std::nullopt);
                return;
            }
            const EmailActivity now = EmailActivity::fromJson(current.object()).activity;
            adopt(now);
            if (now.status() == EmailStatus::Draft)
                emit unscheduled(now);
            else
                emit tooLateToUnschedule(now);
        });
    });
}
