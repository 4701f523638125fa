#pragma once

#include <thread>

// Reads the system's fonts on another core while the rest of the start goes on. The first widget that
// asks for a font otherwise reads fontconfig's configuration and every installed font on the window's
// thread (some 5 ms of a start here); QFontDatabase is thread-safe, and a thread that needs a font
// before the read is done waits for it, never for more. Made once the QApplication exists (the
// platform's font database is its); the destructor waits for the thread, which is done long before.
class FontDatabaseWarmUp final
{
public:
    FontDatabaseWarmUp();
    ~FontDatabaseWarmUp();
    FontDatabaseWarmUp(const FontDatabaseWarmUp &) = delete;
    FontDatabaseWarmUp &operator=(const FontDatabaseWarmUp &) = delete;

private:
    std::thread m_thread;
};
