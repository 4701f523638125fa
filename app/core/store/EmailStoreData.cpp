// EmailStore's reads and writes (its opening and failures are in EmailStore.cpp).
#include "core/store/EmailStore.h"
#include "core/store/EmailStoreStatements.h"

#include <QJsonDocument>

#include <sqlite3.h>

namespace {
std::optional<qint64> msOf(const QDateTime &date)
{
    return date.isValid() ? std::optional<qint64>(date.toMSecsSinceEpoch()) : std::nullopt;
}

QDateTime dateOf(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

} // namespace

bool EmailStore::write(const std::function<bool()> &work, const Change &change, Commit commit)
{
    if (isOnDisk() && (commit == Commit::Batched || (commit == Commit::JoinBatch && m_inBatch)))
        return writeInBatch(work, change);
    commitBatch(); // the pages written before go first: a write is never overtaken by older rows
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_db.exec("BEGIN IMMEDIATE")) {
            if (work() && m_db.exec("COMMIT")) {
                wrote(change);
                return true;
            }
        }
        const int code = m_db.lastCode();
        const QString detail = m_db.lastError();
        rollBack();
        if (!isOnDisk())
            return false; // memory cannot do better
        writeFailed(code, detail);
    }
    return false;
}

bool EmailStore::writeInBatch(const std::function<bool()> &work, const Change &change)
{
    if (!m_inBatch) {
        if (!m_batchTimer) {
            m_batchTimer = new QTimer(this);
            m_batchTimer->setSingleShot(true);
            m_batchTimer->setInterval(batchMs);
            connect(m_batchTimer, &QTimer::timeout, this, &EmailStore::commitBatch);
        }
        m_inBatch = m_db.exec("BEGIN IMMEDIATE");
        if (m_inBatch) {
            m_batchTimer->start(); // not restarted by the next pages: written out at least this often
            m_batchAge.start();
        }
    }
    // A savepoint per write, so that a failing one can be told from the rows before it.
    if (m_inBatch && m_db.exec("SAVEPOINT listed") && work() && m_db.exec("RELEASE listed")) {
        wrote(change);
        // Another instance waits for the lock only so long: a timer held up by a busy window does not
        // keep the transaction open past its time. (After wrote(): a sort index made after the commit
        // is the only one of this write.)
        if (m_batchAge.hasExpired(batchMs))
            commitBatch();
        return true;
    }
    batchFailed();
    return write(work, change); // and this write too, where the store went
}

void EmailStore::commitBatch()
{
    if (!m_inBatch)
        return;
    if (!m_db.exec("COMMIT")) {
        batchFailed();
        return;
    }
    m_inBatch = false;
    m_batchTimer->stop();
    m_batchRows = {}; // its capacity too (a load's 2,000 rows)
    m_batchLeadNames.clear();
    makeSortIndexWhenBig(); // (not within the pages' transaction: see there)
    emit committed();
}

void EmailStore::batchFailed()
{
    const int code = m_db.lastCode();
    const QString detail = m_db.lastError();
    rollBack();
    m_inBatch = false;
    m_batchTimer->stop();
    const QList<ListRow> rows = std::exchange(m_batchRows, {});
    const QHash<QString, QString> names = std::exchange(m_batchLeadNames, {});
    writeFailed(code, detail);
    // In memory now (or a new file): nothing the transaction held is lost.
    putRows(rows);
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        setLeadName(it.key(), it.value());
}

void EmailStore::setLoadCache(bool loading)
{
    if (loading == m_loadCache)
        return;
    // A load's rows land all over the ten indexes: with the resting cache, pages written a moment ago
    // were pushed out to the WAL within the transaction and read back for the next page (a new store
    // of 10,000 filled 10-15 % faster with this). Going back frees what is above the resting size.
    m_loadCache = loading;
    m_db.exec(loading ? "PRAGMA cache_size = -16384" : "PRAGMA cache_size = -512");
}

void EmailStore::rollBack()
{
    m_db.exec("ROLLBACK");
    // Ids numbered within the transaction are gone with it: a number kept for them would point at
    // nothing, or at the next id given that number.
    m_refs.clear();
}

