#include "core/settings/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
// Qt takes the interface language from LANGUAGE but dates and numbers from LC_ALL, LC_TIME and LANG,
// as glibc does; with those unset or C, "28 Nov" would stand in a French sentence.
bool formatsAreC()
{
    for (const char *name : {"LC_ALL", "LC_TIME", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value == QLatin1String("C") || value == QLatin1String("POSIX")
                || value.startsWith(QLatin1String("C."));
    }
    return true;
}
} // namespace

QStringList Translations::available()
{
    // Matched by hand: a name filter compiles a regular expression, and with it PCRE2's JIT, which
    // costs start-up half a megabyte of memory for a menu of three languages.
    const QLatin1String prefix("draftdesk_");
    const QLatin1String suffix(".qm");
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (file.startsWith(prefix) && file.endsWith(suffix) && file.size() > prefix.size() + suffix.size())
            languages.append(file.sliced(prefix.size(), file.size() - prefix.size() - suffix.size()));
    }
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

QString Translations::installChosen(QCoreApplication &app, const QString &chosen)
{
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    const QString shown = install(app, locale);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    else if (formatsAreC() && !shown.isEmpty() && shown != QLatin1String("en"))
        QLocale::setDefault(QLocale(shown));
    return shown;
}

QString Translations::lookUp(const QString &chosen, const char *context, const char *source)
{
    QTranslator catalogue;
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    QString sentence;
    if (catalogue.load(locale, QStringLiteral("draftdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        sentence = catalogue.translate(context, source);
    return sentence.isEmpty() ? QString::fromUtf8(source) : sentence;
}

QList<Translations::Choice> Translations::choices()
{
    QList<Choice> result;
    for (const QString &code : available()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (code == QLatin1String("en"))
            name = QStringLiteral("English"); // not "American English": the text is plain English
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper(); // "français" is a word in a sentence, "Français" a choice
        result.append({code, name});
    }
    return result;
}
