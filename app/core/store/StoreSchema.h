#pragma once

class SqliteDb;
class QString;

// The store's tables, as a list of steps: step k takes a store from version k to k+1 (PRAGMA
// user_version). A new store runs them all; an older one runs those it lacks, in one transaction, so
// that a failed migration leaves the file as it was. Never change a released step: add one.
namespace StoreSchema {
int latestVersion();
// Runs the steps from the store's version up to `target` (latestVersion() unless a test stops early).
// A new store (version 0 made into the latest) starts without the sort indexes (below).
bool migrate(SqliteDb &db, QString *error, int target = -1);

// The seven indexes that sort by any column but Close's own order (date created, which every view
// uses), and filter by status: date shown, status, subject, date updated, recipients, sender, lead
// name (text by sortkey(), the user's language order). A store needs them only once it is big:
// below that, SQLite sorts or filters the rows of a view in a few milliseconds, while every write
// into an index costs (a place in a B-tree, in no useful order; for text a key from ICU): they were
// a quarter of a first load of 10,000 emails. So a new store starts without them and EmailStore
// makes them when it grows past EmailStore::sortIndexesAbove; a store made before keeps its own.
// Queries are the same either way, and so are their answers.
constexpr int sortIndexCount = 7;
int sortIndexesPresent(SqliteDb &db); // how many of them the store has
// Makes the first one it lacks (in the caller's transaction); false on failure or none lacking.
bool makeNextSortIndex(SqliteDb &db);
// The ones it has that hold language keys, made again (another language's keys).
bool reindexCollatedIndexes(SqliteDb &db);
} // namespace StoreSchema
