#include "core/store/SqliteDb.h"

#include "core/store/SearchText.h"
#include "core/store/SortKeys.h"

#include <QLocale>

#include <algorithm>
#include <sqlite3.h>
#include <utility>

namespace {
// sortkey(text): the list's locale order as bytes that compare with memcmp (SortCollator), so that
// an index on it sorts text columns as the user's language does. Deterministic for one locale; the
// store rebuilds those indexes when the locale changes (EmailStore::open). Cut at 24 bytes (about
// twenty letters): the four text indexes then cost about a third of a full key, and texts that agree
// that far keep the order they were stored in.
constexpr int sortKeyBytes = 24;
void sortKeyFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    auto *collator = static_cast<SortCollator *>(sqlite3_user_data(context));
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    const QByteArray key = collator->key(QString::fromUtf8(text, sqlite3_value_bytes(values[0])));
    sqlite3_result_blob(context, key.constData(), int(std::min<qsizetype>(key.size(), sortKeyBytes)),
                        SQLITE_TRANSIENT);
}

// searchable(text): what the search index is given for a text (SearchText::indexed).
void searchableFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const int bytes = sqlite3_value_bytes(values[0]);
    // ASCII text (most subjects and every address) is indexed as it is, without a copy through UTF-16.
    if (std::all_of(text, text + bytes, [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        sqlite3_result_value(context, values[0]);
        return;
    }
    const QString in = QString::fromUtf8(text, bytes);
    const QString out = SearchText::indexed(in);
    if (out.constData() == in.constData()) { // nothing changed: the same text
        sqlite3_result_value(context, values[0]);
        return;
    }
    const QByteArray utf8 = out.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// SQLite counts every allocation it makes under one process-wide mutex (SQLITE_DEFAULT_MEMSTATUS is on
// in Debian's build), for sqlite3_memory_used() and the soft heap limit, which Draftdesk does not use.
// Every row written or read makes several allocations. Off, bench_list (10,000 emails into a new store
// and again) took 3 % less CPU over 20 alternating runs. Must come before SQLite's first
// initialization; when something else initialized it first, SQLite says so and counts as before.
void configureLibraryOnce()
{
    static const int code = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(code);
}
} // namespace

SqliteDb::~SqliteDb()
{
    close();
}

SqliteDb::SqliteDb(SqliteDb &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) { }

SqliteDb &SqliteDb::operator=(SqliteDb &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

int SqliteDb::open(const QString &path, bool create, bool readOnly)
{
    configureLibraryOnce(); // (a function-local static: threads opening stores at once wait for it)
    close();
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    const int code = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
    } else {
        sqlite3_extended_result_codes(m_db, 1);
    }
    return code;
}

void SqliteDb::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool SqliteDb::exec(const char *sql)
{
    return m_db && sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString SqliteDb::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                : QString::fromUtf8(sqlite3_errstr(SQLITE_CANTOPEN));
}

int SqliteDb::lastCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
}

int SqliteDb::userVersion()
{
    SqliteStatement query(*this, "PRAGMA user_version");
    return query.step() == SQLITE_ROW ? int(query.integer(0)) : -1;
}

void SqliteDb::registerFunctions()
{
    // One collator per connection (ICU collators are not shared between threads); freed with it.
    auto *collator = new SortCollator(QLocale());
    sqlite3_create_function_v2(m_db, "sortkey", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, collator,
                               sortKeyFunction, nullptr, nullptr,
                               [](void *p) { delete static_cast<SortCollator *>(p); });
    sqlite3_create_function_v2(m_db, "searchable", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               searchableFunction, nullptr, nullptr, nullptr);
    // matched(n): a search's matches as a bitmap, so that an ordered walk of an index with a LIMIT
    // stops at the first screen of matches instead of sorting them all.
    sqlite3_create_function_v2(
        m_db, "matched", 1, SQLITE_UTF8, this,
        [](sqlite3_context *context, int, sqlite3_value **values) {
            const auto *db = static_cast<SqliteDb *>(sqlite3_user_data(context));
            const qint64 n = sqlite3_value_int64(values[0]);
            const std::vector<quint64> *bits = db->m_matches;
            const bool found = bits && n >= 0 && size_t(n / 64) < bits->size()
                && (((*bits)[size_t(n / 64)] >> (n % 64)) & 1);
            sqlite3_result_int(context, found ? 1 : 0);
        },
        nullptr, nullptr, nullptr);
}

SqliteStatement::SqliteStatement(SqliteDb &db, const char *sql)
{
    if (db.handle())
        sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bind(int index, std::optional<qint64> value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void SqliteStatement::bindAll(const QList<QVariant> &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i).userType() == QMetaType::QString)
            bind(int(i + 1), values.at(i).toString());
        else
            bind(int(i + 1), values.at(i).toLongLong());
    }
}

int SqliteStatement::step()
{
    return m_stmt ? sqlite3_step(m_stmt) : SQLITE_MISUSE;
}

bool SqliteStatement::run()
{
    int code = SQLITE_ROW;
    while (code == SQLITE_ROW)
        code = step();
    reset();
    return code == SQLITE_DONE;
}

void SqliteStatement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::optional<qint64> SqliteStatement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArray SqliteStatement::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}
