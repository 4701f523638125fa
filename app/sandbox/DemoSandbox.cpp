#include "sandbox/DemoSandbox.h"

#include "sandbox/DemoData.h"

DemoSandbox::DemoSandbox(QObject *parent) : QObject(parent) { }

DemoSandbox::~DemoSandbox() = default;

bool DemoSandbox::start(int emailCount, QString *error)
{
    if (!DemoData::populate(m_store, emailCount, m_clock.now(), error))
        return false;
    m_server = std::make_unique<SandboxServer>(m_store, m_clock);
    // A fresh key each run: nothing outside this process can guess it, and it is never a real one.
    m_apiKey = SandboxStore::newId(QStringLiteral("demo"));
    m_server->api().setApiKey(m_apiKey);
    m_server->setDueCheckInterval(1000);
    if (!m_server->start(0)) {
        if (error)
            *error = tr("Could not open a port on 127.0.0.1 for the demo sandbox.");
        m_server.reset();
        return false;
    }
    return true;
}