void EmailStore::wrote(const Change &change)
{
    m_count = -1;
    if (change == Change::Nothing)
        return;
    if (change == Change::Rows)
        makeSortIndexWhenBig(); // (none while the pages' transaction is open: after its commit)
    indexWhenIdle(indexIdleMs); // its words (restarted by the next write: a load is not slowed)
    emit changed(change == Change::LeadNames);
}

void EmailStore::indexWhenIdle(int delayMs)
{
    if (!m_indexTimer) {
        m_indexTimer = new QTimer(this);
        m_indexTimer->setSingleShot(true);
        connect(m_indexTimer, &QTimer::timeout, this, [this] {
            if (!indexPending(indexStep) || makeSortIndexWhenBig())
                indexWhenIdle(0); // the next step at the next turn of the event loop
            else if (!m_inBatch)
                setLoadCache(false); // a load that did not end (an error, another query) is over too
        });
    }
    m_indexTimer->start(delayMs);
}

bool EmailStore::indexPending(qint64 limit)
{
    SqliteStatement waiting(m_db, "SELECT EXISTS (SELECT 1 FROM unindexed)");
    if (waiting.step() != SQLITE_ROW || waiting.integer(0) == 0)
        return true;
    waiting.reset();
    bool done = false;
    const bool written = write(
        [&] {
            // The same emails in both statements: nothing else writes within the transaction.
            SqliteStatement index(
                m_db,
                "INSERT INTO email_search(rowid, subject, recipients, sender, lead_name, body) "
                "SELECT e.n, searchable(e.subject), searchable(e.recipients), searchable(e.sender), "
                "searchable(e.lead_name), searchable(b.body) FROM (SELECT n FROM unindexed ORDER BY n "
                "LIMIT ?1) u JOIN emails e ON e.n = u.n LEFT JOIN bodies b ON b.n = e.n");
            SqliteStatement indexed(
                m_db, "DELETE FROM unindexed WHERE n IN (SELECT n FROM unindexed ORDER BY n LIMIT ?1)");
            index.bind(1, limit);
            indexed.bind(1, limit);
            if (!index.run() || !indexed.run())
                return false;
            SqliteStatement left(m_db, "SELECT EXISTS (SELECT 1 FROM unindexed)");
            done = left.step() == SQLITE_ROW && left.integer(0) == 0;
            return true;
        },
        Change::Nothing); // words, not rows: no order changes (every search indexes first)
    // A write that failed said so (and the store moved); the next search tries again, not the timer.
    return done || !written;
}

qint64 EmailStore::pendingIndexCount()
{
    SqliteStatement query(m_db, "SELECT count(*) FROM unindexed");
    return query.step() == SQLITE_ROW ? query.integer(0) : 0;
}

void EmailStore::writeFailed(int code, const QString &detail)
{
    // The file failed under us: say so once, and go on in memory with what it held.
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
        quarantine(detail); // a new file, or memory when none can be made
    } else {
        fileFailed(m_path, code, detail);
        useMemory();
    }
    emit problemOccurred(m_problem);
}

qint64 EmailStore::refFor(const QString &id)
{
    if (id.isEmpty())
        return 0;
    if (const auto known = m_refs.constFind(id); known != m_refs.cend())
        return *known;
    Statements &s = *m_statements;
    s.findRef.bind(1, id);
    qint64 ref = 0;
    if (s.findRef.step() == SQLITE_ROW) {
        ref = s.findRef.integer(0);
    } else {
        s.addRef.bind(1, id);
        if (s.addRef.run())
            ref = sqlite3_last_insert_rowid(m_db.handle());
    }
    s.findRef.reset();
    if (ref != 0)
        m_refs.insert(id, ref);
    return ref;
}

