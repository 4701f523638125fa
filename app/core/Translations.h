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
    // Languages with an embedded catalogue, e.g. {"de"}.
    static QStringList available();
};
