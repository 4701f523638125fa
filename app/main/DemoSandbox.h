#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

// The sandbox as `draftdesk --demo` runs it: draftdesk-sandbox as a child process on a free loopback
// port, with the demo data, its outbox and schedule ticking in real time, and a key it makes up for
// this run (read from its output, never on a command line). The program that holds a user's real
// key carries no HTTP server of its own, and does not load one at every start.
// The child quits when this object goes, and when this process dies (its standard input closes).
class DemoSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSandbox)

public:
    explicit DemoSandbox(QObject *parent = nullptr);
    ~DemoSandbox() override;

    // Starts it and waits until it listens (at most `timeoutMs`): false with a sentence that says why.
    bool start(QString *error, int timeoutMs = 20000);
    // Started and still there (a sandbox that died is started again by the next start()).
    bool isRunning() const { return m_process.state() == QProcess::Running && m_baseUrl.isValid(); }
    QUrl baseUrl() const { return m_baseUrl; }
    QString apiKey() const { return m_apiKey; }
    // Where draftdesk-sandbox is looked for: beside this program (installed), then in the build
    // tree's app/sandbox; empty when neither has it.
    static QString program();

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_apiKey;
};
