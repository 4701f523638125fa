#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// A thin owner of one SQLite connection and its prepared statements (SQLite's C API, see
// docs/architecture.md for why not QSQLITE). Errors are returned as SQLite's code with its message;
// nothing here throws or asserts on what a file on disk holds.
class SqliteDb final
{
public:
    SqliteDb() = default;
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;
    SqliteDb(SqliteDb &&other) noexcept;
    SqliteDb &operator=(SqliteDb &&other) noexcept;

    // `path` as SQLite reads it (a file, or a "file:…?mode=memory&cache=shared" URI).
    int open(const QString &path, bool create, bool readOnly = false);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    // Runs statements without results; false with lastError() set when one fails.
    bool exec(const char *sql);
    QString lastError() const;
    int lastCode() const;
    // The user_version pragma, where the schema version lives.
    int userVersion();
    // The functions the schema's indexes and triggers use (sortkey, searchable), and matched(n) (is
    // email n among setMatches'?): on every connection, once the object holding it stays where it is
    // (matched() keeps its address; a move does not take the functions along).
    void registerFunctions();
    // The emails a search found, one bit per number, for matched() in the next queries (none: null).
    void setMatches(const std::vector<quint64> *matches) { m_matches = matches; }

private:
    sqlite3 *m_db = nullptr;
    const std::vector<quint64> *m_matches = nullptr;
};

// One prepared statement: bind by position from 1, step, read columns from 0.
class SqliteStatement final
{
public:
    SqliteStatement(SqliteDb &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, qint64 value);
    void bind(int index, const QByteArray &utf8);
    void bind(int index, const QString &text) { bind(index, text.toUtf8()); }
    void bindNull(int index);
    // Binds a value or NULL.
    void bind(int index, std::optional<qint64> value);
    // Binds text and whole numbers in order, from 1 (a query's values as StoreView gives them).
    void bindAll(const QList<QVariant> &values);
    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // step() until SQLITE_DONE; false on an error.
    bool run();
    void reset();

    qint64 integer(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    bool isNull(int column) const;
    QByteArray bytes(int column) const;
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }

private:
    sqlite3_stmt *m_stmt = nullptr;
};
