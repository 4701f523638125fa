#include "core/base/ReleaseMemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ReleaseMemory {
void now()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
} // namespace ReleaseMemory
