#pragma once

#include <QDateTime>

// A request held back before its next attempt, long enough for the window to show it (with Cancel):
// Close asked for a wait (a 429), or the endpoint group's budget is nearly spent and the client
// spaces its requests itself.
struct RequestWait
{
    QDateTime until {}; // when the request goes
    double askedSeconds = 0; // what Close asked for (429), or the hold itself (pacing)
    bool pacing = false;
};
