#include "core/drafts/DraftJournal.h"

#include "core/base/IsoDateTime.h"
#include "core/base/WholeFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

DraftJournal::DraftJournal(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory)
{
    m_timer.setSingleShot(true);
    // With the editor's own pause (250 ms), typed text is on disk within 500 ms of a pause.
    m_timer.setInterval(defaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftJournal::flush);
}

DraftJournal::~DraftJournal()
{
    flush();
}

QString DraftJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal");
}

bool DraftJournal::isOnDisk(const QString &emailId) const
{
    return !m_pending.contains(emailId) && !m_failed.contains(emailId);
}

QString DraftJournal::checkWritable(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return tr("Draftdesk cannot create %1, so unsaved drafts cannot be kept on disk. Make the folder "
                  "writable, or save often.")
            .arg(directory);
    // A probe the size of a typical entry: two bytes fit in a block a full disk still has.
    QString error;
    if (!WholeFile::write(directory + QStringLiteral("/.write-check"), QByteArray(16 * 1024, ' '), &error)) {
        QFile::remove(directory + QStringLiteral("/.write-check"));
        return tr("Draftdesk cannot write in %1 (%2), so unsaved drafts cannot be kept on disk. Make "
                  "room or the folder writable, or save often.")
            .arg(directory, error);
    }
    QFile::remove(directory + QStringLiteral("/.write-check"));
    return {};
}

void DraftJournal::checkWritableSoon()
{
    // The watcher goes with the journal, so no answer reaches a journal that is gone; the probe only
    // needs the folder's name.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        emit writableChecked(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([directory = m_directory] { return checkWritable(directory); }));
}

void DraftJournal::setDelay(int msecs)
{
    m_timer.setInterval(qBound(0, msecs, 2000));
}

QString DraftJournal::fileFor(const QString &emailId) const
{
    // Ids come from a server: hash them so that no id can name a path outside the journal.
    const QByteArray hash = QCryptographicHash::hash(emailId.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_directory + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

void DraftJournal::record(const QString &emailId, const QDateTime &basedOn, const QJsonObject &edits,
                          const QString &subject)
{
    m_pending.insert(emailId,
                     Entry {emailId, basedOn, QDateTime::currentDateTimeUtc(), edits, subject, m_connection});
    if (m_timer.interval() == 0)
        flush();
    else if (!m_timer.isActive())
        m_timer.start();
}

bool DraftJournal::flush()
{
    m_timer.stop();
    bool ok = true;
    const QHash<QString, Entry> pending = std::exchange(m_pending, {});
    for (const Entry &entry : pending) {
        if (write(entry)) {
            if (m_failed.remove(entry.emailId))
                emit writeRecovered(entry.emailId);
            continue;
        }
        ok = false;
        m_failed.insert(entry.emailId);
        // Kept for the next try, unless newer edits arrived meanwhile.
        if (!m_pending.contains(entry.emailId))
            m_pending.insert(entry.emailId, entry);
        emit writeFailed(entry.emailId, m_lastError);
    }
    return ok;
}

bool DraftJournal::write(const Entry &entry)
{
    if (!QDir().mkpath(m_directory)) {
        m_lastError = tr("Cannot create the folder %1 for unsaved drafts.").arg(m_directory);
        return false;
    }
    QJsonObject json {
        {QStringLiteral("format"), 1},
        {QStringLiteral("email_id"), entry.emailId},
        {QStringLiteral("based_on"), IsoDateTime::format(entry.basedOn)},
        {QStringLiteral("saved_at"), IsoDateTime::format(entry.savedAt)},
        {QStringLiteral("subject"), entry.subject},
        {QStringLiteral("edits"), entry.edits},
    };
    if (!entry.connection.isEmpty())
        json.insert(QStringLiteral("connection"), entry.connection);
    // Whole or not at all: a short write (full disk, file size limit) leaves the older entry in place,
    // and the edits stay pending in memory to be tried again.
    QString error;
    if (!WholeFile::write(fileFor(entry.emailId), QJsonDocument(json).toJson(QJsonDocument::Compact),
                          &error)) {
        m_lastError = tr("Could not write the unsaved draft to %1: %2").arg(fileFor(entry.emailId), error);
        return false;
    }
    return true;
}

void DraftJournal::remove(const QString &emailId)
{
    m_pending.remove(emailId);
    if (m_failed.remove(emailId))
        emit writeRecovered(emailId); // nothing left to keep: the warning can go
    QFile::remove(fileFor(emailId));
}

std::optional<DraftJournal::Entry> DraftJournal::entry(const QString &emailId) const
{
    if (m_pending.contains(emailId))
        return m_pending.value(emailId);
    for (const Entry &e : entries()) {
        if (e.emailId == emailId)
            return e;
    }
    return std::nullopt;
}

QList<DraftJournal::Entry> DraftJournal::entries() const
{
    QList<Entry> list;
    const QDir dir(m_directory);
    // The suffix is checked here, not by a name filter: QDir turns "*.json" into a regular expression,
    // and that was the only one compiled at start-up (half a MB of PCRE2's JIT, a millisecond or two).
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Time)) {
        if (!info.fileName().endsWith(QLatin1String(".json")))
            continue;
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        if (json.value(u"format").toInt() != 1 || json.value(u"email_id").toString().isEmpty())
            continue; // a damaged file is left alone, not deleted: a person may still want it
        list.append(
            Entry {json.value(u"email_id").toString(), IsoDateTime::parse(json.value(u"based_on").toString()),
                   IsoDateTime::parse(json.value(u"saved_at").toString()), json.value(u"edits").toObject(),
                   json.value(u"subject").toString(), json.value(u"connection").toString()});
    }
    return list;
}

QList<DraftJournal::Entry> DraftJournal::entriesOfConnection() const
{
    QList<Entry> list = entries();
    list.removeIf([this](const Entry &entry) {
        return !entry.connection.isEmpty() && entry.connection != m_connection;
    });
    return list;
}
