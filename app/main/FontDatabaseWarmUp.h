#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

// Reads the system's fonts on another core while the rest of the start goes on. The first widget that
// asks for a font otherwise reads fontconfig's configuration and every installed font on the window's
// thread (some 4 ms of a start here); QFontDatabase is thread-safe, and a thread that needs a font
// before the read is done waits for it, never for more.
//
// Made first thing in main(), the thread reads fontconfig's configuration and caches at once (most of
// the work, and it needs no application), then waits until applicationExists() to fill Qt's font
// database (the platform's database is the QApplication's). It is kept off the core of the window's
// thread when it is made and again when it is woken (ThreadPlacement): left to the scheduler, it ran
// on that core first, and the window's thread stood still for 1–2.5 ms at every start on two cores.
class FontDatabaseWarmUp final
{
public:
    FontDatabaseWarmUp();
    // Waits for the thread (done long before, when the fonts were read; within a few milliseconds
    // when they never were: fontconfig's reading is not interrupted).
    ~FontDatabaseWarmUp();
    FontDatabaseWarmUp(const FontDatabaseWarmUp &) = delete;
    FontDatabaseWarmUp &operator=(const FontDatabaseWarmUp &) = delete;

    // The QApplication exists: the fonts are read now.
    void applicationExists();
    // Returns once fontconfig's configuration is read (at once, mostly). Called before the first widget
    // asks for a font: one that asked while the thread was still reading read it all again itself (Qt
    // calls FcInit() too, and fontconfig lets both finish), some 3 ms on the window's thread.
    void waitForConfiguration();
    // Returns once the thread is done (before the QApplication goes: the font database is its).
    void finish();

private:
    enum class State { Waiting, Read, Dropped };
    std::mutex m_mutex;
    std::condition_variable m_woken;
    State m_state = State::Waiting;
    std::condition_variable m_configuredChanged;
    bool m_configured = false;
    std::thread m_thread; // last: it starts once the members it uses exist
};
