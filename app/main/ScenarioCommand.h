#pragma once

#include "main/CommandLineOptions.h"

#include <QTextStream>

// `draftdesk --scenario FILE`: replays a scenario without a window (no display needed) against the
// built-in sandbox, a profile's server or --api-base, and prints one line per step. Returns the exit
// status: 0 every step passed, 1 one failed, 2 the file (or the connection settings) could not be used.
class ScenarioCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioCommand)

public:
    static int run(const CommandLineOptions &options, QTextStream &out, QTextStream &err);
};
