#pragma once

#include "core/qa/ScenarioRunner.h"

#include <QCoreApplication>
#include <QString>

// A replay as a JUnit XML report (the format newman and `bru run` write, which CI systems show step
// by step): one test suite for the scenario, one test case per step, a failure with every reason.
class ScenarioReport final
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioReport)

public:
    static QByteArray junitXml(const QString &scenarioName, const QList<ScenarioRunner::StepResult> &results,
                               int stepCount, const QString &abortReason, qint64 elapsedMs);
    // False (and why in *error) when the file could not be written.
    static bool write(const QString &path, const QByteArray &xml, QString *error);
};
