#include "core/store/StoreView.h"

#include "core/store/SearchText.h"
#include "core/store/SqliteDb.h"

#include <algorithm>
#include <sqlite3.h>

namespace {
const char *sortExpression(StoreView::Sort sort)
{
    // Each is the expression of an index (StoreSchema; the text ones once the store is big), so that
    // SQLite walks the index.
    switch (sort) {
    case StoreView::Sort::Created:
        return "e.created";
    case StoreView::Sort::Status:
        return "e.status";
    case StoreView::Sort::Subject:
        return "sortkey(e.subject)";
    case StoreView::Sort::Recipients:
        return "sortkey(e.recipients)";
    case StoreView::Sort::Sender:
        return "sortkey(e.sender)";
    case StoreView::Sort::LeadName:
        return "sortkey(e.lead_name)";
    case StoreView::Sort::Shown:
        return "e.shown";
    case StoreView::Sort::Updated:
        return "e.updated";
    }
    return "e.created";
}
} // namespace

bool StoreView::searches() const
{
    return !SearchText::matchExpression(search).isEmpty();
}

QByteArray StoreView::whereClause(QList<QVariant> *values) const
{
    QList<QByteArray> terms;
    const auto byRef = [&](const char *column, const QString &id) {
        if (id.isEmpty())
            return;
        terms.append(QByteArray(column) + " = (SELECT ref FROM refs WHERE id = ?)");
        values->append(id);
    };
    byRef("e.lead", leadId);
    byRef("e.user", userId);
    byRef("e.contact", contactId);
    if (!ids.isEmpty()) {
        QByteArray in = "e.id IN (";
        for (qsizetype i = 0; i < ids.size(); ++i) {
            in += i == 0 ? "?" : ", ?";
            values->append(ids.at(i));
        }
        terms.append(in + ')');
    }
    const auto range = [&](const char *column, const char *op, std::optional<qint64> value) {
        if (!value)
            return;
        terms.append(QByteArray(column) + ' ' + op + " ?");
        values->append(*value);
    };
    range("e.created", ">=", createdFromMicros);
    range("e.created", "<", createdUntilMicros);
    range("e.activity", ">=", activityFromMs);
    range("e.activity", "<", activityUntilMs);
    if (status) {
        terms.append("e.status = ?");
        values->append(qint64(*status));
    }
    const QString match = SearchText::matchExpression(search);
    if (!match.isEmpty()) {
        terms.append("e.n IN (SELECT rowid FROM email_search WHERE email_search MATCH ?)");
        values->append(match);
    }
    if (matchedOnly)
        terms.append("matched(e.n)");
    if (!numbersIn.empty()) {
        QByteArray in = "e.n IN (";
        for (size_t i = 0; i < numbersIn.size(); ++i) {
            in += i == 0 ? "?" : ", ?";
            values->append(numbersIn[i]);
        }
        terms.append(in + ')');
    }
    if (terms.isEmpty())
        return {};
    QByteArray where = "WHERE ";
    for (qsizetype i = 0; i < terms.size(); ++i)
        where += (i == 0 ? QByteArray() : QByteArray(" AND ")) + terms.at(i);
    return where;
}

QByteArray StoreView::orderClause() const
{
    // Rows with the same key keep one order, so that a page arriving never shuffles equal rows: the
    // order they were stored in (Close's order within a page) where newest-first is the first click,
    // reversed with the direction. Each clause is what an index holds (StoreSchema), forwards or back.
    const QByteArray forward = descending ? " DESC" : " ASC";
    const QByteArray backward = descending ? " ASC" : " DESC";
    switch (sort) {
    case Sort::Created:
        return "ORDER BY e.created" + forward + ", e.n" + backward;
    case Sort::Status: // within a status, newest first
        return "ORDER BY e.status" + forward + ", e.created" + backward + ", e.n" + forward;
    default:
        return QByteArray("ORDER BY ") + sortExpression(sort) + forward + ", e.n" + forward;
    }
}

namespace {
// Up to this many matching emails, they are handed to the query by number (SQLite sorts them); beyond
// it, they become a bitmap that matched() checks, so that an ordered walk of the index with a LIMIT
// stops at the first screen: sorting a tenth of a million emails took 180 ms, the walk a few.
constexpr qint64 matchesSortedBySqlite = 5000;

} // namespace

std::vector<qint64> StoreView::numbers(SqliteDb &db, qint64 limit, int *code, size_t expected) const
{
    std::vector<quint64> matches; // one bit per email number, when searching by bitmap
    StoreView view = *this;
    const QString match = SearchText::matchExpression(search);
    if (!match.isEmpty()) {
        SqliteStatement found(db, "SELECT rowid FROM email_search WHERE email_search MATCH ?1");
        found.bind(1, match);
        std::vector<qint64> rowids;
        while ((*code = found.step()) == SQLITE_ROW)
            rowids.push_back(found.integer(0));
        if (*code != SQLITE_DONE)
            return {};
        view.search.clear(); // the matches are known now: the query is not asked to search again
        if (qint64(rowids.size()) > matchesSortedBySqlite) {
            matches.resize(size_t(*std::max_element(rowids.begin(), rowids.end()) / 64 + 1));
            for (const qint64 n : rowids)
                matches[size_t(n / 64)] |= quint64(1) << (n % 64);
            view.matchedOnly = true;
        } else {
            if (rowids.empty())
                return {};
            view.numbersIn = std::move(rowids);
        }
    }
    QList<QVariant> values;
    QByteArray sql = "SELECT e.n FROM emails e " + view.whereClause(&values) + ' ' + view.orderClause();
    if (limit >= 0)
        sql += " LIMIT " + QByteArray::number(limit);
    db.setMatches(matches.empty() ? nullptr : &matches);
    SqliteStatement query(db, sql.constData());
    query.bindAll(values);
    std::vector<qint64> numbers;
    numbers.reserve(limit >= 0 ? size_t(limit) : expected);
    while ((*code = query.step()) == SQLITE_ROW)
        numbers.push_back(query.integer(0));
    query.reset();
    db.setMatches(nullptr);
    return numbers;
}
