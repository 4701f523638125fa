#include "core/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("draftdesk_*.qm")});
    for (const QString &file : files)
        languages.append(file.mid(int(qstrlen("draftdesk_"))).chopped(3));
    return languages;
}

QString Translations::install(QCoreApplication &app, const QLocale &locale)
{
    auto *own = new QTranslator(&app);
    // QTranslator::load(locale, …) walks locale.uiLanguages() in order and takes the first match.
    // English is the fallback: its catalogue holds only the plural forms ("1 email", "2 emails").
    if (!own->load(locale, QStringLiteral("draftdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !own->load(QStringLiteral(":/i18n/draftdesk_en.qm"))) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language().section(QLatin1Char('_'), 0, 0);
}
