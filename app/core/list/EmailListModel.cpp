#include "core/list/EmailListModel.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/base/BidiText.h"
#include "core/base/EmailAddress.h"
#include "core/base/IsoDateTime.h"

#include <QJsonArray>
#include <QLocale>

#include <limits>
#include <simdjson.h>
#include <utility>

EmailListModel::EmailListModel(CloseClient *client, QObject *parent)
    : QAbstractTableModel(parent), m_client(client)
{ }

EmailListModel::~EmailListModel()
{
    // Calls still running belong to the client; make sure they cannot reach us any more.
    if (m_pageCall)
        m_pageCall->cancel();
    if (m_refreshCall)
        m_refreshCall->cancel();
}

QStringList EmailListModel::listFields()
{
    return {QStringLiteral("id"),           QStringLiteral("status"),       QStringLiteral("subject"),
            QStringLiteral("to"),           QStringLiteral("sender"),       QStringLiteral("lead_id"),
            QStringLiteral("date_created"), QStringLiteral("date_updated"), QStringLiteral("date_scheduled"),
            QStringLiteral("date_sent"),    QStringLiteral("activity_at")};
}

EmailListModel::Row EmailListModel::rowFrom(const EmailActivity &email)
{
    Row row;
    const std::optional<EmailStatus> status = email.status();
    row.status = status.value_or(EmailStatus::Draft);
    row.statusUnreadable = !status.has_value();
    const QByteArray id = email.id().toUtf8();
    const QByteArray subject = email.subject().toUtf8();
    const QByteArray to = email.to().join(QLatin1String(", ")).toUtf8();
    const QByteArray sender = email.sender().toUtf8();
    const QByteArray leadId = email.leadId().toUtf8();
    row.text.reserve(id.size() + subject.size() + to.size() + sender.size() + leadId.size());
    row.text.append(id).append(subject).append(to).append(sender).append(leadId);
    row.idEnd = quint32(id.size());
    row.subjectEnd = quint32(row.idEnd + subject.size());
    row.toEnd = quint32(row.subjectEnd + to.size());
    row.senderEnd = quint32(row.toEnd + sender.size());
    row.end = quint32(row.text.size());
    const QJsonValue created = email.value(QLatin1String("date_created"));
    row.createdMicros = created.isString() ? IsoDateTime::parseMicros(created.toString()).value_or(0) : 0;
    row.updated = email.dateUpdated();
    row.scheduled = email.dateScheduled();
    row.sent = email.dateSent();
    row.activity = email.activityAt();
    return row;
}

EmailListModel::Row EmailListModel::rowFrom(const QJsonObject &json)
{
    // Unchecked: the row reads a handful of fields through type-safe accessors, and checking every
    // field of every record was a quarter of the client's time in listing 10,000 emails.
    return rowFrom(EmailActivity::unchecked(json));
}

void EmailListModel::shareBlock(QList<Row> &rows)
{
    qsizetype total = 0;
    for (const Row &row : std::as_const(rows))
        total += row.end - row.start;
    QByteArray block;
    block.reserve(total);
    QList<quint32> starts;
    starts.reserve(rows.size());
    for (const Row &row : std::as_const(rows)) {
        starts.append(quint32(block.size()));
        block.append(row.part(row.start, row.end));
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row &row = rows[i];
        const qint64 shift = qint64(starts.at(i)) - row.start;
        row.text = block;
        row.start = quint32(row.start + shift);
        row.idEnd = quint32(row.idEnd + shift);
        row.subjectEnd = quint32(row.subjectEnd + shift);
        row.toEnd = quint32(row.toEnd + shift);
        row.senderEnd = quint32(row.senderEnd + shift);
        row.end = quint32(row.end + shift);
    }
}

QDateTime EmailListModel::created(const Row &row)
{
    return row.createdMicros == 0 ? QDateTime()
                                  : QDateTime::fromMSecsSinceEpoch(row.createdMicros / 1000, Qt::UTC);
}

QString EmailListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? QString::fromUtf8(m_rows.at(row).id()) : QString();
}

bool EmailListModel::canRetry() const
{
    switch (m_lastError.kind) {
    case ApiError::Kind::Validation:
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Forbidden:
        return false;
    default:
        return m_plan && m_plan->state() != ListPlan::State::Stuck;
    }
}

