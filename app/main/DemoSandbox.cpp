#include "main/DemoSandbox.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>

namespace {
constexpr QByteArrayView listeningOn = "draftdesk-sandbox listening on ";
constexpr QByteArrayView keyIs = "API key: ";
} // namespace

DemoSandbox::DemoSandbox(QObject *parent) : QObject(parent) { }

DemoSandbox::~DemoSandbox()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // it quits when its standard input closes
    if (!m_process.waitForFinished(2000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

QString DemoSandbox::program()
{
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString &candidate : QStringList {here + QStringLiteral("/draftdesk-sandbox"),
                                                 here + QStringLiteral("/sandbox/draftdesk-sandbox")}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

bool DemoSandbox::start(QString *error, int timeoutMs)
{
    m_baseUrl.clear();
    m_apiKey.clear();
    const QString path = program();
    if (path.isEmpty()) {
        *error = tr("The demo needs draftdesk-sandbox, which is not installed beside Draftdesk (%1).")
                     .arg(QCoreApplication::applicationDirPath());
        return false;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("draftdesk.sandbox*.info=false"));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel); // its errors, in this one's
    m_process.start(path,
                    {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--random-key"),
                     QStringLiteral("--quit-with-stdin")});
    const QDeadlineTimer deadline(timeoutMs);
    QUrl base;
    QString key;
    while (!base.isValid() || key.isEmpty()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            if (m_process.error() == QProcess::FailedToStart)
                *error = tr("The demo's sandbox (%1) did not start: %2").arg(path, m_process.errorString());
            else if (m_process.state() == QProcess::NotRunning)
                *error = tr("The demo's sandbox (%1) stopped before it was ready (exit status %2); what it "
                            "said is on Draftdesk's standard error.")
                             .arg(path)
                             .arg(m_process.exitCode());
            else
                *error = tr("The demo's sandbox (%1) did not answer within %n second(s).", nullptr,
                            timeoutMs / 1000)
                             .arg(path);
            m_process.kill();
            m_process.waitForFinished(2000);
            return false;
        }
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith(listeningOn))
                base = QUrl(QString::fromUtf8(line.mid(listeningOn.size())));
            else if (line.startsWith(keyIs))
                key = QString::fromUtf8(line.mid(keyIs.size()).split(' ').value(0));
        }
    }
    m_baseUrl = base;
    m_apiKey = key;
    return true;
}
