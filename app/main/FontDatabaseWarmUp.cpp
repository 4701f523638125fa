#include "main/FontDatabaseWarmUp.h"

#include <QFontDatabase>
#include <QStringList>

FontDatabaseWarmUp::FontDatabaseWarmUp() : m_thread([] { QFontDatabase::families(); }) { }

FontDatabaseWarmUp::~FontDatabaseWarmUp()
{
    m_thread.join();
}