ListPlan EmailListModel::newPlan() const
{
    ListPlan::Window range;
    if (m_query.createdAfter.isValid())
        range.from = m_query.createdAfter.toMSecsSinceEpoch() * 1000;
    if (m_query.createdBefore.isValid())
        range.until = m_query.createdBefore.toMSecsSinceEpoch() * 1000;
    return ListPlan(range, pageSize, m_maxSkip);
}

void EmailListModel::setQuery(const EmailQuery &query)
{
    m_query = query;
    reset(newPlan());
    m_started = true;
    requestPage();
}

void EmailListModel::clear()
{
    const bool wasLoading = isLoading();
    reset(std::nullopt);
    m_started = false;
    if (wasLoading)
        emit loadingChanged(false);
}

void EmailListModel::reset(std::optional<ListPlan> plan)
{
    ++m_generation; // answers still on their way belong to the old rows
    cancelPrefetch();
    for (QPointer<ApiCall> *call : {&m_pageCall, &m_refreshCall}) {
        if (*call)
            (*call)->cancel();
        *call = nullptr;
    }
    m_loadAll = false;
    m_lastError = {};
    m_unreadableRows = 0;
    m_listRequests = 0;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_plan = std::move(plan);
    endResetModel();
}

ApiCall *EmailListModel::requestFor(const ListPlan &plan)
{
    return requestFor(plan.next());
}

ApiCall *EmailListModel::requestFor(const ListPlan::Request &request)
{
    EmailQuery page = m_query;
    page.createdFromMicros = request.window.from;
    page.createdUntilMicros = request.window.until;
    page.skip = request.skip;
    page.limit = request.limit;
    page.fields
        = request.probe ? QStringList {QStringLiteral("id"), QStringLiteral("date_created")} : listFields();
    ++m_listRequests;
    return m_client->listEmails(page, CloseClient::Answer::Bytes);
}

void EmailListModel::requestPage()
{
    if (m_pageCall || m_refreshCall || m_prefetchQueued || !m_plan || m_plan->isDone())
        return;
    const ListPlan::Request wanted = m_plan->next();
    const quint64 generation = m_generation;
    if (!m_ahead.isEmpty() && sameRequest(m_ahead.constFirst().request, wanted)) {
        // The page asked for ahead is the one the plan wants: take it, answered or still on its way.
        PageAhead taken = m_ahead.takeFirst();
        m_pageCall = taken.call;
        if (taken.result) {
            m_prefetchQueued = true; // after this page's rows are in, in the server's order
            QMetaObject::invokeMethod(
                this,
                [this, generation, page = *taken.result] {
                    if (generation != m_generation || !m_prefetchQueued)
                        return;
                    m_prefetchQueued = false;
                    onPage(page);
                },
                Qt::QueuedConnection);
        }
    } else {
        cancelPrefetch();
        m_pageCall = watchPage(requestFor(wanted));
    }
    emit loadingChanged(true);
    prefetchAfter(wanted);
}

ApiCall *EmailListModel::watchPage(ApiCall *call)
{
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, generation, call](const ApiResult &result) {
        if (generation != m_generation)
            return;
        if (call == m_pageCall)
            onPage(result);
        else
            for (PageAhead &ahead : m_ahead)
                if (ahead.call == call)
                    ahead.result = result; // kept until the plan asks for this page
    });
    return call;
}

bool EmailListModel::sameRequest(const ListPlan::Request &a, const ListPlan::Request &b)
{
    return a.window == b.window && a.skip == b.skip && a.limit == b.limit && a.probe == b.probe;
}

void EmailListModel::prefetchAfter(const ListPlan::Request &current)
{
    // Load All asks for the following pages while this one travels and is read: the server works on
    // them while the client parses, so listing takes about the longer of the two, not their sum.
    // With one page ahead, both answers often arrive while the client reads the first and the server
    // waits; pagesAskedAhead keeps it busy. Only the plain case is guessed (full pages in the same
    // window, below the skip cap); wrong guesses are cancelled when the plan asks for something else.
    if (!m_loadAll || current.probe)
        return;
    ListPlan guess = *m_plan;
    ListPlan::Request last = current;
    guess.answer({}, last.limit, true);
    for (const PageAhead &ahead : std::as_const(m_ahead)) {
        if (guess.isDone() || !sameRequest(guess.next(), ahead.request))
            return; // not the plain case after all: the plan will cancel these
        last = ahead.request;
        guess.answer({}, last.limit, true);
    }
    while (m_ahead.size() < pagesAskedAhead && !guess.isDone()) {
        const ListPlan::Request next = guess.next();
        if (next.probe || !(next.window == last.window) || next.skip != last.skip + last.limit)
            return;
        m_ahead.append({next, nullptr, std::nullopt});
        m_ahead.last().call = watchPage(requestFor(next));
        last = next;
        guess.answer({}, last.limit, true);
    }
}

