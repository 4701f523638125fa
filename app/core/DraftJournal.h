#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
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

        QString bodyHtml() const { return edits.value(u"body_html").toString(); }
    };

    explicit DraftJournal(const QString &directory, QObject *parent = nullptr);
    ~DraftJournal() override;
    // <AppDataLocation>/journal
    static QString defaultDirectory();

    // Remembers the edits now and writes them after the delay (at most 2 s; 0 writes at once).
    void record(const QString &emailId, const QDateTime &basedOn, const QJsonObject &edits,
                const QString &subject);
    // Writes everything pending (on focus loss, close, before sending, at quit).
    bool flush();
    void remove(const QString &emailId);
    QList<Entry> entries() const;
    std::optional<Entry> entry(const QString &emailId) const;
    void setDelay(int msecs);
    QString directory() const { return m_directory; }
    QString lastError() const { return m_lastError; }

signals:
    void writeFailed(const QString &message);

private:
    QString fileFor(const QString &emailId) const;
    bool write(const Entry &entry);

    QString m_directory;
    QHash<QString, Entry> m_pending;
    QTimer m_timer;
    QString m_lastError;
};
