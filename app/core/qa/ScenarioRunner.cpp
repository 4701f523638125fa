#include "core/qa/ScenarioRunner.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/qa/ExchangeText.h"

#include <QTimer>

ScenarioRunner::ScenarioRunner(CloseClient *client, Scenario scenario, QObject *parent)
    : QObject(parent), m_client(client), m_scenario(std::move(scenario))
{ }

bool ScenarioRunner::stepCouldSend(int step) const
{
    const ApiRequest request = m_scenario.request(step, m_values);
    return !request.isRead() && request.body && CloseClient::movesToSending(*request.body);
}

bool ScenarioRunner::allPassed() const
{
    return std::all_of(m_results.cbegin(), m_results.cend(), [](const StepResult &r) { return r.passed; });
}

void ScenarioRunner::runAll()
{
    m_runAll = true;
    runStep();
}

void ScenarioRunner::runStep()
{
    if (isRunning() || atEnd() || aborted())
        return;
    const int step = nextStep();
    StepResult result;
    result.step = step;
    result.request = m_scenario.describeStep(step);
    result.expectedStatus = m_scenario.steps.at(step).expectedStatus;
    if (m_skipRest) {
        result.failures.append(tr("not run: an earlier step was not sent"));
        m_concluding = true;
        QTimer::singleShot(0, this, [this, result] { conclude(result); });
        return;
    }
    if (stepCouldSend(step) && !(confirmSend && confirmSend(step))) {
        result.failures.append(tr("not sent: it could send an email and was not confirmed"));
        // Later steps build on this one: they are not run either.
        m_skipRest = true;
        m_concluding = true;
        QTimer::singleShot(0, this, [this, result] {
            m_runAll = true;
            conclude(result);
        });
        return;
    }
    m_call = m_client->sendAsWritten(m_scenario.request(step, m_values));
    connect(m_call, &ApiCall::finished, this,
            [this, step](const ApiResult &answer) { onAnswer(step, answer); });
}

void ScenarioRunner::onAnswer(int step, const ApiResult &answer)
{
    const quint64 logId = m_call ? m_call->logId() : 0;
    m_call = nullptr;
    StepResult result;
    result.step = step;
    result.request = m_scenario.describeStep(step);
    result.expectedStatus = m_scenario.steps.at(step).expectedStatus;
    result.status = answer.httpStatus;
    if (result.status != result.expectedStatus)
        result.failures.append(
            result.status == 0 ? tr("no answer: %1").arg(answer.error.message)
                               : tr("status %1, recorded %2").arg(result.status).arg(result.expectedStatus));
    if (const Exchange *exchange = m_client->requestLog()->find(logId)) {
        if (!exchange->responseTruncated && result.status != 0)
            m_scenario.compareAnswer(step, result.status, exchange->responseBody.bytes(), m_values,
                                     &result.failures, &result.notes);
        result.notes += ExchangeText::schemaNotes(*exchange);
    }
    result.passed = result.failures.isEmpty();
    // Nothing to compare when nothing could be asked: say why and stop, rather than fail every step.
    const bool noConnection = result.status == 0
        && (answer.error.kind == ApiError::Kind::Network || answer.error.kind == ApiError::Kind::Tls);
    const bool keyRefused = m_results.isEmpty() && (result.status == 401 || result.status == 403)
        && result.status != result.expectedStatus;
    if (noConnection)
        m_abortReason = tr("no connection could be set up: %1").arg(answer.error.message);
    else if (keyRefused)
        m_abortReason = tr("the key was refused on the first step (%1): %2")
                            .arg(result.status)
                            .arg(answer.error.message);
    if (aborted()) {
        m_results.append(result);
        emit stepFinished(result);
        m_runAll = false;
        emit finished(false);
        return;
    }
    conclude(result);
}

void ScenarioRunner::conclude(StepResult result)
{
    m_concluding = false;
    m_results.append(result);
    emit stepFinished(result);
    if (atEnd()) {
        m_runAll = false;
        emit finished(allPassed());
        return;
    }
    if (m_runAll)
        runStep();
}
