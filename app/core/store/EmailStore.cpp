#include "core/store/EmailStore.h"

#include "core/store/EmailStoreStatements.h"
#include "core/store/StoreSchema.h"
#include "core/store/WalCheckpointer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

#include <sqlite3.h>

namespace {
// How long a write waits for another Draftdesk on the same store before the store is called locked.
// Short: the window must never hang on it (WAL lets readers go on regardless).
constexpr int busyTimeoutMs = 250;

QString memoryUri()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("file:draftdesk-store-%1-%2?mode=memory&cache=shared")
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

void setPrivate(const QString &path)
{
    constexpr QFileDevice::Permissions privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    constexpr QFileDevice::Permissions sameForUs
        = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser; // mirrors Owner here
    for (const QString &file :
         {path, QString(path + QStringLiteral("-wal")), QString(path + QStringLiteral("-shm"))}) {
        // Changed only when it differs: a change of mode is a write to the disk's journal, which a
        // start would wait for.
        const QFileDevice::Permissions now = QFile::permissions(file);
        if (QFileInfo::exists(file) && (now & ~sameForUs) != privateFile)
            QFile::setPermissions(file, privateFile);
    }
}
} // namespace

EmailStore::EmailStore(QObject *parent) : QObject(parent)
{
    useMemory();
}

EmailStore::EmailStore(Unopened) : QObject(nullptr) { }

EmailStore::~EmailStore()
{
    const QSignalBlocker quiet(this); // nobody follows a store being destroyed
    commitBatch();
    m_checkpointer.reset(); // the last connection to close is the window's, which copies the rest of the log
    m_statements.reset(); // before the connection they belong to
}

QString EmailStore::fileNameFor(const QString &profileKey)
{
    QString safe;
    for (const QChar c : profileKey)
        safe += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_');
    return QStringLiteral("emails-%1.sqlite").arg(safe.isEmpty() ? QStringLiteral("default") : safe);
}

std::unique_ptr<EmailStore> EmailStore::open(const QString &path)
{
    std::unique_ptr<EmailStore> store(new EmailStore(Unopened {}));
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!store->openFile(path, true)) {
        // A damaged file that could not be replaced left the store in memory already.
        if (!store->m_statements || !store->m_statements->isValid())
            store->useMemory();
        if (store->m_problem.isEmpty())
            store->m_problem = tr("The stored emails in %1 cannot be used. This session keeps its emails in "
                                  "memory only; nothing is lost, and the list is loaded from Close.")
                                   .arg(QDir::toNativeSeparators(path));
    }
    return store;
}

bool EmailStore::openFile(const QString &path, bool create)
{
    m_checkpointer.reset();
    m_statements.reset();
    m_refs.clear(); // another file: its ids have numbers of their own
    const bool existed = QFileInfo::exists(path);
    int code = m_db.open(path, create);
    if (code != SQLITE_OK) {
        fileFailed(path, code, m_db.lastError());
        return false;
    }
    if (!existed)
        setPrivate(path);
    m_db.registerFunctions();
    sqlite3_busy_timeout(m_db.handle(), busyTimeoutMs);
    // The header and schema are read here: a file that is not a database, or a damaged one, fails now.
    SqliteStatement probe(m_db, "SELECT count(*) FROM sqlite_master");
    code = probe.isValid() ? probe.step() : m_db.lastCode();
    probe.reset();
    if (code != SQLITE_ROW) {
        const int primary = code & 0xff;
        const QString detail = m_db.lastError();
        m_db.close();
        if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT) {
            m_path = path;
            quarantine(detail);
            return !m_path.isEmpty();
        }
        fileFailed(path, code, detail);
        return false;
    }
    if (isTruncated(path)) {
        m_db.close();
        m_path = path;
        quarantine(tr("the file is shorter than its own header says"));
        return !m_path.isEmpty();
    }
    const int version = m_db.userVersion();
    if (version > StoreSchema::latestVersion()) {
        m_db.close();
        m_problem = tr("%1 was written by a newer Draftdesk (store version %2; this one reads up to %3). It "
                       "was left as it is, and this session keeps its emails in memory only.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(version)
                        .arg(StoreSchema::latestVersion());
        return false;
    }
    {
        SqliteStatement wal(m_db, "PRAGMA journal_mode = WAL");
        wal.step();
    }
    // With WAL, NORMAL keeps the file consistent on a crash and may lose only the last writes on a
    // power cut: right for a cache of Close (a page that is lost is loaded again), and a write no
    // longer waits for the disk.
    m_db.exec("PRAGMA synchronous = NORMAL");
    // 512 KiB of page cache instead of SQLite's 2 MiB: this connection writes pages and reads the rows
    // on screen, and a Load All ran as fast with a quarter (the big reads have a connection of their
    // own, StoreReader); the rest counted against the list's memory with 10,000 rows.
    m_db.exec("PRAGMA cache_size = -512");
    // A statement's journal and the staged rows stay in memory: SQLite writes them to files in /var/tmp
    // otherwise (a load of 10,000 rows wrote 80 MB there, the emails' text among it, outside the
    // profile's private folder).
    m_db.exec("PRAGMA temp_store = MEMORY");
    m_loadCache = false; // a new connection, with the resting cache (setLoadCache)
    QString error;
    if (!StoreSchema::migrate(m_db, &error)) {
        const int failed = m_db.lastCode();
        m_db.close();
        if ((failed & 0xff) == SQLITE_CORRUPT || (failed & 0xff) == SQLITE_NOTADB) {
            m_path = path;
            quarantine(error);
            return !m_path.isEmpty();
        }
        fileFailed(path, failed, error);
        return false;
    }
    setPrivate(path);
    m_path = path;
    m_uri = path;
    checkLocale();
    m_checkpointer = std::make_unique<WalCheckpointer>(path);
    m_checkpointer->install(m_db.handle());
    return prepare();
}

