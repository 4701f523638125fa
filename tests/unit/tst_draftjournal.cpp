#include "core/drafts/DraftJournal.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDraftJournal final : public QObject
{
    Q_OBJECT

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
};

QTEST_GUILESS_MAIN(TestDraftJournal)
#include "tst_draftjournal.moc"
