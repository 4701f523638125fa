// What the local store does with the disk: the emails' text goes to no file outside the profile's
// store (SQLite's temporary files), and the write-ahead log is copied into the store's file on a
// thread of its own, never by the thread that writes (the window's), and does not grow without end.
#include "core/store/EmailStore.h"
#include "core/store/SqliteDb.h"
#include "core/store/WalCheckpointer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/inotify.h>
#include <thread>
#include <unistd.h>

namespace {
ListRow makeRow(int i)
{
    EmailActivity email;
    email.setValue(QStringLiteral("id"), QStringLiteral("acti_%1").arg(i, 6, 10, QLatin1Char('0')));
    // Text of some length, as a real list has: subjects, recipients, senders land in five indexes.
    email.setValue(
        QStringLiteral("subject"),
        QStringLiteral("Quote %1 for the spring order of jackets and boots").arg(i * 7919 % 100003));
    email.setValue(QStringLiteral("status"), QStringLiteral("draft"));
    email.setValue(QStringLiteral("lead_id"), QStringLiteral("lead_%1").arg(i % 500));
    email.setValue(QStringLiteral("to"),
                   QJsonArray {QStringLiteral("buyer%1@example.com").arg(i * 31 % 9973)});
    email.setValue(QStringLiteral("sender"), QStringLiteral("Rep %1 <rep%1@example.com>").arg(i % 40));
    email.setValue(
        QStringLiteral("date_created"),
        QDateTime::fromSecsSinceEpoch(1'700'000'000 + i * 61, Qt::UTC).toString(Qt::ISODateWithMs));
    return ListRow::from(email);
}

// A load as the list makes it: pages of 100 rows into the pages' transaction.
void load(EmailStore &store, int first, int count)
{
    for (int page = first; page < first + count; page += 100) {
        QList<ListRow> rows;
        for (int i = page; i < std::min(page + 100, first + count); ++i)
            rows.append(makeRow(i));
        store.putListedRows(rows);
    }
    store.setLoaded(QStringLiteral("all"), QDateTime::currentDateTimeUtc(), true); // written out
}

qint64 sizeOf(const QString &path)
{
    return QFileInfo(path).size(); // 0 for a file that is not there
}

// Rows of 3,000 bytes: one page each.
QByteArray insertRows(int count)
{
    return "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < "
        + QByteArray::number(count) + ") INSERT INTO t SELECT randomblob(3000) FROM c";
}
} // namespace

class TestStoreDisk final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // SQLite reads where its temporary files go when it starts: before the first connection.
        QVERIFY(m_temporaryFiles.isValid());
        qputenv("SQLITE_TMPDIR", QFile::encodeName(m_temporaryFiles.path()));
    }

    void aLoadWritesNoTemporaryFile()
    {
        const int watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QVERIFY(watch >= 0);
        const auto closeWatch = qScopeGuard([watch] { ::close(watch); });
        QVERIFY(inotify_add_watch(watch, QFile::encodeName(m_temporaryFiles.path()).constData(), IN_CREATE)
                >= 0);
        const auto created = [watch] {
            // The kernel queues an event when the file is made: whatever was made is in by now.
            QStringList names;
            alignas(inotify_event) char buffer[8192];
            for (ssize_t got; (got = ::read(watch, buffer, sizeof buffer)) > 0;) {
                for (char *at = buffer; at < buffer + got;) {
                    const auto *event = reinterpret_cast<const inotify_event *>(at);
                    names.append(QFile::decodeName(event->len ? event->name : ""));
                    at += sizeof(inotify_event) + event->len;
                }
            }
            return names;
        };

        QTemporaryDir profile;
        std::unique_ptr<EmailStore> store
            = EmailStore::open(profile.filePath(QStringLiteral("emails.sqlite")));
        QVERIFY(store->isOnDisk());
        load(*store, 0, 5000);
        load(*store, 2500, 5000); // half of them again as they are stored, half new
        QCOMPARE(store->count(), 7500);
        QCOMPARE(created(), QStringList());

        // The watch sees what is made there (so that the check above could fail).
        QFile mine(m_temporaryFiles.filePath(QStringLiteral("mine")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        QCOMPARE(created(), QStringList {QStringLiteral("mine")});
    }

    void theLogIsCopiedOnAThreadOfItsOwn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.sqlite"));
        SqliteDb writer;
        QCOMPARE(writer.open(path, true), SQLITE_OK);
        QVERIFY(writer.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                            "CREATE TABLE t(x BLOB)"));
        std::atomic<int> checkpoints = 0;
        std::atomic<bool> onTheWritersThread = false;
        std::atomic<int> copied = 0;
        const std::thread::id writersThread = std::this_thread::get_id();
        {
            WalCheckpointer checkpointer(path);
            checkpointer.setObserver([&](int logPages, int copiedPages) {
                if (std::this_thread::get_id() == writersThread)
                    onTheWritersThread = true;
                if (logPages > 0 && copiedPages == logPages)
                    copied = copiedPages;
                ++checkpoints;
            });
            checkpointer.install(writer.handle());

            // Below the threshold nothing is asked; SQLite's own checkpoint is off (the file stays
            // as it was made: the pages are in the log).
            QVERIFY(writer.exec(insertRows(200).constData()));
            const qint64 before = sizeOf(path);
            QVERIFY(writer.exec("BEGIN") && writer.exec(insertRows(1200).constData())
                    && writer.exec("COMMIT"));
            QTRY_VERIFY(copied.load() >= WalCheckpointer::checkpointPages);
            QVERIFY(!onTheWritersThread);
            QVERIFY2(sizeOf(path) > before + 1200 * 3000, "the rows are in the store's file");

            // The log starts over at the next write: it does not grow with every load.
            const qint64 logSize = sizeOf(path + QStringLiteral("-wal"));
            for (int i = 0; i < 5; ++i) {
                const int done = checkpoints;
                QVERIFY(writer.exec(insertRows(1200).constData()));
                QTRY_VERIFY(checkpoints > done);
            }
            QVERIFY(sizeOf(path + QStringLiteral("-wal")) <= logSize);
        }
        // Gone: commits no longer ask it (the hook is off the writer), and nothing waits for it.
        QVERIFY(writer.exec(insertRows(1200).constData()));
        SqliteStatement count(writer, "SELECT count(*) FROM t");
        QCOMPARE(count.step(), SQLITE_ROW);
        QCOMPARE(count.integer(0), 200 + 1200 * 7);
    }

