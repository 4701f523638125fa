#include "core/store/StoreSchema.h"

#include "core/store/SqliteDb.h"

#include <QString>

#include <algorithm>
#include <iterator>
#include <sqlite3.h>

namespace {
// Version 1: the list's rows (ids of leads, users and contacts once each in refs), the full records
// of opened emails, and what was loaded when.
const char *const toVersion1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE refs(ref INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
CREATE TABLE emails(
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    status INTEGER NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    recipients TEXT NOT NULL DEFAULT '',
    sender TEXT NOT NULL DEFAULT '',
    lead INTEGER, user INTEGER, contact INTEGER,
    created INTEGER, updated INTEGER, scheduled INTEGER, sent INTEGER, activity INTEGER,
    damaged INTEGER NOT NULL DEFAULT 0,
    -- The date the list shows (ListRow::shownDate): made from the others, kept only in its index.
    shown INTEGER GENERATED ALWAYS AS (CASE
        WHEN status = 2 THEN coalesce(scheduled, activity)
        WHEN status IN (4, 0, 5) THEN coalesce(sent, activity)
        WHEN status = 3 THEN coalesce(activity, updated)
        ELSE created / 1000 END) VIRTUAL);
CREATE INDEX emails_by_created ON emails(created DESC);
CREATE INDEX emails_by_lead ON emails(lead, created DESC);
CREATE INDEX emails_by_user ON emails(user, created DESC);
CREATE TABLE records(n INTEGER PRIMARY KEY, json BLOB NOT NULL);
CREATE TABLE loads(query TEXT PRIMARY KEY, loaded_at INTEGER NOT NULL, complete INTEGER NOT NULL) WITHOUT ROWID;
)sql";

// Version 2: lead names, and the search index (FTS5) over subject, recipients, sender, lead name and
// the body text of emails opened once. The index keeps no copy of the text (external content); the
// triggers feed it exactly what SearchText::indexed makes of each column. It keeps which emails hold a
// word, not where (detail=none): a search is words that must all appear, which needs no positions,
// and the index is a third of the size.
const char *const toVersion2 = R"sql(
ALTER TABLE refs ADD COLUMN name TEXT;
ALTER TABLE emails ADD COLUMN lead_name TEXT NOT NULL DEFAULT '';
CREATE TABLE bodies(n INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE VIEW email_text AS
    SELECT e.n AS n, searchable(e.subject) AS subject, searchable(e.recipients) AS recipients,
           searchable(e.sender) AS sender, searchable(e.lead_name) AS lead_name, searchable(b.body) AS body
    FROM emails e LEFT JOIN bodies b ON b.n = e.n;
CREATE VIRTUAL TABLE email_search USING fts5(subject, recipients, sender, lead_name, body,
    content='email_text', content_rowid='n', tokenize='unicode61 remove_diacritics 2', detail=none);
CREATE TRIGGER emails_added AFTER INSERT ON emails BEGIN
    INSERT INTO email_search(rowid, subject, recipients, sender, lead_name, body)
    VALUES (new.n, searchable(new.subject), searchable(new.recipients), searchable(new.sender),
            searchable(new.lead_name), searchable((SELECT body FROM bodies WHERE n = new.n)));
END;
CREATE TRIGGER emails_removed AFTER DELETE ON emails BEGIN
    INSERT INTO email_search(email_search, rowid, subject, recipients, sender, lead_name, body)
    VALUES ('delete', old.n, searchable(old.subject), searchable(old.recipients), searchable(old.sender),
            searchable(old.lead_name), searchable((SELECT body FROM bodies WHERE n = old.n)));
    DELETE FROM bodies WHERE n = old.n;
    DELETE FROM records WHERE n = old.n;
END;
CREATE TRIGGER emails_changed AFTER UPDATE OF subject, recipients, sender, lead_name ON emails BEGIN
    INSERT INTO email_search(email_search, rowid, subject, recipients, sender, lead_name, body)
    VALUES ('delete', old.n, searchable(old.subject), searchable(old.recipients), searchable(old.sender),
            searchable(old.lead_name), searchable((SELECT body FROM bodies WHERE n = old.n)));
    INSERT INTO email_search(rowid, subject, recipients, sender, lead_name, body)
    VALUES (new.n, searchable(new.subject), searchable(new.recipients), searchable(new.sender),
            searchable(new.lead_name), searchable((SELECT body FROM bodies WHERE n = new.n)));
END;
CREATE TRIGGER bodies_added BEFORE INSERT ON bodies BEGIN
    INSERT INTO email_search(email_search, rowid, subject, recipients, sender, lead_name, body)
    SELECT 'delete', n, searchable(subject), searchable(recipients), searchable(sender),
           searchable(lead_name), NULL FROM emails WHERE n = new.n;
    INSERT INTO email_search(rowid, subject, recipients, sender, lead_name, body)
    SELECT n, searchable(subject), searchable(recipients), searchable(sender), searchable(lead_name),
           searchable(new.body) FROM emails WHERE n = new.n;
END;
CREATE TRIGGER bodies_changed AFTER UPDATE OF body ON bodies BEGIN
    INSERT INTO email_search(email_search, rowid, subject, recipients, sender, lead_name, body)
    SELECT 'delete', n, searchable(subject), searchable(recipients), searchable(sender),
           searchable(lead_name), searchable(old.body) FROM emails WHERE n = old.n;
    INSERT INTO email_search(rowid, subject, recipients, sender, lead_name, body)
    SELECT n, searchable(subject), searchable(recipients), searchable(sender), searchable(lead_name),
           searchable(new.body) FROM emails WHERE n = new.n;
END;
INSERT INTO email_search(email_search) VALUES ('rebuild');
)sql";

// Version 3: every column of the list sorts through an index: text in the user's language order
// (sortkey), dates and status as numbers.
const char *const toVersion3 = R"sql(
CREATE INDEX emails_by_shown ON emails(shown);
CREATE INDEX emails_by_updated ON emails(updated);
CREATE INDEX emails_by_status ON emails(status, created DESC);
CREATE INDEX emails_by_subject ON emails(sortkey(subject));
CREATE INDEX emails_by_recipients ON emails(sortkey(recipients));
CREATE INDEX emails_by_sender ON emails(sortkey(sender));
CREATE INDEX emails_by_lead_name ON emails(sortkey(lead_name));
)sql";

