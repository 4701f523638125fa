#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

// Installs the program's and Qt's own translations for the first language of the user's preference
// list that we ship (QLocale().uiLanguages()), falling back to the built-in English strings.
class Translations final
{
public:
    // Returns the language that was installed ("de"; "en", the fallback, for languages we do not ship).
    static QString install(QCoreApplication &app, const QLocale &locale = QLocale());
    // Installs the language chosen in the settings ("fr"), or the system's when none is chosen ("").
    // Dates and numbers follow the chosen language too, and the shown one when the system has no
    // real locale (C), so that "LANGUAGE=fr" in a bare environment is French throughout.
    static QString installChosen(QCoreApplication &app, const QString &chosen);
    // One sentence in the language chosen in the settings (or the system's), installing nothing: for
    // what may have to be said before the application exists. The source text when not translated.
    static QString lookUp(const QString &chosen, const char *context, const char *source);
    // Languages with an embedded catalogue, e.g. {"de", "en", "fr"}.
    static QStringList available();
    // What the user can choose, each named in its own language: {"de", "Deutsch"}, … ("" is the system's).
    struct Choice
    {
        QString code;
        QString name;
    };
    static QList<Choice> choices();
};
