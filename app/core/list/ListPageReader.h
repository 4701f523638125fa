#pragma once

#include "core/api/ApiError.h"
#include "core/api/JsonListSalvage.h"
#include "core/store/ListRow.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

class QJsonDocument;
struct ApiResult;

// Reads one page of the email list, {"data": [records], "has_more": bool}, into rows: straight from
// its bytes with simdjson (about ten times faster than QJsonDocument plus EmailActivity, which were
// most of the client's time in listing 10,000 emails), or from parsed JSON. Whatever simdjson refuses
// goes to Qt's parser, whose answers and errors stay the reference. A record that is not an object or
// has no id fails alone; a page of another shape fails whole.
class ListPageReader final
{
    Q_DECLARE_TR_FUNCTIONS(ListPageReader)

public:
    struct Page
    {
        QList<ListRow> rows; // readable ones, once each, in the server's order (none for a probe)
        QList<qint64> dates; // creation dates of the readable records, duplicates included
        int records = 0;
        int readable = 0; // records with an id
        int unreadable = 0;
        bool hasMore = false;
    };
    // `probe`: only the dates and counts are wanted (ListPlan's probes), not the rows. `host` names
    // the server in an error. Nothing, with the reason in *error, when the answer is not a list page.
    static std::optional<Page> read(const ApiResult &result, bool probe, const QString &host,
                                    ApiError *error);

private:
    enum class Bytes { Read, NotAPage, Unread };
    explicit ListPageReader(bool probe) : m_probe(probe) { }
    void add(std::optional<ListRow> row);
    bool readParsed(const QJsonDocument &json);
    // Unread: simdjson refused the bytes before any record was read (Qt's parser takes them then).
    Bytes readBytes(const QByteArray &body);
    // The row for the record at `index` that could not be parsed, when its id could be read.
    std::optional<ListRow> damagedRow(qsizetype index) const;

    Page m_page;
    QList<JsonListSalvage::Damaged> m_damaged;
    QSet<QByteArray> m_seen;
    bool m_probe;
};