// Version 4: saves made while Close could not be reached, in the order they were made, one per email
// (a later save of the same email replaces its edits and keeps its place and base).
const char *const toVersion4 = R"sql(
CREATE TABLE queued_saves(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    base BLOB NOT NULL,
    changes BLOB NOT NULL,
    queued_at INTEGER NOT NULL);
)sql";

// Version 5: the search index is filled after the rows are written (EmailStore::indexPending), not
// by the write itself: a load's rows are listed without waiting for their words. The emails whose
// words the index does not have yet are in `unindexed`; a search indexes them first, and the store
// indexes them when the window is idle. An email that is indexed leaves the index (with the words it
// was indexed with) when its text changes or it goes; one that waits is never taken out of the index
// it is not in (FTS5 would be damaged by removing words it does not hold).
const char *const toVersion5 = R"sql(
CREATE TABLE unindexed(n INTEGER PRIMARY KEY);
DROP TRIGGER emails_added;
DROP TRIGGER emails_removed;
DROP TRIGGER emails_changed;
DROP TRIGGER bodies_added;
DROP TRIGGER bodies_changed;
CREATE TRIGGER emails_added AFTER INSERT ON emails BEGIN
    INSERT OR IGNORE INTO unindexed(n) VALUES (new.n);
END;
CREATE TRIGGER emails_removed AFTER DELETE ON emails BEGIN
    INSERT INTO email_search(email_search, rowid, subject, recipients, sender, lead_name, body)
    SELECT 'delete', old.n, searchable(old.subject), searchable(old.recipients), searchable(old.sender),
           searchable(old.lead_name), searchable((SELECT body FROM bodies WHERE n = old.n))
    WHERE NOT EXISTS (SELECT 1 FROM unindexed WHERE n = old.n);
    DELETE FROM unindexed WHERE n = old.n;
    DELETE FROM bodies WHERE n = old.n;
    DELETE FROM records WHERE n = old.n;
END;
CREATE TRIGGER emails_changed AFTER UPDATE OF subject, recipients, sender, lead_name ON emails
WHEN NOT EXISTS (SELECT 1 FROM unindexed WHERE n = new.n) BEGIN
    INSERT INTO email_search(email_search, rowid, subject, recipients, sender, lead_name, body)
    VALUES ('delete', old.n, searchable(old.subject), searchable(old.recipients), searchable(old.sender),
            searchable(old.lead_name), searchable((SELECT body FROM bodies WHERE n = old.n)));
    INSERT INTO unindexed(n) VALUES (new.n);