void EmailListModel::cancelPrefetch()
{
    const QList<PageAhead> ahead = std::exchange(m_ahead, {});
    for (const PageAhead &page : ahead)
        if (page.call)
            page.call->cancel();
    m_prefetchQueued = false;
}

namespace {
// A string field as EmailActivity reads it: its text when it is a string, else nothing.
std::string_view stringOf(simdjson::dom::element value, bool *isString = nullptr)
{
    std::string_view text;
    const bool ok = value.get(text) == simdjson::SUCCESS;
    if (isString)
        *isString = ok;
    return ok ? text : std::string_view();
}

QDateTime dateOf(std::string_view text)
{
    return text.empty() ? QDateTime()
                        : IsoDateTime::parse(QString::fromUtf8(text.data(), qsizetype(text.size())));
}
} // namespace

void EmailListModel::addRecord(std::optional<Row> row, PageAnswer &answer, PageReading &reading)
{
    // A record that is not an object, or has no id, fails alone.
    if (!row) {
        if (!answer.probe)
            ++m_unreadableRows;
        return;
    }
    ++answer.readable;
    if (row->createdMicros != 0)
        reading.dates.append(row->createdMicros);
    if (!answer.probe && !reading.seen.contains(row->id().toByteArray())) {
        reading.seen.insert(row->id().toByteArray());
        answer.rows.append(std::move(*row));
    }
}

bool EmailListModel::readParsedPage(const QJsonDocument &json, PageAnswer &answer, PageReading &reading)
{
    const QJsonObject page = json.object();
    if (!json.isObject() || !page.value(u"data").isArray())
        return false;
    const QJsonArray records = page.value(u"data").toArray();
    reading.dates.reserve(records.size());
    answer.rows.reserve(answer.probe ? 0 : records.size());
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        addRecord(value.isObject() && !record.value(u"id").toString().isEmpty()
                      ? std::optional(rowFrom(record))
                      : std::nullopt,
                  answer, reading);
    }
    reading.records = int(records.size());
    reading.hasMore = page.value(u"has_more").toBool(false);
    return true;
}

