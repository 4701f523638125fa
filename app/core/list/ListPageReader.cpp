#include "core/list/ListPageReader.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiResult.h"
#include "core/base/IsoDateTime.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>
#include <utility>

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
// A record's row, read as ListRow::from(EmailActivity) reads it; nothing without an id.
std::optional<ListRow> rowFromRecord(simdjson::dom::object record)
{
    // The fields ListRow::from(EmailActivity) reads, with the same rules: text only when it is a string.
    std::string_view id, status, subject, sender, leadId, userId, contactId, created, updated, scheduled,
        sent, activity;
    const std::pair<std::string_view, std::string_view *> texts[] = {
        {"id", &id},
        {"status", &status},
        {"subject", &subject},
        {"sender", &sender},
        {"lead_id", &leadId},
        {"user_id", &userId},
        {"contact_id", &contactId},
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
    if (id.empty())
        return std::nullopt;
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
    ListRow row;
    const std::optional<EmailStatus> known
        = EmailStatuses::fromApi(QString::fromUtf8(status.data(), qsizetype(status.size())));
    row.status = known.value_or(EmailStatus::Draft);
    row.statusUnreadable = !known.has_value();
    const auto append = [&row](std::string_view part) {
        row.text.append(part.data(), qsizetype(part.size()));
    };
    row.text.reserve(qsizetype(id.size() + subject.size() + sender.size() + leadId.size() + userId.size()
                               + contactId.size())
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
    row.leadEnd = quint32(row.text.size());
    append(userId);
    row.userEnd = quint32(row.text.size());
    append(contactId);
    row.end = quint32(row.text.size());
    row.createdMicros = createdIsString
        ? IsoDateTime::parseMicros(QString::fromUtf8(created.data(), qsizetype(created.size()))).value_or(0)
        : 0;
    row.updated = dateOf(updated);
    row.scheduled = dateOf(scheduled);
    row.sent = dateOf(sent);
    row.activity = dateOf(activity);
    return row;
}
} // namespace

std::optional<ListPageReader::Page> ListPageReader::read(const ApiResult &result, bool probe,
                                                         const QString &host, ApiError *error)
{
    ListPageReader reader(probe);
    bool isPage = false;
    if (result.json.isNull() && !result.body.isNull()) {
        // The bytes as they came (CloseClient::Answer::Bytes): read straight into rows.
        switch (reader.readBytes(result.body)) {
        case Bytes::Read:
            isPage = true;
            break;
        case Bytes::NotAPage:
            break;
        case Bytes::Unread: {
            // Refused before any record was read: nothing to undo. Qt's parser is the reference; where
            // it refuses the page, the records are read one by one, so one bad record costs one row.
            QJsonParseError parseError;
            const QJsonDocument json = QJsonDocument::fromJson(result.body, &parseError);
            if (parseError.error == QJsonParseError::NoError) {
                isPage = reader.readParsed(json);
            } else if (const std::optional<JsonListSalvage::Result> salvaged
                       = JsonListSalvage::salvage(result.body)) {
                reader.m_damaged = salvaged->damaged;
                isPage = reader.readParsed(salvaged->document);
            } else {
                // Qt's words for what is wrong; an empty body is read as {} and fails below.
                ApiResult parsed;
                parsed.httpStatus = result.httpStatus;
                ApiCall::readJson(result.body, host, parsed);
                if (!parsed.ok()) {
                    *error = parsed.error;
                    return std::nullopt;
                }
                isPage = reader.readParsed(parsed.json);
            }
            break;
        }
        }
    } else {
        isPage = reader.readParsed(result.json);
    }
    if (!isPage) {
        *error = ApiError::make(ApiError::Kind::BadResponse,
                                tr("The email list came back in an unexpected shape."));
        return std::nullopt;
    }
    return std::move(reader.m_page);
}

std::optional<ListRow> ListPageReader::damagedRow(qsizetype index) const
{
    for (const JsonListSalvage::Damaged &damaged : m_damaged) {
        if (damaged.index == index && !damaged.id.isEmpty())
            return ListRow::unreadable(damaged.id, damaged.reason);
    }
    return std::nullopt; // without an id there is nothing to show or open: counted as unreadable
}

void ListPageReader::add(std::optional<ListRow> row)
{
    // A record that is not an object, or has no id, fails alone.
    if (!row) {
        ++m_page.unreadable;
        return;
    }
    ++m_page.readable;
    if (row->createdMicros != 0)
        m_page.dates.append(row->createdMicros);
    if (!m_probe && !m_seen.contains(row->id().toByteArray())) {
        m_seen.insert(row->id().toByteArray());
        m_page.rows.append(std::move(*row));
    }
}

bool ListPageReader::readParsed(const QJsonDocument &json)
{
    const QJsonObject page = json.object();
    if (!json.isObject() || !page.value(u"data").isArray())
        return false;
    const QJsonArray records = page.value(u"data").toArray();
    m_page.dates.reserve(records.size());
    m_page.rows.reserve(m_probe ? 0 : records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonValue value = records.at(i);
        const QJsonObject record = value.toObject();
        add(value.isObject() && !record.value(u"id").toString().isEmpty()
                ? std::optional(ListRow::from(record))
                : damagedRow(i));
    }
    m_page.records = int(records.size());
    m_page.hasMore = page.value(u"has_more").toBool(false);
    return true;
}

ListPageReader::Bytes ListPageReader::readBytes(const QByteArray &body)
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
        return Bytes::Unread;
    simdjson::dom::object page;
    if (document.get(page) != simdjson::SUCCESS)
        return Bytes::NotAPage;
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
        return Bytes::NotAPage;
    m_page.dates.reserve(qsizetype(records.size()));
    m_page.rows.reserve(m_probe ? 0 : qsizetype(records.size()));
    int count = 0;
    for (const simdjson::dom::element value : records) {
        ++count;
        simdjson::dom::object record;
        add(value.get(record) == simdjson::SUCCESS ? rowFromRecord(record) : std::nullopt);
    }
    m_page.records = count;
    m_page.hasMore = hasMore;
    return Bytes::Read;
}
