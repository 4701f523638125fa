#pragma once

#include "main/InstanceLock.h"

#include <QObject>

class QSocketNotifier;
class StartConnection;

// One Draftdesk per journal. Two windows on one journal deleted each other's unsaved edits: one saved
// an email and removed its journal entry, which held what the other had typed. So the first start
// holds a lock in the journal folder, and a second start asks the first to come forward (and to open
// what it was asked to open) instead of running beside it. A killed process's lock goes with it; the
// journal entries it left are then offered back as usual.
//
// The two talk over an abstract Unix socket with plain POSIX calls: QLocalSocket would bring Qt Network
// into every start, which the program loads only after its first frame (HttpModule.h).
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &journalDirectory, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process now holds the journal; it then listens for later starts.
    bool claim();

    enum class Answer { CameForward, NoAnswer };
    // For a start that could not claim: asks the holder to come forward and open `emailId` (if any).
    Answer askHolderToComeForward(const QString &emailId, int timeoutMs = 5000) const;
    // The holder's process id, for a message when it does not answer.
    qint64 holderPid() const;

signals:
    // A later start asked this one to come forward, and to open this email when not empty.
    void comeForwardRequested(const QString &emailId);

private:
    void acceptStarts();
    void readRequest(StartConnection *connection);

    QByteArray m_serverName;
    InstanceLock m_lock;
    int m_listener = -1;
    QSocketNotifier *m_listening = nullptr;
};
