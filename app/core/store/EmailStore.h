#pragma once

#include "core/base/IdSet.h"
#include "core/email/EmailActivity.h"
#include "core/store/ListRow.h"
#include "core/store/SqliteDb.h"
#include "core/store/StoreView.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class WalCheckpointer;

// The local store: one SQLite file per connection profile holding the list's rows of every email
// seen, the full record of every email opened, lead names and when the list was last loaded. It is a
// cache of what Close has, never of what the user typed (that is the journal's), so it can be deleted
// at any time and is rebuilt from Close. It never holds the API key.
//
// Every view of an email follows it: the list model reads the rows in view from it (a window at a
// time, sorted and filtered by indexed SQL, searched through FTS5), and every answer that changes an
// email is written here first. A store that cannot be used (damaged, newer, locked, read-only, full)
// is explained in one sentence that names the file, and the session goes on with a store in memory.
class EmailStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailStore)

public:
    // A store in memory (tests, and wherever no file can be used).
    explicit EmailStore(QObject *parent = nullptr);
    ~EmailStore() override;
    // Opens (or makes) the store at `path`, moving a damaged file aside; never fails: a file that
    // cannot be used leaves a store in memory and a sentence in problem().
    static std::unique_ptr<EmailStore> open(const QString &path);

    QString path() const { return m_path; } // empty while in memory
    // What another connection opens to read this store (the file, or the shared memory database).
    QString uri() const { return m_uri; }
    bool isOnDisk() const { return !m_path.isEmpty(); }
    // What went wrong with the file, in a sentence for the user; empty when nothing did.
    QString problem() const { return m_problem; }

    // Writes, each in one transaction. A row the store has is replaced (by id).
    void putRows(const QList<ListRow> &rows);
    // The rows of a page of the list. In a store on disk the pages of a load share one transaction,
    // written out every batchMs or batchRows (or before any other write, which is never overtaken):
    // a commit writes every index page the rows touched, and the rows of one page are scattered over
    // the sort indexes, so a commit per page wrote most of them again and again. This store reads the
    // rows at once; other connections (the background reader, another instance) see them once
    // committed() says so. If the file fails when they are written, they go to memory as any write.
    void putListedRows(const QList<ListRow> &rows);
    static constexpr int batchMs = 100; // well below the busy timeout another instance waits
    static constexpr int batchRows = 2000;
    // An email's whole record (after it was opened or changed): its row, the record and its body text.
    void putRecord(const EmailActivity &email);
    // Many at once, in one transaction (a sync); records the store already holds as they are are skipped.
    void putRecords(const QList<EmailActivity> &emails);
    void remove(const QString &id);
    void remove(const QStringList &ids); // in one transaction
    // After a complete load of `view`'s filters: the stored emails it did not return are gone.
    void keepOnly(const StoreView &view, const IdSet &ids);
    // Joins the pages' transaction when one is open (it is a load's), like setLoaded of an
    // incomplete load.
    void setLeadName(const QString &leadId, const QString &name);
    std::optional<QString> leadName(const QString &leadId);
    // Forgets what the store holds of Close: its emails, records, lead names, loads and who the user
    // is (Settings: Forget stored emails). Drafts written offline (local ids) stay with what they
    // name, and so do the saves waiting for Close.
    void forget();
    // Puts the words of emails written since into the search index, at most `limit` of them (all:
    // -1); true when none is left waiting. Writes do not index (a load's rows are listed without
    // waiting for their words): the store indexes when the window has been idle for indexIdleMs, and
    // every search through this store indexes first (the background reader's asker calls this).
    bool indexPending(qint64 limit = -1);
    qint64 pendingIndexCount();
    // The sort indexes (StoreSchema.h) are made once the store holds more emails than this, one
    // after each write out of the pages' transaction (or when idle): 5-20 ms each at that size. The
    // list model orders a store that big on its reader thread, so a sort meanwhile waits for no index.
    static constexpr qint64 sortIndexesAbove = 20000;
    void setSortIndexesAbove(qint64 emails) { m_sortIndexesAbove = emails; } // tests
    int sortIndexCount() const { return m_sortIndexes; }
    static constexpr int indexIdleMs = 200;
    static constexpr int indexStep = 1000; // rows per idle step: a few milliseconds

    std::optional<EmailActivity> record(const QString &id);
    // Who the connection is in Close (its /me/ answer's id, name and sending addresses): so a start
    // without Close still knows "mine" and whom a new draft is from. Forgotten with the emails.
    struct Me
    {
        QString userId;
        QString name;
        QStringList identities;
    };
    void setMe(const Me &me);
    std::optional<Me> me();
    struct Load
    {
        QDateTime at;
        bool complete = false;
    };
    void setLoaded(const QString &key, const QDateTime &at, bool complete);

    // Saves made while Close could not be reached: the email as the edits were made on it (its
    // date_updated is what the conflict check compares), the PUT's fields, and when. Kept through
    // Forget Stored Emails: they are the user's (the journal keeps the text as well).
    struct QueuedSave
    {
        EmailActivity base;
        QJsonObject changes;
        QDateTime queuedAt;
        // The subject it will have once saved.
        QString subject() const
        {
            return changes.contains(u"subject") ? changes.value(u"subject").toString() : base.subject();
        }
        // A draft written while Close could not be reached: it is made in Close (base is what the
        // POST carries), then its changes are saved as any other.
        bool isNewDraft() const { return base.isLocalOnly(); }
    };
    // A second save of the same email replaces its changes, keeping its place and its base.
    bool queueSave(const EmailActivity &base, const QJsonObject &changes);
    QList<QueuedSave> queuedSaves(); // in the order they were made
    bool isQueued(const QString &id);
    void unqueueSave(const QString &id);
    qint64 queuedSaveCount();
    // A new draft written while Close could not be reached (EmailActivity::isLocalOnly): it waits in
    // line to be made, and the list shows it meanwhile.
    bool queueNewDraft(const EmailActivity &draft);
    // Close made it: its waiting changes (if any) now wait for `created`, in the same place in line,
    // and its row is Close's record.
    void adoptCreated(const QString &localId, const EmailActivity &created);

    // The leads of stored emails that match these words (as the list's search matches them), with
    // the contacts and addresses those emails were written to: a lead to write to when Close's own
    // lead search cannot be reached.
    struct KnownLead
    {
        struct Contact
        {
            QString id; // empty: an address without a contact Draftdesk knows
            QStringList addresses;
        };
        QString id;
        QString name;
        QList<Contact> contacts;
    };
    QList<KnownLead> knownLeads(const QString &words, int limit = 20);
    std::optional<KnownLead> knownLead(const QString &leadId);
    std::optional<Load> loaded(const QString &key);

    // Reads. The store's numbers (n) of the emails in `view`, in its order; at most `limit`.
    std::vector<qint64> order(const StoreView &view, qint64 limit = -1);
    qint64 count(); // every stored email (reads them all: for a sentence, not for a decision)
    // About how many emails are stored, at once (the highest number given out).
    qint64 estimatedCount();
    // The rows with these numbers (those still stored).
    QHash<qint64, ListRow> rows(const std::vector<qint64> &numbers);
    std::optional<qint64> numberOf(const QString &id);

    static QString fileNameFor(const QString &profileKey);