bool EmailStore::isTruncated(const QString &path)
{
    // A cut file fails only when a missing page is read, maybe much later: its header says how long it
    // is. (Pages still in the write-ahead log are not in the file yet: then there is nothing to check.)
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && QFileInfo(wal).size() > 0)
        return false;
    SqliteStatement pages(m_db, "PRAGMA page_count");
    SqliteStatement pageSize(m_db, "PRAGMA page_size");
    if (pages.step() != SQLITE_ROW || pageSize.step() != SQLITE_ROW)
        return false;
    return QFileInfo(path).size() < pages.integer(0) * pageSize.integer(0);
}

void EmailStore::checkLocale()
{
    // The text sort indexes hold keys in one language's order: another language sorts by other keys.
    const QString locale = QLocale().name();
    SqliteStatement stored(m_db, "SELECT value FROM meta WHERE key = 'collation'");
    if (stored.step() == SQLITE_ROW && stored.text(0) == locale)
        return;
    stored.reset();
    StoreSchema::reindexCollatedIndexes(m_db); // (a new store has none yet: made in this language)
    SqliteStatement save(m_db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('collation', ?1)");
    save.bind(1, locale);
    save.run();
}

void EmailStore::useMemory()
{
    m_inBatch = false; // a transaction still open ends with its connection (its rows are the caller's)
    m_checkpointer.reset(); // (a file's)
    SqliteDb memory;
    const QString uri = memoryUri();
    memory.open(uri, true);
    if (m_db.isOpen() && m_statements) {
        // Keep what the file held: the session goes on with the same rows.
        m_statements.reset();
        if (sqlite3_backup *backup = sqlite3_backup_init(memory.handle(), "main", m_db.handle(), "main")) {
            sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
    }
    m_db = std::move(memory);
    m_loadCache = false; // a new connection (setLoadCache)
    m_db.registerFunctions(); // where the connection now lives: matched() keeps the object's address
    m_path.clear();
    m_uri = uri;
    QString error;
    if (m_db.userVersion() == 0)
        StoreSchema::migrate(m_db, &error);
    prepare();
}

bool EmailStore::prepare()
{
    m_db.exec(Statements::stagedTable);
    m_statements = std::make_unique<Statements>(m_db);
    m_count = -1;
    m_sortIndexes = StoreSchema::sortIndexesPresent(m_db);
    if (m_sortIndexes < StoreSchema::sortIndexCount)
        indexWhenIdle(indexIdleMs); // a big store may lack some (one could not be made last time)
    return m_statements->isValid();
}

bool EmailStore::makeSortIndexWhenBig()
{
    if (m_sortIndexes >= StoreSchema::sortIndexCount || m_sortIndexFailed || m_inBatch
        || estimatedCount() <= m_sortIndexesAbove)
        return false;
    // A transaction of its own: its failure (a full disk) loses no row, and is not the store's to
    // report (the next write of rows meets the same disk and says so).
    if (m_db.exec("BEGIN IMMEDIATE")) {
        m_sortIndexes = StoreSchema::sortIndexesPresent(m_db); // another instance may have made some
        const bool lacking = m_sortIndexes < StoreSchema::sortIndexCount;
        if ((!lacking || StoreSchema::makeNextSortIndex(m_db)) && m_db.exec("COMMIT")) {
            m_sortIndexes += lacking ? 1 : 0;
            return lacking;
        }
        m_db.exec("ROLLBACK");
    }
    m_sortIndexFailed = true;
    return false;
}

void EmailStore::fileFailed(const QString &path, int code, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    const QString tail = tr("This session keeps its emails in memory only; nothing is lost, and the list is "
                            "loaded from Close.");
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        m_problem = tr("%1 is locked by another program.").arg(file) + QLatin1Char(' ') + tail;
        break;
    case SQLITE_FULL:
        m_problem = tr("The disk that holds %1 is full.").arg(file) + QLatin1Char(' ') + tail;
        break;
    default:
        m_problem = tr("%1 cannot be written (%2).").arg(file, detail) + QLatin1Char(' ') + tail;
        break;
    }
}

void EmailStore::quarantine(const QString &detail)
{
    // A damaged store is kept for a look, under another name, and a new one is made from Close.
    const QString path = m_path;
    const QString aside = path + QStringLiteral(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_checkpointer.reset();
    m_statements.reset();
    m_db.close();
    const bool moved = QFile::rename(path, aside);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::rename(path + suffix, aside + suffix);
    m_path.clear();
    if (!moved || !openFile(path, true)) {
        useMemory();
        m_problem
            = tr("The stored emails in %1 could not be read (%2), and the file could not be replaced. "
                 "This session keeps its emails in memory only; nothing is lost, and the list is loaded "
                 "from Close.")
                  .arg(QDir::toNativeSeparators(path), detail);
        return;
    }
    m_problem = tr("The stored emails in %1 could not be read (%2). The file was moved aside to %3, and the "
                   "list is loaded again from Close.")
                    .arg(QDir::toNativeSeparators(path), detail, QDir::toNativeSeparators(aside));
}