END;
CREATE TRIGGER bodies_added BEFORE INSERT ON bodies
WHEN NOT EXISTS (SELECT 1 FROM unindexed WHERE n = new.n) BEGIN
    INSERT INTO email_search(email_search, rowid, subject, recipients, sender, lead_name, body)
    SELECT 'delete', n, searchable(subject), searchable(recipients), searchable(sender),
           searchable(lead_name), NULL FROM emails WHERE n = new.n;
    INSERT INTO unindexed(n) SELECT n FROM emails WHERE n = new.n;
END;
CREATE TRIGGER bodies_changed AFTER UPDATE OF body ON bodies
WHEN NOT EXISTS (SELECT 1 FROM unindexed WHERE n = new.n) BEGIN
    INSERT INTO email_search(email_search, rowid, subject, recipients, sender, lead_name, body)
    SELECT 'delete', n, searchable(subject), searchable(recipients), searchable(sender),
           searchable(lead_name), searchable(old.body) FROM emails WHERE n = old.n;
    INSERT INTO unindexed(n) VALUES (new.n);
END;
)sql";

const char *const steps[] = {toVersion1, toVersion2, toVersion3, toVersion4, toVersion5};

// Version 3's sort indexes, as it made them (a new store drops them at once: StoreSchema.h), in the
// order a growing store makes them: the list's date first, then the status filter.
struct SortIndex
{
    const char *name;
    const char *create;
    bool collated; // holds sortkey()s: made again in another language
};
const SortIndex sortIndexes[StoreSchema::sortIndexCount] = {
    {"emails_by_shown", "CREATE INDEX emails_by_shown ON emails(shown)", false},
    {"emails_by_status", "CREATE INDEX emails_by_status ON emails(status, created DESC)", false},
    {"emails_by_subject", "CREATE INDEX emails_by_subject ON emails(sortkey(subject))", true},
    {"emails_by_updated", "CREATE INDEX emails_by_updated ON emails(updated)", false},
    {"emails_by_recipients", "CREATE INDEX emails_by_recipients ON emails(sortkey(recipients))", true},
    {"emails_by_sender", "CREATE INDEX emails_by_sender ON emails(sortkey(sender))", true},
    {"emails_by_lead_name", "CREATE INDEX emails_by_lead_name ON emails(sortkey(lead_name))", true},
};

bool hasIndex(SqliteDb &db, const char *name)
{
    SqliteStatement query(db, "SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?1");
    query.bind(1, QByteArray(name));
    return query.step() == SQLITE_ROW;
}
} // namespace

namespace StoreSchema {
int latestVersion()
{
    return int(std::size(steps));
}

bool migrate(SqliteDb &db, QString *error, int target)
{
    if (target < 0)
        target = latestVersion();
    const int from = db.userVersion();
    if (from < 0) {
        *error = db.lastError();
        return false;
    }
    if (from >= target)
        return true;
    if (!db.exec("BEGIN IMMEDIATE")) {
        *error = db.lastError();
        return false;
    }
    for (int version = from; version < target; ++version) {
        if (!db.exec(steps[version])) {
            *error = db.lastError();
            db.exec("ROLLBACK");
            return false;
        }
    }
    if (from == 0 && target == latestVersion()) {
        for (const SortIndex &index : sortIndexes) {
            const QByteArray drop = "DROP INDEX " + QByteArray(index.name);
            if (!db.exec(drop.constData())) {
                *error = db.lastError();
                db.exec("ROLLBACK");
                return false;
            }
        }
    }
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(target);
    if (!db.exec(setVersion.constData()) || !db.exec("COMMIT")) {
        *error = db.lastError();
        db.exec("ROLLBACK");
        return false;
    }
    return true;
}

int sortIndexesPresent(SqliteDb &db)
{
    return int(std::count_if(std::begin(sortIndexes), std::end(sortIndexes),
                             [&](const SortIndex &index) { return hasIndex(db, index.name); }));
}

bool makeNextSortIndex(SqliteDb &db)
{
    for (const SortIndex &index : sortIndexes) {
        if (!hasIndex(db, index.name))
            return db.exec(index.create);
    }
    return false;
}

bool reindexCollatedIndexes(SqliteDb &db)
{
    bool ok = true;
    for (const SortIndex &index : sortIndexes) {
        const QByteArray reindex = "REINDEX " + QByteArray(index.name);
        if (index.collated && hasIndex(db, index.name))
            ok = db.exec(reindex.constData()) && ok;
    }
    return ok;
}
} // namespace StoreSchema
