#pragma once

#include "sandbox/SandboxApi.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

// A simulated colleague working in Close's web app (--churn): at a given rate they edit, schedule,
// send, delete and write drafts, through the same rules as the API, so every change lands in the event
// log as a colleague's (their user, no API key). The rate is changes per minute; change() makes one
// at once (tests call it instead of waiting for the timer).
class SandboxChurn final : public QObject
{
    Q_OBJECT

public:
    SandboxChurn(SandboxStore &store, SandboxApi &api, const SandboxClock &clock, QObject *parent = nullptr);

    void start(double changesPerMinute);
    void stop() { m_timer.stop(); }
    // One change; returns the id of the email it touched (empty when there was nothing to change).
    QString change();
    // The colleague: the organisation's second user (the first owns the API key).
    const QJsonObject &colleague() const;

private:
    QString aDraft();
    QJsonObject edited(const QJsonObject &draft);

    SandboxStore &m_store;
    SandboxApi &m_api;
    const SandboxClock &m_clock;
    QTimer m_timer;
    QRandomGenerator m_random {11};
    int m_changes = 0;
};
