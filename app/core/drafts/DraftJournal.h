#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

// Nothing a user typed is ever lost: every unsaved edit of a draft reaches disk within seconds, one
// file per email, written atomically (QSaveFile), with the date_updated it was based on. A successful
// save removes the file; what is left at start is offered back (a crash, a kill, a failed save).
class DraftJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftJournal)

public:
    struct Entry
    {
        QString emailId;
        QDateTime basedOn; // the server copy's date_updated when editing began
        QDateTime savedAt; // when this entry was written
        QJsonObject edits; // the changed fields, as a PUT would carry them
        QString subject; // for the recovery dialog
        // Which connection's email it is (a digest of its store's key): an email id means nothing in
        // another organisation. Empty in entries written before the journal kept it.
        QString connection;

        QString bodyHtml() const { return edits.value(u"body_html").toString(); }
    };

    explicit DraftJournal(const QString &directory, QObject *parent = nullptr);
    ~DraftJournal() override;
    // <AppDataLocation>/journal
    static QString defaultDirectory();

    static constexpr int defaultDelayMs = 200;
    // Remembers the edits now and writes them after the delay (at most 2 s; 0 writes at once). The
    // delay runs from the first unwritten edit, so steady typing still reaches disk on time.
    void record(const QString &emailId, const QDateTime &basedOn, const QJsonObject &edits,
                const QString &subject);
    // Writes everything pending (on focus loss, close, before sending, at quit).
    bool flush();
    void remove(const QString &emailId);
    QList<Entry> entries() const;
    // The connection in use: what record() stamps, and whose entries are offered back.
    void setConnection(const QString &connection) { m_connection = connection; }
    // The entries of the connection in use, and those that do not say whose they are.
    QList<Entry> entriesOfConnection() const;
    std::optional<Entry> entry(const QString &emailId) const;
    void setDelay(int msecs);
    QString directory() const { return m_directory; }
    QString lastError() const { return m_lastError; }
    // True when this email's latest edits are in a file now (nothing pending, the last write worked).
    // The editor says "kept on disk" only then.
    bool isOnDisk(const QString &emailId) const;
    // Tries to write into the folder now: empty when it can, else why not, in words.
    QString checkWritable() const { return checkWritable(m_directory); }
    static QString checkWritable(const QString &directory);
    // The same on a worker (at start: the probe waits for the disk, the window must not), answered
    // by writableChecked.
    void checkWritableSoon();

signals:
    // A write failed (read-only or full disk, a folder that cannot be made): the edits stay pending
    // and are tried again with the next edit or flush.
    void writeFailed(const QString &emailId, const QString &message);
    // A write worked again for this email after failing.
    void writeRecovered(const QString &emailId);
    // checkWritableSoon's answer: empty when the folder takes the journal, else why not, in words.
    void writableChecked(const QString &problem);

private:
    QString fileFor(const QString &emailId) const;
    bool write(const Entry &entry);

    QString m_directory;
    QHash<QString, Entry> m_pending;
    QSet<QString> m_failed; // emails whose latest write failed
    QTimer m_timer;
    QString m_lastError;
    QString m_connection;
};