bool EmailStore::stageRow(const ListRow &row)
{
    Statements &s = *m_statements;
    const auto ref = [this](QByteArrayView id) -> std::optional<qint64> {
        const qint64 r = refFor(QString::fromUtf8(id));
        return r == 0 ? std::nullopt : std::optional<qint64>(r);
    };
    const std::optional<qint64> lead = ref(row.leadId()), user = ref(row.userId()),
                                contact = ref(row.contactId());
    s.stage.bind(1, row.id().toByteArray());
    s.stage.bind(2, qint64(row.statusUnreadable ? -1 : int(row.status)));
    s.stage.bind(3, row.subject().toByteArray());
    s.stage.bind(4, row.to().toByteArray());
    s.stage.bind(5, row.sender().toByteArray());
    s.stage.bind(6, lead);
    s.stage.bind(7, user);
    s.stage.bind(8, contact);
    s.stage.bind(9, row.createdMicros == 0 ? std::nullopt : std::optional<qint64>(row.createdMicros));
    s.stage.bind(10, msOf(row.updated));
    s.stage.bind(11, msOf(row.scheduled));
    s.stage.bind(12, msOf(row.sent));
    s.stage.bind(13, msOf(row.activity));
    s.stage.bind(14, qint64(row.damaged ? 1 : 0));
    return s.stage.run();
}

bool EmailStore::writeStaged(qint64 *written)
{
    // One statement for all the staged rows (see Statements::stagedTable), then the stage is empty.
    if (!m_statements->upsert.run())
        return false; // its error stays the connection's last; the rollback empties the stage
    if (written)
        *written = sqlite3_changes64(m_db.handle());
    return m_statements->clearStaged.run();
}

bool EmailStore::putRow(const ListRow &row)
{
    return stageRow(row) && writeStaged();
}

void EmailStore::putRows(const QList<ListRow> &rows)
{
    putRowsNow(rows, Commit::Now);
}

void EmailStore::putListedRows(const QList<ListRow> &rows)
{
    // Held with the transaction's rows before they are written: the write itself may commit the
    // transaction (its time is up), and when that commit fails these rows are written again in
    // memory with the others (they were lost with the rollback when they were added after it).
    if (isOnDisk())
        m_batchRows += rows;
    const qint64 written = putRowsNow(rows, Commit::Batched);
    if (m_inBatch) {
        // A load of new rows (a new store, emails never listed) writes all over the ten indexes: it
        // gets the load's page cache. One of rows as stored (every later start) reads the rows it
        // compares and needs none (a grown cache left half a MiB of heap behind it).
        if (written * 2 >= rows.size())
            setLoadCache(true);
        if (m_batchRows.size() >= batchRows)
            commitBatch();
    }
}

qint64 EmailStore::putRowsNow(const QList<ListRow> &rows, Commit commit)
{
    if (rows.isEmpty())
        return 0;
    Change change = Change::Rows;
    qint64 written = 0;
    write(
        [&] {
            for (const ListRow &row : rows) {
                if (!stageRow(row))
                    return false; // the rollback empties the stage (a temporary table, in the transaction)
            }
            if (!writeStaged(&written))
                return false;
            if (written == 0)
                change = Change::Nothing; // every row as stored: no view reads its rows again
            return true;
        },
        change, commit);
    return written;
}

void EmailStore::putRecord(const EmailActivity &email)
{
    putRecords({email});
}

void EmailStore::putRecords(const QList<EmailActivity> &emails)
{
    // The same record again (a copy that came back by two paths: the event log and its view) is not
    // written: no transaction, and no view reads its order again for nothing.
    QList<QPair<const EmailActivity *, QByteArray>> changed;
    for (const EmailActivity &email : emails) {
        if (email.id().isEmpty())
            continue;
        QByteArray json = QJsonDocument(email.toJson()).toJson(QJsonDocument::Compact);
        m_statements->record.bind(1, email.id());
        const bool same = m_statements->record.step() == SQLITE_ROW && m_statements->record.bytes(0) == json;
        m_statements->record.reset();
        if (!same)
            changed.append({&email, std::move(json)});
    }
    if (changed.isEmpty())
        return;
    write([&] {
        Statements &s = *m_statements;
        for (const auto &[email, json] : std::as_const(changed)) {
            if (!putRow(ListRow::from(*email)))
                return false;
            s.number.bind(1, email->id());
            const qint64 n = s.number.step() == SQLITE_ROW ? s.number.integer(0) : 0;
            s.number.reset();
            if (n == 0)
                return false;
            s.putRecord.bind(1, n);
            s.putRecord.bind(2, json);
            if (!s.putRecord.run())
                return false;
            s.putBody.bind(1, n);
            s.putBody.bind(2, email->bodyText());
            if (!s.putBody.run())
                return false;
        }
        return true;
    });
}

void EmailStore::remove(const QString &id)
{
    remove(QStringList {id});
}

