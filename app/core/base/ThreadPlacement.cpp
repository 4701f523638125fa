#include "core/base/ThreadPlacement.h"

#if defined(__linux__)
#include <pthread.h>
#include <sched.h>
#endif

namespace ThreadPlacement {
bool keepOff([[maybe_unused]] std::thread &thread, [[maybe_unused]] int core)
{
#if defined(__linux__)
    if (!thread.joinable() || core < 0 || core >= CPU_SETSIZE)
        return false;
    cpu_set_t cores;
    CPU_ZERO(&cores);
    // The caller's own set: a thread it made has that set already, and one limited by a cgroup or by
    // `taskset` stays within it.
    if (sched_getaffinity(0, sizeof cores, &cores) != 0 || !CPU_ISSET(core, &cores) || CPU_COUNT(&cores) < 2)
        return false;
    CPU_CLR(core, &cores);
    return pthread_setaffinity_np(thread.native_handle(), sizeof cores, &cores) == 0;
#else
    return false;
#endif
}

bool keepOffCallersCore([[maybe_unused]] std::thread &thread)
{
#if defined(__linux__)
    return keepOff(thread, sched_getcpu());
#else
    return false;
#endif
}
} // namespace ThreadPlacement