EmailListModel::PageBytes EmailListModel::readPageBytes(const QByteArray &body, PageAnswer &answer,
                                                        PageReading &reading)
{
    // simdjson validates the whole document (structure and UTF-8) before anything is read, so a page
    // either reads completely or not at all; anything it refuses, nesting deeper than this included,
    // goes to Qt's parser, whose answers (and errors) stay the reference.
    constexpr size_t maxDepth = 128;
    simdjson::dom::parser parser; // per page: its buffers go with it instead of staying allocated
    const simdjson::padded_string padded(body.constData(), size_t(body.size()));
    simdjson::dom::element document;
    if (parser.allocate(padded.size(), maxDepth) != simdjson::SUCCESS
        || parser.parse(padded).get(document) != simdjson::SUCCESS)
        return PageBytes::Unread;
    simdjson::dom::object page;
    if (document.get(page) != simdjson::SUCCESS)
        return PageBytes::NotAPage;
    // Where a key comes twice, the last one counts, as in QJsonDocument.
    std::optional<simdjson::dom::element> data;
    bool hasMore = false;
    for (const simdjson::dom::key_value_pair field : page) {
        if (field.key == "data")
            data = field.value;
        else if (field.key == "has_more")
            hasMore = field.value.is_bool() && field.value.get_bool().value_unsafe();
    }
    simdjson::dom::array records;
    if (!data || data->get(records) != simdjson::SUCCESS)
        return PageBytes::NotAPage;
    reading.dates.reserve(qsizetype(records.size()));
    answer.rows.reserve(answer.probe ? 0 : qsizetype(records.size()));
    int count = 0;
    for (const simdjson::dom::element value : records) {
        ++count;
        simdjson::dom::object record;
        if (value.get(record) != simdjson::SUCCESS) {
            addRecord(std::nullopt, answer, reading);
            continue;
        }
        // The fields rowFrom(EmailActivity) reads, with the same rules: text only when it is a string.
        std::string_view id, status, subject, sender, leadId, created, updated, scheduled, sent, activity;
        const std::pair<std::string_view, std::string_view *> texts[] = {
            {"id", &id},
            {"status", &status},
            {"subject", &subject},
            {"sender", &sender},
            {"lead_id", &leadId},
            {"date_updated", &updated},
            {"date_scheduled", &scheduled},
            {"date_sent", &sent},
            {"activity_at", &activity},
        };
        std::optional<simdjson::dom::element> to;
        bool createdIsString = false;
        for (const simdjson::dom::key_value_pair field : record) {
            if (field.key == "to") {
                to = field.value;
            } else if (field.key == "date_created") {
                created = stringOf(field.value, &createdIsString);
            } else {
                for (const auto &[name, text] : texts) {
                    if (field.key == name) {
                        *text = stringOf(field.value);
                        break;
                    }
                }
            }
        }
        if (id.empty()) {
            addRecord(std::nullopt, answer, reading);
            continue;
        }
        QByteArray recipients; // joined as QStringList::join does: empty addresses count too
        simdjson::dom::array toList;
        if (to && to->get(toList) == simdjson::SUCCESS) {
            bool first = true;
            for (const simdjson::dom::element item : toList) {
                std::string_view address;
                if (item.get(address) != simdjson::SUCCESS)
                    continue;
                if (!std::exchange(first, false))
                    recipients.append(", ");
                recipients.append(address.data(), qsizetype(address.size()));
            }
        }
        Row row;
        const std::optional<EmailStatus> known
            = EmailStatuses::fromApi(QString::fromUtf8(status.data(), qsizetype(status.size())));
        row.status = known.value_or(EmailStatus::Draft);
        row.statusUnreadable = !known.has_value();
        const auto append = [&row](std::string_view part) {
            row.text.append(part.data(), qsizetype(part.size()));
        };
        row.text.reserve(qsizetype(id.size() + subject.size() + sender.size() + leadId.size())
                         + recipients.size());
        append(id);
        row.idEnd = quint32(row.text.size());
        append(subject);
        row.subjectEnd = quint32(row.text.size());
        row.text.append(recipients);
        row.toEnd = quint32(row.text.size());
        append(sender);
        row.senderEnd = quint32(row.text.size());
        append(leadId);
        row.end = quint32(row.text.size());
        row.createdMicros = createdIsString
            ? IsoDateTime::parseMicros(QString::fromUtf8(created.data(), qsizetype(created.size())))
                  .value_or(0)
            : 0;
        row.updated = dateOf(updated);
        row.scheduled = dateOf(scheduled);
        row.sent = dateOf(sent);
        row.activity = dateOf(activity);
        addRecord(std::move(row), answer, reading);
    }
    reading.records = count;
    reading.hasMore = hasMore;
    return PageBytes::Read;
}

std::optional<EmailListModel::PageAnswer> EmailListModel::answerPlan(const ApiResult &result, ListPlan &plan,
                                                                     ApiError *error)
{
    // A list page must be {"data": [objects], "has_more": bool}; anything else is a bad answer.
    PageAnswer answer;
    answer.probe = plan.next().probe;
    PageReading reading;
    bool isPage = false;
    if (result.json.isNull() && !result.body.isNull()) {
        // The bytes as they came (CloseClient::Answer::Bytes): read straight into rows.
        switch (readPageBytes(result.body, answer, reading)) {
        case PageBytes::Read:
            isPage = true;
            break;
        case PageBytes::NotAPage:
            break;
        case PageBytes::Unread: {
            // Refused before any record was read: nothing to undo.
            ApiResult parsed;
            parsed.httpStatus = result.httpStatus;
            ApiCall::readJson(result.body, m_client->baseUrl().host(), parsed);
            if (!parsed.ok()) {
                *error = parsed.error;
                return std::nullopt;
            }
            isPage = readParsedPage(parsed.json, answer, reading);
            break;
        }
        }
    } else {
        isPage = readParsedPage(result.json, answer, reading);
    }
    if (!isPage) {
        *error = ApiError::make(ApiError::Kind::BadResponse,
                                tr("The email list came back in an unexpected shape."));
        return std::nullopt;
    }
    plan.answer(reading.dates, reading.records, reading.hasMore);
    shareBlock(answer.rows);
    return answer;
}

