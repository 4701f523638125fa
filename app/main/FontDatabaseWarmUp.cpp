#include "main/FontDatabaseWarmUp.h"

#include "core/base/ThreadPlacement.h"

#include <QFontDatabase>
#include <QStringList>

#include <fontconfig/fontconfig.h>

FontDatabaseWarmUp::FontDatabaseWarmUp()
    : m_thread([this] {
          // The configuration and its caches, some 3 ms here: Qt's own FcInit() then finds them made
          // (fontconfig makes its configuration once, whichever thread asks first).
          FcInit();
          std::unique_lock lock(m_mutex);
          m_configured = true;
          m_configuredChanged.notify_all();
          m_woken.wait(lock, [this] { return m_state != State::Waiting; });
          if (m_state == State::Read) {
              lock.unlock();
              QFontDatabase::families();
          } else {
              // No application, so nothing else reads fonts: fontconfig's configuration goes with this
              // thread (Qt's font database frees it when there is one).
              FcFini();
          }
      })
{
    ThreadPlacement::keepOffCallersCore(m_thread);
}

FontDatabaseWarmUp::~FontDatabaseWarmUp()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_state == State::Waiting)
            m_state = State::Dropped; // no application was made (--help, --version, no display)
    }
    m_woken.notify_one();
    finish();
}

void FontDatabaseWarmUp::finish()
{
    if (m_thread.joinable())
        m_thread.join();
}

void FontDatabaseWarmUp::applicationExists()
{
    // The window's thread may be on another core by now.
    ThreadPlacement::keepOffCallersCore(m_thread);
    {
        const std::lock_guard lock(m_mutex);
        m_state = State::Read;
    }
    m_woken.notify_one();
}

void FontDatabaseWarmUp::waitForConfiguration()
{
    std::unique_lock lock(m_mutex);
    m_configuredChanged.wait(lock, [this] { return m_configured; });
}
