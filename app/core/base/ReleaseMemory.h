#pragma once

// Gives the memory the allocator keeps for reuse back to the system, at a moment when the program
// has just let go of a lot (a list load finished): glibc keeps freed memory of the page buffers and
// JSON of a load, which would otherwise count against Draftdesk for as long as it runs.
namespace ReleaseMemory {
void now();
} // namespace ReleaseMemory