bool EmailListModel::adaptToSkipCap(const ApiResult &result, ListPlan &plan)
{
    return result.error.kind == ApiError::Kind::Validation
        && result.error.fieldErrors.contains(QStringLiteral("_skip")) && plan.skipRefused();
}

void EmailListModel::onPage(const ApiResult &result)
{
    m_pageCall = nullptr;
    if (!result.ok()) {
        if (adaptToSkipCap(result, *m_plan)) {
            requestPage();
            return;
        }
        fail(result.error);
        return;
    }
    ApiError error;
    const std::optional<PageAnswer> answer = answerPlan(result, *m_plan, &error);
    if (!answer) {
        fail(error);
        return;
    }
    m_lastError = {};
    QList<Row> fresh;
    fresh.reserve(answer->rows.size());
    for (const Row &row : answer->rows) {
        // A row we already have (a window paged again, or the list shifted) is not shown twice.
        if (!m_rowById.contains(row.key()))
            fresh.append(row);
    }
    if (!fresh.isEmpty()) {
        for (qsizetype i = 0; i < fresh.size(); ++i)
            m_rowById.insert(fresh.at(i).key(), int(m_rows.size() + i));
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }
    checkStuck();
    // Probes and pages of rows already loaded add nothing to see: go on at once while the view (or
    // Load All) still wants rows, so that canFetchMore is not asked about an empty step.
    const bool continueAtOnce = m_loadAll || answer->probe || (fresh.isEmpty() && answer->readable > 0);
    const bool more = continueAtOnce && hasMore() && !m_lastError.isError();
    if (more) {
        requestPage(); // usually taken from the page Load All asked for ahead
    } else {
        cancelPrefetch(); // a guess past the last page, or Load All stopped
        m_loadAll = m_loadAll && hasMore();
        if (!hasMore())
            m_rows.squeeze(); // every row is in: give back what growing the list reserved
        emit loadingChanged(false);
    }
    emit pageLoaded(int(m_rows.size()), hasMore());
    resolveLeads(fresh);
}

void EmailListModel::checkStuck()
{
    if (!m_plan || m_plan->state() != ListPlan::State::Stuck)
        return;
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(m_plan->stuckAt() / 1000, Qt::UTC);
    m_lastError = ApiError::make(
        ApiError::Kind::BadResponse,
        tr("More than %n emails were created at the same moment (%1), and Close cannot list past that "
           "many in one go. Filter by lead or user to see the rest.",
           nullptr, m_plan->maxSkip() + pageSize)
            .arg(QLocale().toString(instant.toLocalTime(), QLocale::LongFormat)));
    m_loadAll = false;
    emit errorOccurred(m_lastError);
}

void EmailListModel::fail(const ApiError &error)
{
    m_lastError = error;
    m_loadAll = false;
    cancelPrefetch(); // the page after a failed one is asked again, in order, on retry
    emit loadingChanged(false);
    emit errorOccurred(error);
    emit pageLoaded(int(m_rows.size()), hasMore());
}

bool EmailListModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failure the view must not hammer the server: retry() is the user's call.
    return !parent.isValid() && m_started && hasMore() && !isLoading() && !m_lastError.isError();
}

void EmailListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void EmailListModel::retry()
{
    if (!m_started || !m_plan) {
        setQuery(m_query);
        return;
    }
    m_lastError = {};
    if (hasMore())
        requestPage();
    else
        refresh();
}

void EmailListModel::loadAll()
{
    m_loadAll = true;
    m_lastError = {};
    if (!isLoading() && hasMore())
        requestPage();
}

void EmailListModel::refresh()
{
    if (!m_started || m_refreshCall)
        return;
    if (m_pageCall)
        m_pageCall->cancel();
    m_pageCall = nullptr;
    cancelPrefetch();
    m_lastError = {};
    ++m_generation;
    emit loadingChanged(true);
    // Everything loaded before: everything again (new emails included). Otherwise as many as shown.
    const int target = hasMore() ? qMax(int(m_rows.size()), int(pageSize)) : std::numeric_limits<int>::max();
    refreshStep({}, {}, newPlan(), target);
}

