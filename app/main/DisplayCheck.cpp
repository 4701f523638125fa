#include "main/DisplayCheck.h"

#include <QtGlobal>

#include <algorithm>
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

bool DisplayCheck::plainlyMissing(const QStringList &arguments)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const bool platformGiven = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &argument) {
        return argument == u"-platform" || argument == u"--platform" || argument.startsWith(u"-platform=")
            || argument.startsWith(u"--platform=");
    });
    return !platformGiven && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(arguments);
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
