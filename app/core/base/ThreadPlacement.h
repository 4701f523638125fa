#pragma once

#include <thread>

// Keeps a helper thread off the core of the thread that starts or wakes it. The scheduler puts a
// thread that was just made or woken on the core of the thread that made or woke it, and lets it run
// there first (it has hardly run yet), although another core is idle: the caller then stands still
// until the scheduler moves one of them. Seen at every start on two cores, 1–2.5 ms of the window's
// thread going by without it running (its CPU clock stopped, its wall clock did not).
namespace ThreadPlacement {
// Lets `thread` run on every core the caller may use except `core`. False, and nothing changed, when
// that would leave it none (a single core) or the system cannot do it.
bool keepOff(std::thread &thread, int core);
// The same for the core the caller runs on now.
bool keepOffCallersCore(std::thread &thread);
} // namespace ThreadPlacement
