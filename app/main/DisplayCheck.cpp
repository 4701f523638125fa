#include "main/DisplayCheck.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace {

QtMessageHandler previousHandler = nullptr;
QByteArray guardedSentence;

bool fromPlatformPlugins(const QMessageLogContext &context)
{
    return context.category && qstrncmp(context.category, "qt.qpa.", 7) == 0;
}

void handleWhileStarting(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg) {
        // The one fatal message QApplication's constructor gives is the missing platform.
        std::fputs(guardedSentence.constData(), stderr);
        std::fputc('\n', stderr);
        std::fflush(stderr);
        std::_Exit(2);
    }
    if (fromPlatformPlugins(context))
        return; // "could not connect to display": the sentence above says it for a person
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

bool DisplayCheck::plainlyMissing()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return false;
#endif
}

void DisplayCheck::guardStart(const QString &sentence)
{
    guardedSentence = sentence.toLocal8Bit();
    previousHandler = qInstallMessageHandler(handleWhileStarting);
}

void DisplayCheck::release()
{
    qInstallMessageHandler(previousHandler);
}