void EmailStore::remove(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    write([&] { return removeInOne(ids); });
}

bool EmailStore::removeInOne(const QStringList &ids)
{
    // One statement, as for writes (Statements::stagedTable): FTS5 flushes at every statement.
    Statements &s = *m_statements;
    bool staged = true;
    for (const QString &id : ids) {
        s.stageId.bind(1, id);
        staged = staged && s.stageId.run();
    }
    const bool removed = staged && s.removeStaged.run();
    return s.clearStagedIds.run() && removed;
}

void EmailStore::keepOnly(const StoreView &view, const IdSet &ids)
{
    // Only the ids are read (a whole row each made the end of a Load All of 50,000 hold the window
    // for a fifth of a second).
    StoreView filters = view;
    filters.status.reset();
    filters.search.clear();
    QList<QVariant> values;
    const QByteArray sql = "SELECT e.id FROM emails e " + filters.whereClause(&values);
    SqliteStatement stored(m_db, sql.constData());
    stored.bindAll(values);
    QStringList gone;
    while (stored.step() == SQLITE_ROW) {
        const QByteArray id = stored.bytes(0);
        // A draft written offline is not in Close yet: no load can have returned it.
        if (!ids.contains(id) && !EmailActivity::isLocalId(QByteArrayView(id)))
            gone.append(QString::fromUtf8(id));
    }
    stored.reset();
    if (gone.isEmpty())
        return;
    write([&] { return removeInOne(gone); });
}

void EmailStore::setLeadName(const QString &leadId, const QString &name)
{
    if (m_inBatch)
        m_batchLeadNames.insert(leadId, name); // written again if the transaction fails (before: as above)
    write(
        [&] {
            const qint64 ref = refFor(leadId);
            SqliteStatement setName(m_db, "UPDATE refs SET name = ?2 WHERE ref = ?1");
            setName.bind(1, ref);
            setName.bind(2, name);
            SqliteStatement setRows(m_db,
                                    "UPDATE emails SET lead_name = ?2 WHERE lead = ?1 AND lead_name <> ?2");
            setRows.bind(1, ref);
            setRows.bind(2, name);
            return setName.run() && setRows.run();
        },
        Change::LeadNames, Commit::JoinBatch);
}

void EmailStore::forget()
{
    // What the store holds of Close goes. A draft written while Close could not be reached is not
    // Close's: it waits in the queue to be made there, and its row (with its record, body and the ids
    // it names) stays, or it would vanish from the list until Close is back. The search index is
    // emptied at once: every email is marked as waiting first, so that the rows' triggers take no
    // words out of it one by one (the ones that stay are indexed again when the window is idle).
    write([&] {
        m_refs.clear();
        if (!m_db.exec("INSERT OR IGNORE INTO unindexed(n) SELECT n FROM emails; "
                       "INSERT INTO email_search(email_search) VALUES ('delete-all');"))
            return false;
        SqliteStatement closes(m_db, "DELETE FROM emails WHERE substr(id, 1, length(?1)) <> ?1");
        closes.bind(1, QString(EmailActivity::localIdPrefix()));
        return closes.run()
            && m_db.exec("DELETE FROM refs WHERE ref NOT IN (SELECT lead FROM emails WHERE lead IS NOT NULL "
                         "UNION SELECT user FROM emails WHERE user IS NOT NULL UNION SELECT contact FROM "
                         "emails WHERE contact IS NOT NULL); "
                         "DELETE FROM loads; DELETE FROM meta WHERE key = 'me';");
    });
    m_db.exec("VACUUM"); // what was forgotten leaves the file too
}

std::optional<QString> EmailStore::leadName(const QString &leadId)
{
    SqliteStatement &query = m_statements->leadName;
    query.bind(1, leadId);
    std::optional<QString> name;
    if (query.step() == SQLITE_ROW)
        name = query.text(0);
    query.reset();
    return name;
}

qint64 EmailStore::estimatedCount()
{
    SqliteStatement query(m_db, "SELECT max(n) FROM emails");
    return query.step() == SQLITE_ROW ? query.integer(0) : 0;
}