void EmailListModel::refreshStep(QList<Row> collected, QSet<QByteArray> seen, ListPlan plan, int target)
{
    m_refreshCall = requestFor(plan);
    const quint64 generation = m_generation;
    connect(m_refreshCall, &ApiCall::finished, this,
            [this, collected, seen, plan, target, generation](const ApiResult &result) mutable {
                if (generation != m_generation)
                    return;
                m_refreshCall = nullptr;
                if (!result.ok()) {
                    if (adaptToSkipCap(result, plan)) {
                        refreshStep(std::move(collected), std::move(seen), std::move(plan), target);
                        return;
                    }
                    fail(result.error);
                    return;
                }
                ApiError error;
                const std::optional<PageAnswer> answer = answerPlan(result, plan, &error);
                if (!answer) {
                    fail(error);
                    return;
                }
                for (const Row &row : answer->rows) {
                    if (!seen.contains(row.id().toByteArray())) {
                        seen.insert(row.id().toByteArray());
                        collected.append(row);
                    }
                }
                if (!plan.isDone() && collected.size() < target) {
                    refreshStep(std::move(collected), std::move(seen), std::move(plan), target);
                    return;
                }
                onRefreshed(collected, std::move(plan));
            });
}

void EmailListModel::onRefreshed(const QList<Row> &rows, ListPlan plan)
{
    m_plan = std::move(plan);
    // Grow or shrink at the end first; then a layout change moves every row (and every persistent
    // index: the selection, the current row) to where its id now is.
    const int oldCount = int(m_rows.size());
    const int newCount = int(rows.size());
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_rows.append(rows.mid(oldCount));
        endInsertRows();
    } else if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_rows.resize(newCount);
        endRemoveRows();
    }
    emit layoutAboutToBeChanged();
    QHash<QByteArray, int> newRowById;
    for (int i = 0; i < newCount; ++i)
        newRowById.insert(rows.at(i).key(), i);
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (const QModelIndex &index : persistent) {
        const int row = newRowById.value(m_rows.at(index.row()).key(), -1);
        moved.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
    }
    m_rows = rows;
    changePersistentIndexList(persistent, moved);
    rebuildIndex();
    emit layoutChanged();
    emit dataChanged(index(0, 0), index(qMax(0, newCount - 1), ColumnCount - 1));
    checkStuck();
    emit loadingChanged(false);
    emit pageLoaded(newCount, hasMore());
    resolveLeads(m_rows);
}

void EmailListModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).key(), i);
}

