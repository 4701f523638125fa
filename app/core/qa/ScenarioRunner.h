#pragma once

#include "core/api/ApiCall.h"
#include "core/qa/Scenario.h"

#include <QObject>
#include <QPointer>

#include <functional>

class CloseClient;
struct ApiResult;

// Replays a Scenario through a CloseClient (so with its redaction, retries, pacing and its refusal to
// repeat an ambiguous send), one step at a time or all at once, and compares each answer with the
// recorded one: the status, the response shape, and the schema notes Draftdesk has for emails.
// A step that could send an email goes only when confirmSend() says yes.
class ScenarioRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioRunner)

public:
    struct StepResult
    {
        int step = 0; // from 0
        QString request; // as describeStep() shows it
        int expectedStatus = 0;
        int status = 0; // 0: no HTTP answer
        bool passed = false;
        QStringList failures; // why it did not pass
        QStringList notes; // what differs without failing (new fields, nulls, schema notes)
    };

    ScenarioRunner(CloseClient *client, Scenario scenario, QObject *parent = nullptr);

    const Scenario &scenario() const { return m_scenario; }
    // Values for the scenario's variables on this run (the recorded ones otherwise).
    void setVariable(const QString &name, const QString &value) { m_values.insert(name, value); }
    // Asked before a step that could send an email; no answer (unset) means no.
    std::function<bool(int step)> confirmSend;

    bool stepCouldSend(int step) const;
    int nextStep() const { return int(m_results.size()); }
    bool isRunning() const { return m_call != nullptr || m_concluding; }
    bool atEnd() const { return nextStep() >= m_scenario.steps.size(); }
    const QList<StepResult> &results() const { return m_results; }
    bool allPassed() const;
    // The run stopped because the scenario could not be run at all: no connection could be set up
    // (refused, DNS, TLS), or the key was refused on the first step. Why, in words.
    bool aborted() const { return !m_abortReason.isEmpty(); }
    QString abortReason() const { return m_abortReason; }

public slots:
    // The next step only; ends in stepFinished (and finished after the last one).
    void runStep();
    // Every remaining step, one after the other.
    void runAll();

signals:
    void stepFinished(const ScenarioRunner::StepResult &result);
    void finished(bool allPassed);

private:
    void onAnswer(int step, const ApiResult &result);
    void conclude(StepResult result);

    CloseClient *m_client;
    Scenario m_scenario;
    QMap<QString, QString> m_values;
    QList<StepResult> m_results;
    QPointer<ApiCall> m_call;
    bool m_runAll = false;
    bool m_skipRest = false; // a step that could send was not confirmed
    bool m_concluding = false; // a step's result is on its way (a step that was not sent)
    QString m_abortReason;
};
