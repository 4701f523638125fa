#pragma once

#include <QString>
#include <QStringList>

// Without a display, QApplication ends the process with Qt's abort (SIGABRT, exit 134) and a page
// about platform plugins. Draftdesk says one sentence instead and exits 2, like any other reason it
// cannot run. The sentence is made (and translated) before the window system is touched.
namespace DisplayCheck {

// True when no window system can be reached for sure: no -platform option and no QT_QPA_PLATFORM,
// DISPLAY or WAYLAND_DISPLAY on a system where those are how a display is found.
bool plainlyMissing(const QStringList &arguments);

// Until release(), Qt's fatal "no platform plugin could be initialized" becomes `sentence` on stderr
// and exit status 2; the platform plugins' warnings on the way there are kept back.
void guardStart(const QString &sentence);
void release();

} // namespace DisplayCheck
