#pragma once

#include "sandbox/SandboxExchange.h"
#include "sandbox/SandboxStore.h"

#include <QJsonObject>

// POST /data/search/, Close's Advanced Filtering, for leads and contacts: the part of its query language
// a client needs to find objects by id or by words, with its paging and field selection.
//
// Body: `query` (required), `_fields` ({"lead": [...], "contact": [...]}: the fields each result adds to
// its `__object_type` and `id`), `_limit` (results per page, 1 to 200), `cursor` (from the previous
// page), `results_limit` (the most results in all). Queries: `and` / `or` (`queries`), `not` (`query`),
// `match_all`, `object_type` (`lead`, `contact`) and `field_condition` on a `regular_field` with a
// `reference` condition (`reference_type`, `object_ids`), a `text` condition (`mode` `full_words` or
// `phrase`, `value`) or a `term` condition (`values`). Anything else is refused with a 400 that names
// it: the sandbox answers only what it can answer the way Close would. Results come in id order.
class SandboxSearch final
{
public:
    static constexpr int maxLimit = 200;
    static constexpr int maxDepth = 16; // nested queries, against hostile documents

    explicit SandboxSearch(const SandboxStore &store) : m_store(store) { }

    SandboxResponse search(const QJsonObject &body) const;

private:
    struct Candidate
    {
        QString type; // "lead", "contact"
        QJsonObject object;
    };
    // An error sentence for a query this sandbox cannot evaluate; empty when it can.
    static QString check(const QJsonValue &query, int depth);
    static bool matches(const QJsonObject &query, const Candidate &candidate);
    static bool conditionHolds(const QJsonObject &condition, const QJsonValue &value);
    QList<Candidate> candidates() const;

    const SandboxStore &m_store;
};
