#include "core/settings/Preferences.h"

#include "core/settings/AppSettings.h"

Preferences::Preferences(QObject *parent) : QObject(parent)
{
    const AppSettings settings;
    m_qaMode = settings.qaMode();
    m_undoDelay = settings.undoDelay();
}

void Preferences::setQaMode(bool on)
{
    if (on == m_qaMode)
        return;
    m_qaMode = on;
    AppSettings().setQaMode(on);
    emit qaModeChanged(on);
}

void Preferences::setUndoDelay(int seconds)
{
    seconds = qBound(0, seconds, 59);
    if (seconds == m_undoDelay)
        return;
    m_undoDelay = seconds;
    AppSettings().setUndoDelay(seconds);
    emit undoDelayChanged(seconds);
}
