#pragma once

class SqliteDb;
class QString;

// The store's tables, as a list of steps: step k takes a store from version k to k+1 (PRAGMA
// user_version). A new store runs them all; an older one runs those it lacks, in one transaction, so
// that a failed migration leaves the file as it was. Never change a released step: add one.
namespace StoreSchema {
int latestVersion();
// Runs the steps from the store's version up to `target` (latestVersion() unless a test stops early).
bool migrate(SqliteDb &db, QString *error, int target = -1);
} // namespace StoreSchema
