#pragma once

class SqliteDb;
class QString;

// The store's tables, as a list of steps: step k takes a store from version k to k+1 (PRAGMA
// user_version). A new store runs them all; an older one runs those it lacks, in one transaction, so
// that a failed migration leaves the file as it was. Never change a released step: add one.
namespace StoreSchema {
int latestVersion();
// Runs the steps from the store's version up to `target` (latestVersion() unless a test stops early).
// A new store (version 0 made into the latest) starts without the text indexes (below).
bool migrate(SqliteDb &db, QString *error, int target = -1);

// The four indexes that sort the list's text columns (subject, recipients, sender, lead name) by
// sortkey(), the user's language order. A store needs them only once it is big: below that, SQLite
// sorts the rows of a view in a few milliseconds, and every write into an index costs (a key from
// ICU, a place in a B-tree of keys in no useful order): the four were a fifth of a first load of
// 10,000 emails. So a new store starts without them and EmailStore makes them when it grows past
// EmailStore::textIndexesAbove; a store made before keeps its own. Queries are the same either way.
constexpr int textIndexCount = 4;
int textIndexesPresent(SqliteDb &db); // how many of them the store has
// Makes the first one it lacks (in the caller's transaction); false on failure or none lacking.
bool makeNextTextIndex(SqliteDb &db);
// The ones it has, made again (another language's keys).
bool reindexTextIndexes(SqliteDb &db);
} // namespace StoreSchema
