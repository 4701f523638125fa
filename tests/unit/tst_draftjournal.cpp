#include "core/drafts/DraftJournal.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/mount.h>
#include <sys/resource.h>

namespace {

// `ulimit -f` inside the test: writes past the limit fail with EFBIG (SIGXFSZ ignored, as in
// draftdesk's main()). Lifted again when it goes out of scope.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_before);
        rlimit limited = m_before;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() { lift(); }
    void lift() { setrlimit(RLIMIT_FSIZE, &m_before); }

private:
    rlimit m_before {};
};

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString onlyFileIn(const QString &directory)
{
    const QStringList files = QDir(directory).entryList(QDir::Files | QDir::Hidden);
    return files.size() == 1 ? directory + "/" + files.constFirst() : QString();
}

} // namespace

class TestDraftJournal final : public QObject
{
    Q_OBJECT

    // What both "no room" tests check: the good entry stays, nobody says the edit is on disk, and it
    // is written once there is room again.
    void checkNoRoomKeepsTheGoodEntry(const QString &directory, const QString &reason,
                                      const std::function<void()> &makeRoom)
    {
        DraftJournal journal(directory);
        journal.setDelay(0);
        QSignalSpy failed(&journal, &DraftJournal::writeFailed);
        QSignalSpy recovered(&journal, &DraftJournal::writeRecovered);
        journal.record("acti_9", {}, {{"body_html", QString("<p>" + QString(20000, 'x') + "</p>")}}, "typed");
        QCOMPARE(failed.count(), 1);
        QVERIFY2(journal.lastError().contains(reason), qPrintable(journal.lastError()));
        QVERIFY(!journal.isOnDisk("acti_9"));
        QVERIFY(!journal.checkWritable().isEmpty()); // the start-up probe sees it too
        // The entry written before is the same bytes, and no half-written temporary file is left.
        QCOMPARE(contentsOf(onlyFileIn(directory)), m_goodEntry);
        QCOMPARE(DraftJournal(directory).entry("acti_9")->subject, QStringLiteral("good"));
        makeRoom();
        QVERIFY(journal.flush());
        QCOMPARE(recovered.count(), 1);
        QVERIFY(journal.isOnDisk("acti_9"));
        QCOMPARE(DraftJournal(directory).entry("acti_9")->subject, QStringLiteral("typed"));
    }

    QByteArray writeGoodEntry(const QString &directory)
    {
        DraftJournal journal(directory);
        journal.setDelay(0);
        journal.record("acti_9", {}, {{"subject", "good"}}, "good");
        [&] {
            QVERIFY(journal.isOnDisk("acti_9"));
        }();
        m_goodEntry = contentsOf(onlyFileIn(directory));
        return m_goodEntry;
    }

