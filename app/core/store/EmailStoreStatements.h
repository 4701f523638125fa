#pragma once

// EmailStore's prepared statements, shared by its two source files.
#include "core/store/EmailStore.h"

struct EmailStore::Statements
{
    // Rows are staged in a temporary table and written with one statement: SQLite 3.40's FTS5 writes
    // its pending index to disk at every statement's savepoint, so a statement per row made a tiny
    // index segment per row (most of a Load All's time went into writing and merging them).
    static constexpr const char *stagedTable
        = "CREATE TEMP TABLE IF NOT EXISTS staged(id TEXT, status INTEGER, subject TEXT, recipients TEXT, "
          "sender TEXT, lead INTEGER, user INTEGER, contact INTEGER, created INTEGER, updated INTEGER, "
          "scheduled INTEGER, sent INTEGER, activity INTEGER, damaged INTEGER); "
          "CREATE TEMP TABLE IF NOT EXISTS staged_ids(id TEXT)";

    explicit Statements(SqliteDb &db)
        : stage(
            db,
            "INSERT INTO temp.staged VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"),
          clearStaged(db, "DELETE FROM temp.staged"),
          stageId(db, "INSERT INTO temp.staged_ids VALUES (?1)"),
          removeStaged(db, "DELETE FROM emails WHERE id IN (SELECT id FROM temp.staged_ids)"),
          clearStagedIds(db, "DELETE FROM temp.staged_ids"),
          upsert(
              db,
              "INSERT INTO emails(id, status, subject, recipients, sender, lead, user, contact, lead_name, "
              "created, updated, scheduled, sent, activity, damaged) SELECT id, status, subject, recipients, "
              "sender, lead, user, contact, coalesce((SELECT name FROM refs WHERE ref = s.lead), ''), "
              "created, "
              "updated, scheduled, sent, activity, damaged FROM temp.staged s WHERE true ORDER BY s.rowid "
              "ON CONFLICT(id) DO UPDATE SET status = excluded.status, subject = excluded.subject, "
              "recipients = excluded.recipients, sender = excluded.sender, lead = excluded.lead, "
              "user = excluded.user, contact = excluded.contact, lead_name = excluded.lead_name, "
              "created = excluded.created, updated = excluded.updated, scheduled = excluded.scheduled, "
              "sent = excluded.sent, activity = excluded.activity, damaged = excluded.damaged "
              // A row as it is stored is not written again: a refresh or a Load All of emails the
              // store holds changes no index, search entry or view.
              "WHERE status IS NOT excluded.status OR subject IS NOT excluded.subject OR "
              "recipients IS NOT excluded.recipients OR sender IS NOT excluded.sender OR "
              "lead IS NOT excluded.lead OR user IS NOT excluded.user OR contact IS NOT excluded.contact OR "
              "lead_name IS NOT excluded.lead_name OR created IS NOT excluded.created OR "
              "updated IS NOT excluded.updated OR scheduled IS NOT excluded.scheduled OR "
              "sent IS NOT excluded.sent OR activity IS NOT excluded.activity OR "
              "damaged IS NOT excluded.damaged"),
          findRef(db, "SELECT ref FROM refs WHERE id = ?1"),
          addRef(db, "INSERT INTO refs(id) VALUES (?1)"),
          number(db, "SELECT n FROM emails WHERE id = ?1"),
          row(db,
              "SELECT e.n, e.id, e.status, e.subject, e.recipients, e.sender, l.id, u.id, c.id, e.created, "
              "e.updated, e.scheduled, e.sent, e.activity, e.damaged FROM emails e LEFT JOIN refs l ON "
              "l.ref = e.lead LEFT JOIN refs u ON u.ref = e.user LEFT JOIN refs c ON c.ref = e.contact "
              "WHERE e.n = ?1"),
          putRecord(db,
                    "INSERT INTO records(n, json) VALUES (?1, ?2) ON CONFLICT(n) DO UPDATE SET json = "
                    "excluded.json"),
          putBody(db,
                  "INSERT INTO bodies(n, body) VALUES (?1, ?2) ON CONFLICT(n) DO UPDATE SET body = "
                  "excluded.body WHERE body IS NOT excluded.body"),
          record(db, "SELECT r.json FROM records r JOIN emails e ON e.n = r.n WHERE e.id = ?1"),
          remove(db, "DELETE FROM emails WHERE id = ?1"),
          count(db, "SELECT count(*) FROM emails"),
          leadName(db, "SELECT name FROM refs WHERE id = ?1 AND name IS NOT NULL")
    { }
    bool isValid() const
    {
        return stage.isValid() && clearStaged.isValid() && stageId.isValid() && removeStaged.isValid()
            && clearStagedIds.isValid() && upsert.isValid() && findRef.isValid() && addRef.isValid()
            && number.isValid() && row.isValid() && putRecord.isValid() && putBody.isValid()
            && record.isValid() && remove.isValid() && count.isValid() && leadName.isValid();
    }
    SqliteStatement stage, clearStaged, stageId, removeStaged, clearStagedIds, upsert, findRef, addRef,
        number, row, putRecord, putBody, record, remove, count,
        leadName; // asked for each lead first shown in the list: prepared once, not per lead
};