    void aLoadIsInTheStoresFileWithoutAClose()
    {
        // Another instance, or the next start after a crash, reads the file: the rows must get there
        // while this one runs, not only when it closes.
        QTemporaryDir profile;
        const QString path = profile.filePath(QStringLiteral("emails.sqlite"));
        std::unique_ptr<EmailStore> store = EmailStore::open(path);
        QVERIFY(store->isOnDisk());
        load(*store, 0, 20000);
        // The file alone, as a start after a crash that lost the log would find it: most of the rows
        // are in it (the last commits may still wait in the log for the next checkpoint).
        const QString copy = profile.filePath(QStringLiteral("file-alone.sqlite"));
        const auto rowsInTheFileAlone = [&] {
            QFile::remove(copy);
            if (!QFile::copy(path, copy))
                return qint64(-1);
            SqliteDb alone;
            if (alone.open(copy, false, true) != SQLITE_OK)
                return qint64(-1);
            SqliteStatement count(alone, "SELECT count(*) FROM emails");
            return count.step() == SQLITE_ROW ? count.integer(0)
                                              : qint64(-1); // (a copy made mid-copy: again)
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowsInTheFileAlone() >= 15000, 20000);
        // Removed right after a load (Forget, a profile removed): nothing is left writing the file.
        load(*store, 20000, 20000);
        store.reset();
        // The window's connection closed last (the checkpointer's had closed before it): it copied
        // the rest of the log and took the log away, so the file is whole by itself.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
        QCOMPARE(EmailStore::open(path)->count(), 40000);
    }

    void aStartThatMeetsTheSameUserWritesNothing()
    {
        // Who the user is arrives before the list's first paint at every start: a write there would
        // start the log and wait for the disk twice, for nothing.
        QTemporaryDir profile;
        const QString path = profile.filePath(QStringLiteral("emails.sqlite"));
        const EmailStore::Me anna {
            QStringLiteral("user_1"), QStringLiteral("Anna Krause"), {QStringLiteral("anna@example.com")}};
        EmailStore::open(path)->setMe(anna);
        std::unique_ptr<EmailStore> store = EmailStore::open(path);
        store->setMe(anna);
        QCOMPARE(sizeOf(path + QStringLiteral("-wal")), 0);
        QCOMPARE(store->me()->name, QStringLiteral("Anna Krause"));

        store->setMe({anna.userId, QStringLiteral("Anna Schmidt"), anna.identities}); // she married
        QVERIFY(sizeOf(path + QStringLiteral("-wal")) > 0);
        store.reset();
        QCOMPARE(EmailStore::open(path)->me()->name, QStringLiteral("Anna Schmidt"));
    }

private:
    QTemporaryDir m_temporaryFiles;
};

QTEST_GUILESS_MAIN(TestStoreDisk)
#include "tst_storedisk.moc"