    QByteArray m_goodEntry;

private slots:
    void writesWithinTheDelayAndReadsBack()
    {
        QTemporaryDir dir;
        DraftJournal journal(dir.path());
        journal.setDelay(50);
        const QDateTime basedOn(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
        journal.record("acti_1", basedOn, {{"subject", "Grüße 👋"}, {"body_html", "<p>x</p>"}}, "Grüße 👋");
        QVERIFY(journal.entries().isEmpty()); // not yet on disk…
        QTRY_COMPARE_WITH_TIMEOUT(journal.entries().size(), 1, 2000); // …but within the delay
        const DraftJournal::Entry entry = journal.entries().first();
        QCOMPARE(entry.emailId, QStringLiteral("acti_1"));
        QCOMPARE(entry.basedOn, basedOn);
        QCOMPARE(entry.edits.value("subject").toString(), QString::fromUtf8("Grüße 👋"));
        QCOMPARE(entry.subject, QString::fromUtf8("Grüße 👋"));
    }

    // An email id means nothing in another organisation: each entry says whose connection it is,
    // and only that connection's (and those of a journal that did not say) are offered back.
    void entriesBelongToTheirConnection()
    {
        QTemporaryDir dir;
        {
            DraftJournal journal(dir.path());
            journal.setDelay(0);
            journal.setConnection("staging");
            journal.record("acti_s", {}, {{"subject", "typed for Staging"}}, "s");
            journal.setConnection("production");
            journal.record("acti_p", {}, {{"subject", "typed for Production"}}, "p");
            QVERIFY(journal.flush());
        }
        // Written by a version that kept no connection.
        QFile old(dir.filePath("old.json"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(R"({"format":1,"email_id":"acti_o","subject":"o","edits":{"subject":"from before"}})");
        old.close();

        DraftJournal reopened(dir.path());
        const auto idsOf = [](const QList<DraftJournal::Entry> &entries) {
            QStringList ids;
            for (const DraftJournal::Entry &entry : entries)
                ids.append(entry.emailId);
            ids.sort();
            return ids;
        };
        QCOMPARE(idsOf(reopened.entries()), (QStringList {"acti_o", "acti_p", "acti_s"}));
        reopened.setConnection("staging");
        QCOMPARE(idsOf(reopened.entriesOfConnection()), (QStringList {"acti_o", "acti_s"}));
        QCOMPARE(reopened.entry("acti_s")->connection, QStringLiteral("staging"));
        reopened.setConnection("production");
        QCOMPARE(idsOf(reopened.entriesOfConnection()), (QStringList {"acti_o", "acti_p"}));
        reopened.setConnection("demo");
        QCOMPARE(idsOf(reopened.entriesOfConnection()), QStringList {"acti_o"});
    }

    void aNewJournalFindsWhatTheOldOneLeft()
    {
        QTemporaryDir dir;
        {
            DraftJournal journal(dir.path());
            journal.setDelay(2000);
            journal.record("acti_2", {}, {{"subject", "typed just before the crash"}}, "s");
        } // destroyed unsaved: flushes
        DraftJournal reopened(dir.path());
        QCOMPARE(reopened.entries().size(), 1);
        QCOMPARE(reopened.entry("acti_2")->edits.value("subject").toString(),
                 QStringLiteral("typed just before the crash"));
        reopened.remove("acti_2");
        QVERIFY(reopened.entries().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {});
    }

    void idsCannotEscapeTheFolder()
    {
        QTemporaryDir dir;
        DraftJournal journal(dir.path() + "/journal");
        journal.setDelay(0);
        journal.record("../../etc/passwd", {}, {{"subject", "x"}}, "x");
        QCOMPARE(QDir(dir.path() + "/journal").entryList(QDir::Files).size(), 1);
        QCOMPARE(journal.entries().first().emailId, QStringLiteral("../../etc/passwd"));
    }

    void damagedFilesAreSkippedNotDeleted()
    {
        QTemporaryDir dir;
        QFile broken(dir.filePath("broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": 1, \"email_id\": ");
        broken.close();
        DraftJournal journal(dir.path());
        QVERIFY(journal.entries().isEmpty());
        QVERIFY(QFile::exists(dir.filePath("broken.json")));
    }

    void anUnwritableFolderIsReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath("not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DraftJournal journal(dir.filePath("not-a-folder/journal"));
        journal.setDelay(0);
        QSignalSpy failed(&journal, &DraftJournal::writeFailed);
        QSignalSpy recovered(&journal, &DraftJournal::writeRecovered);
        QVERIFY(journal.checkWritable().contains(dir.filePath("not-a-folder/journal")));
        journal.record("acti_3", {}, {{"subject", "x"}}, "x");
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("acti_3"));
        QVERIFY(!journal.lastError().isEmpty());
        QVERIFY(!journal.isOnDisk("acti_3")); // nobody may claim it is kept on disk
        QVERIFY(journal.entry("acti_3").has_value()); // still held, and tried again
        // The disk comes back: the next flush writes it and says so.
        QVERIFY(blocker.remove());
        QVERIFY(journal.flush());
        QCOMPARE(recovered.count(), 1);
        QVERIFY(journal.isOnDisk("acti_3"));
        QVERIFY(journal.checkWritable().isEmpty());
        DraftJournal reread(dir.filePath("not-a-folder/journal"));
        QVERIFY(reread.entry("acti_3").has_value());
    }

    // ulimit -f: EFBIG part-way through the entry. Qt's QSaveFile::commit() said true here and put a
    // short file in the good one's place.
    void aFileSizeLimitNeverShortensAnEntry()
    {
        QTemporaryDir dir;
        const QByteArray good = writeGoodEntry(dir.path());
        QVERIFY(!good.isEmpty());
        FileSizeLimit limit(good.size() + 100);
        checkNoRoomKeepsTheGoodEntry(dir.path(), "File too large", [&limit] { limit.lift(); });
    }

    // ulimit -f 0: not one byte can be written.
    void aZeroFileSizeLimitIsReportedAtStart()
    {
        QTemporaryDir dir;
        FileSizeLimit limit(0);
        DraftJournal journal(dir.path());
        QVERIFY(journal.checkWritable().contains(dir.path()));
        journal.setDelay(0);
        journal.record("acti_10", {}, {{"subject", "x"}}, "x");
        QVERIFY(!journal.isOnDisk("acti_10"));
        QVERIFY(journal.entry("acti_10").has_value()); // still held in memory
    }

    // A small tmpfs, filled up: ENOSPC. Mounting needs root, as CI has.
    void aFullDiskNeverShortensAnEntry()
    {
        QTemporaryDir dir;
        if (::mount("tmpfs", QFile::encodeName(dir.path()).constData(), "tmpfs", 0, "size=256k") != 0)
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        const auto unmount
            = qScopeGuard([&] { ::umount2(QFile::encodeName(dir.path()).constData(), MNT_DETACH); });
        const QString journalDir = dir.filePath("journal");
        QVERIFY(QDir().mkpath(journalDir));
        writeGoodEntry(journalDir);
        QFile filler(dir.filePath("filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) { }
        filler.close();
        checkNoRoomKeepsTheGoodEntry(journalDir, "No space left on device",
                                     [&filler] { QVERIFY(filler.remove()); });
    }
};

QTEST_GUILESS_MAIN(TestDraftJournal)
#include "tst_draftjournal.moc"
