#include "DraftSession.h"

#include "CloseClient.h"
#include "DraftJournal.h"

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
    if (!isDirty()) {
        emit saved(m_original);
        return;
    }
    const EmailValidation::Result problems = validation();
    if (!problems.ok()) {
        ApiError error
            = ApiError::make(ApiError::Kind::Validation, tr("Fix the marked fields before saving."));
        error.errors = problems.errors;
        error.fieldErrors = problems.fieldErrors;
        emit saveFailed(error);
        return;
    }
    if (m_journal)
        m_journal->flush(); // on disk before it goes out, whatever happens next
    // Has anyone changed it since we loaded it? Ask for just what tells us.
    setState(State::Checking);
    ApiCall *call = m_client->email(
        m_original.id(), {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("date_updated")});
    m_call = call;
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (!result.ok()) {
            setState(State::Idle);
            emit saveFailed(result.error);
            return;
        }
        const EmailActivity server
            = EmailActivity::fromJson(result.object(), EmailActivity::ParseMode::Partial).activity;
        const bool stillDraft = server.status() == EmailStatus::Draft;
        const bool untouched = server.dateUpdated() == m_original.dateUpdated();
        if (stillDraft && untouched) {
            put();
            return;
        }
        // Fetch their whole copy so the user can compare field by field.
        ApiCall *full = m_client->email(m_original.id());
        m_call = full;
        connect(full, &ApiCall::finished, this, [this, stillDraft](const ApiResult &theirs) {
            setState(State::Idle);
            if (!theirs.ok()) {
                emit saveFailed(theirs.error);
                return;
            }
            m_theirs = EmailActivity::fromJson(theirs.object()).activity;
            emit conflict(m_theirs,
                          stillDraft ? tr("Someone changed this draft in Close since you opened it.")
                                     : tr("This email is no longer a draft in Close (it is %1 now).")
                                           .arg(EmailStatuses::displayName(
                                               m_theirs.status().value_or(EmailStatus::Sent))));
        });
    });
}

void DraftSession::put()
{
    setState(State::Saving);
    const QJsonObject body = changes().body();
    ApiCall *call = m_client->updateEmail(m_original.id(), body);
    m_call = call;
    const EmailActivity sentCopy = m_current;
    connect(call, &ApiCall::finished, this, [this, sentCopy](const ApiResult &result) {
        setState(State::Idle);
        if (!result.ok()) {
            emit saveFailed(result.error); // the edits stay here and in the journal
            return;
        }
        const EmailActivity::ParseResult answer = EmailActivity::fromJson(result.object());
        if (!answer.ok()) {
            emit saveFailed(ApiError::make(
                ApiError::Kind::BadResponse,
                tr("Close saved the draft but answered with a damaged copy: %1").arg(answer.summary())));
            return;
        }
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
        emit saved(m_original);
    });
}

void DraftSession::keepMine()
{
    if (!m_theirs.contains(u"id"))
        return;
    if (m_theirs.status() != EmailStatus::Draft) {
        emit saveFailed(ApiError::make(ApiError::Kind::Validation,
                                       tr("It is no longer a draft, so it cannot be changed. Copy your text "
                                          "into a new draft instead.")));
        return;
    }
    // Mine goes over theirs: the new base is their copy, my edits stay as they are.
    const QJsonObject mine = changes().body();
    m_original = m_theirs;
    m_current = m_theirs;
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it)
        m_current.setValue(it.key(), it.value());
    m_theirs = {};
    emit changed();
    put();
}

void DraftSession::takeTheirs()
{
    if (!m_theirs.contains(u"id"))
        return;
    m_original = m_theirs;
    m_current = m_theirs;
    m_theirs = {};
    if (m_journal)
        m_journal->remove(m_original.id());
    emit changed();
    m_wasDirty = false;
    emit dirtyChanged(false);
}