signals:
    // Something was written: views re-read what they show. Only lead names changed: rows that are
    // neither sorted nor searched by them keep their places.
    void changed(bool onlyLeadNames);
    // The saves waiting for Close changed (one more, one fewer).
    void queueChanged(qint64 count);
    // The file could not be used any more (see problem()); the store went on in memory.
    void problemOccurred(const QString &sentence);
    // The listed rows written so far are in the file: other connections can read them now.
    void committed();

private:
    struct Unopened
    {
    };
    // A store with no database yet (open() opens its file: a schema in memory first would be wasted).
    explicit EmailStore(Unopened);
    struct Statements;
    bool openFile(const QString &path, bool create);
    void useMemory();
    bool prepare();
    // What a write changed, for those who follow the store.
    enum class Change { Rows, LeadNames, Nothing };
    // Now: a transaction of its own (after the pages' transaction is committed). Batched: within the
    // pages' transaction, opened if there is none (a store on disk only; in memory it is Now).
    // JoinBatch: within the pages' transaction if one is open, else Now.
    enum class Commit { Now, Batched, JoinBatch };
    // `change` is read once `work` succeeded, so work may lower it (a write that changed nothing).
    bool write(const std::function<bool()> &work, const Change &change = Change::Rows,
               Commit commit = Commit::Now);
    bool writeInBatch(const std::function<bool()> &work, const Change &change);
    // Writes the pages' transaction out; a failure moves the store to memory with its rows.
    void commitBatch();
    // The pages' transaction failed (a write in it, or its commit): it is rolled back, the store moves
    // as after any failed write, and its rows are written again there.
    void batchFailed();
    // A write failed with this: the file is moved aside or left, and the store goes on in memory.
    void writeFailed(int code, const QString &detail);
    void wrote(const Change &change); // for those who follow the store, and the idle indexing
    void rollBack();
    void setLoadCache(bool loading);
    void indexWhenIdle(int delayMs);
    qint64 putRowsNow(const QList<ListRow> &rows, Commit commit); // how many rows it wrote
    void fileFailed(const QString &path, int code, const QString &detail);
    void quarantine(const QString &detail);
    qint64 refFor(const QString &id);
    bool putRow(const ListRow &row);
    bool stageRow(const ListRow &row);
    // Writes the staged rows; `written` (if given) is how many were new or different.
    bool writeStaged(qint64 *written = nullptr);
    bool removeInOne(const QStringList &ids);
    void checkLocale();
    // One more of the sort indexes, if the store is big enough and lacks one; false when none was made.
    bool makeSortIndexWhenBig();
    bool isTruncated(const QString &path);
    void readFailed(int code);

    SqliteDb m_db;
    // Copies the write-ahead log into the file off this thread (a store on disk); destroyed before the
    // connection closes, the file moves or the store goes to memory.
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<Statements> m_statements;
    QString m_path;
    QString m_uri;
    QString m_problem;
    QHash<QString, qint64> m_refs;
    qint64 m_count = -1;
    int m_sortIndexes = 0; // how many of StoreSchema's sort indexes the store has
    bool m_sortIndexFailed = false; // making one failed: not tried again in this session
    qint64 m_sortIndexesAbove = sortIndexesAbove;
    // The pages' transaction (putListedRows): open or not, since when, and its rows (written again
    // in memory if the file fails before they are in it).
    bool m_inBatch = false;
    bool m_loadCache = false; // the page cache is a load's (16 MiB) until it ends or the store idles
    QTimer *m_batchTimer = nullptr;
    QTimer *m_indexTimer = nullptr; // indexPending when idle
    QElapsedTimer m_batchAge;
    QList<ListRow> m_batchRows;
    QHash<QString, QString> m_batchLeadNames; // lead id → name set within it
};
