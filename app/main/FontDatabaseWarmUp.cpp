#include "main/FontDatabaseWarmUp.h"

#include <QFontDatabase>
#include <QStringList>

FontDatabaseWarmUp::FontDatabaseWarmUp()
    : m_thread([this] {
          std::unique_lock lock(m_mutex);
          m_woken.wait(lock, [this] { return m_state != State::Waiting; });
          if (m_state == State::Read) {
              lock.unlock();
              QFontDatabase::families();
          }
      })
{ }

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
    {
        const std::lock_guard lock(m_mutex);
        m_state = State::Read;
    }
    m_woken.notify_one();
}