std::optional<EmailActivity> EmailStore::record(const QString &id)
{
    Statements &s = *m_statements;
    s.record.bind(1, id);
    std::optional<EmailActivity> email;
    if (s.record.step() == SQLITE_ROW) {
        const QJsonDocument json = QJsonDocument::fromJson(s.record.bytes(0));
        if (json.isObject())
            email = EmailActivity::unchecked(json.object());
    }
    s.record.reset();
    return email;
}

void EmailStore::setLoaded(const QString &key, const QDateTime &at, bool complete)
{
    write(
        [&] {
            SqliteStatement save(
                m_db, "INSERT OR REPLACE INTO loads(query, loaded_at, complete) VALUES (?1, ?2, ?3)");
            save.bind(1, key);
            save.bind(2, at.toMSecsSinceEpoch());
            save.bind(3, qint64(complete ? 1 : 0));
            return save.run();
        },
        Change::Nothing, // when, not what: no view has to read its rows again
        complete ? Commit::Now : Commit::JoinBatch); // a complete load is written out with its last page
    if (complete)
        setLoadCache(false);
}

std::optional<EmailStore::Load> EmailStore::loaded(const QString &key)
{
    SqliteStatement query(m_db, "SELECT loaded_at, complete FROM loads WHERE query = ?1");
    query.bind(1, key);
    if (query.step() != SQLITE_ROW)
        return std::nullopt;
    return Load {dateOf(query.integer(0)), query.integer(1) != 0};
}

std::vector<qint64> EmailStore::order(const StoreView &view, qint64 limit)
{
    if (view.searches())
        indexPending(); // a search finds every stored email
    int code = SQLITE_DONE;
    std::vector<qint64> numbers
        = view.numbers(m_db, limit, &code, limit < 0 ? size_t(qMax<qint64>(0, estimatedCount())) : 0);
    if (code != SQLITE_DONE)
        readFailed(code);
    return numbers;
}

void EmailStore::readFailed(int code)
{
    // Damage found while reading (a page that cannot be read): the store is made again from Close.
    const int primary = code & 0xff;
    if (!isOnDisk() || (primary != SQLITE_CORRUPT && primary != SQLITE_NOTADB))
        return;
    quarantine(m_db.lastError());
    emit problemOccurred(m_problem);
    QMetaObject::invokeMethod(
        this, [this] { emit changed(false); }, Qt::QueuedConnection);
}

qint64 EmailStore::count()
{
    if (m_count < 0) {
        m_statements->count.step();
        m_count = m_statements->count.integer(0);
        m_statements->count.reset();
    }
    return m_count;
}

QHash<qint64, ListRow> EmailStore::rows(const std::vector<qint64> &numbers)
{
    QHash<qint64, ListRow> rows;
    rows.reserve(qsizetype(numbers.size()));
    SqliteStatement &q = m_statements->row;
    for (const qint64 n : numbers) {
        q.bind(1, n);
        if (q.step() == SQLITE_ROW) {
            ListRow row;
            const int status = int(q.integer(2));
            row.statusUnreadable = status < 0;
            row.status = status < 0 ? EmailStatus::Draft : EmailStatus(status);
            row.damaged = q.integer(14) != 0;
            const QByteArray parts[]
                = {q.bytes(1), q.bytes(3), q.bytes(4), q.bytes(5), q.bytes(6), q.bytes(7), q.bytes(8)};
            quint32 *ends[] = {&row.idEnd,   &row.subjectEnd, &row.toEnd, &row.senderEnd,
                               &row.leadEnd, &row.userEnd,    &row.end};
            for (size_t i = 0; i < std::size(parts); ++i) {
                row.text.append(parts[i]);
                *ends[i] = quint32(row.text.size());
            }
            row.createdMicros = q.optionalInteger(9).value_or(0);
            row.updated = dateOf(q.optionalInteger(10));
            row.scheduled = dateOf(q.optionalInteger(11));
            row.sent = dateOf(q.optionalInteger(12));
            row.activity = dateOf(q.optionalInteger(13));
            rows.insert(n, row);
        }
        q.reset();
    }
    return rows;
}

std::optional<qint64> EmailStore::numberOf(const QString &id)
{
    Statements &s = *m_statements;
    s.number.bind(1, id);
    std::optional<qint64> n;
    if (s.number.step() == SQLITE_ROW)
        n = s.number.integer(0);
    s.number.reset();
    return n;
}