void EmailListModel::updateEmail(const EmailActivity &email)
{
    const int row = rowForId(email.id());
    if (row < 0)
        return;
    EmailActivity merged = email;
    if (merged.leadId().isEmpty()) // a projection without lead_id keeps the lead it had
        merged.setValue(QStringLiteral("lead_id"), QString::fromUtf8(m_rows.at(row).leadId().toByteArray()));
    // The index's key borrows the old row's bytes: re-key before they can go.
    m_rowById.remove(m_rows.at(row).key());
    m_rows[row] = rowFrom(merged);
    m_rowById.insert(m_rows.at(row).key(), row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EmailListModel::insertEmail(const EmailActivity &email)
{
    if (email.id().isEmpty() || rowForId(email.id()) >= 0)
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(rowFrom(email));
    rebuildIndex();
    endInsertRows();
    resolveLeads({m_rows.constFirst()});
}

EmailActivity EmailListModel::summaryAt(int row) const
{
    EmailActivity email;
    if (row < 0 || row >= m_rows.size())
        return email;
    const Row &r = m_rows.at(row);
    email.setValue(QStringLiteral("id"), QString::fromUtf8(r.id()));
    if (!r.statusUnreadable)
        email.setValue(QStringLiteral("status"), EmailStatuses::toApi(r.status));
    email.setValue(QStringLiteral("subject"), QString::fromUtf8(r.subject()));
    email.setValue(QStringLiteral("to"),
                   QJsonArray::fromStringList(EmailAddress::splitList(QString::fromUtf8(r.to()))));
    email.setValue(QStringLiteral("sender"), QString::fromUtf8(r.sender()));
    email.setValue(QStringLiteral("lead_id"), QString::fromUtf8(r.leadId()));
    return email;
}

void EmailListModel::removeEmail(const QString &id)
{
    const int row = rowForId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    if (m_plan)
        m_plan->rowRemoved(m_rows.at(row).createdMicros);
    m_rows.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

void EmailListModel::resolveLeads(const QList<Row> &rows)
{
    for (const Row &row : rows) {
        const QString leadId = QString::fromUtf8(row.leadId().toByteArray());
        if (leadId.isEmpty() || m_leadsAsked.contains(leadId))
            continue;
        m_leadsAsked.insert(leadId);
        ApiCall *call = m_client->lead(leadId);
        connect(call, &ApiCall::finished, this, [this, leadId](const ApiResult &result) {
            if (!result.ok()) {
                m_leadsAsked.remove(leadId); // ask again with the next page
                return;
            }
            m_leadNames.insert(leadId, result.object().value(u"display_name").toString());
            for (int i = 0; i < m_rows.size(); ++i) {
                if (m_rows.at(i).leadId() == QByteArrayView(leadId.toUtf8()))
                    emit dataChanged(index(i, LeadColumn), index(i, LeadColumn));
            }
        });
    }
}

QString EmailListModel::leadName(QByteArrayView leadId) const
{
    const QString id = QString::fromUtf8(leadId);
    return m_leadNames.value(id, id);
}

QDateTime EmailListModel::displayDate(const Row &row) const
{
    switch (row.status) {
    case EmailStatus::Scheduled:
        return row.scheduled.isValid() ? row.scheduled : row.activity;
    case EmailStatus::Sent:
    case EmailStatus::Inbox:
    case EmailStatus::Error:
        return row.sent.isValid() ? row.sent : row.activity;
    case EmailStatus::Outbox:
        return row.activity.isValid() ? row.activity : row.updated;
    case EmailStatus::Draft:
        return created(row);
    }
    return created(row);
}

int EmailListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EmailListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmailListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return QString::fromUtf8(row.id());
    case StatusRole:
        return int(row.status);
    case StatusNameRole:
        return EmailStatuses::toApi(row.status);
    case LeadIdRole:
        return QString::fromUtf8(row.leadId());
    case SearchTextRole:
        return QString(QString::fromUtf8(row.subject()) + QLatin1Char('\n') + QString::fromUtf8(row.to())
                       + QLatin1Char('\n') + QString::fromUtf8(row.sender()) + QLatin1Char('\n')
                       + leadName(row.leadId()));
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return int(row.status);
        case DateColumn:
            return displayDate(row);
        case UpdatedColumn:
            return row.updated;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const auto when = [role](const QDateTime &value) -> QVariant {
        if (!value.isValid())
            return QString();
        const QDateTime local = value.toLocalTime();
        if (role == Qt::ToolTipRole)
            return QLocale().toString(local, QLocale::LongFormat);
        // Minutes are enough in a list; the tooltip has the rest.
        return QString(QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                       + QLocale().toString(local.time(), QStringLiteral("HH:mm")));
    };
    switch (index.column()) {
    case StatusColumn:
        if (row.statusUnreadable)
            return role == Qt::ToolTipRole ? tr("Close sent a status Draftdesk does not know; open the email "
                                                "to see what it holds.")
                                           : tr("Unreadable");
        return EmailStatuses::displayName(row.status);
    case SubjectColumn:
        return row.subject().isEmpty() ? tr("(no subject)")
                                       : BidiText::forDisplay(QString::fromUtf8(row.subject()));
    case ToColumn:
    case SenderColumn: {
        // Names in the column, the full addresses in its tooltip (and in the search text).
        const QString addresses = QString::fromUtf8(index.column() == ToColumn ? row.to() : row.sender());
        if (addresses.isEmpty() && index.column() == SenderColumn && role == Qt::DisplayRole)
            return tr("(no sender)");
        return BidiText::forDisplay(role == Qt::ToolTipRole ? addresses
                                                            : EmailAddress::shownNames(addresses));
    }
    case LeadColumn:
        return leadName(row.leadId());
    case DateColumn:
        return when(displayDate(row));
    case UpdatedColumn:
        return when(row.updated);
    }
    return {};
}

QVariant EmailListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case SubjectColumn:
        return tr("Subject");
    case ToColumn:
        return tr("To");
    case SenderColumn:
        return tr("Sender");
    case LeadColumn:
        return tr("Lead");
    case DateColumn:
        return tr("Date");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}
