#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

// Reads the system's fonts on another core while the rest of the start goes on. The first widget that
// asks for a font otherwise reads fontconfig's configuration and every installed font on the window's
// thread (some 5 ms of a start here); QFontDatabase is thread-safe, and a thread that needs a font
// before the read is done waits for it, never for more.
//
// Made first thing in main(), it waits until applicationExists() (the platform's font database is the
// QApplication's). Made only then, the thread started on the core of the thread that made it and ran
// there first: the window's thread stood still for some 2 ms at every start on two cores (seen in the
// scheduler's trace). A thread that was made earlier and is woken starts on a core nobody uses.
class FontDatabaseWarmUp final
{
public:
    FontDatabaseWarmUp();
    // Waits for the thread (done long before, when the fonts were read; at once, when they never were).
    ~FontDatabaseWarmUp();
    FontDatabaseWarmUp(const FontDatabaseWarmUp &) = delete;
    FontDatabaseWarmUp &operator=(const FontDatabaseWarmUp &) = delete;

    // The QApplication exists: the fonts are read now.
    void applicationExists();
    // Returns once the thread is done (before the QApplication goes: the font database is its).
    void finish();

private:
    enum class State { Waiting, Read, Dropped };
    std::mutex m_mutex;
    std::condition_variable m_woken;
    State m_state = State::Waiting;
    std::thread m_thread; // last: it starts once the members it uses exist
};
