#include "core/drafts/SpellChecker.h"

#include "core/base/WholeFile.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell/hunspell.hxx>

namespace {
QString &personalListPath()
{
    static QString path;
    return path;
}

QString personalList()
{
    if (!personalListPath().isEmpty())
        return personalListPath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/words.txt");
}

QStringList dictionaryDirectories()
{
    QStringList directories;
    for (const QString &path : qEnvironmentVariable("DICPATH").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        directories.append(path);
    directories.append(QStringLiteral("/usr/share/hunspell"));
    return directories;
}

QString fileFor(const QString &dictionary, const char *suffix)
{
    for (const QString &directory : dictionaryDirectories()) {
        const QString path = directory + QLatin1Char('/') + dictionary + QLatin1String(suffix);
        if (QFile::exists(path))
            return path;
    }
    return {};
}
} // namespace

SpellChecker::SpellChecker()
{
    QFile file(personalList());
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                m_personal.insert(QString::fromUtf8(line.trimmed()));
}

SpellChecker::~SpellChecker() = default;

void SpellChecker::setPersonalListPath(const QString &path)
{
    personalListPath() = path;
}

QStringList SpellChecker::availableLanguages()
{
    QStringList found;
    for (const QString &directory : dictionaryDirectories()) {
        for (const QString &dic : QDir(directory).entryList({QStringLiteral("*.dic")}, QDir::Files)) {
            const QString name = dic.chopped(4);
            if (!found.contains(name)
                && QFile::exists(directory + QLatin1Char('/') + name + QLatin1String(".aff"))
                && !name.startsWith(QLatin1String("hyph_")))
                found.append(name);
        }
    }
    found.sort();
    return found;
}

QString SpellChecker::dictionaryFor(const QString &language)
{
    const QStringList available = availableLanguages();
    const QLocale locale(language);
    const QString full = locale.name(); // "de_DE"
    if (available.contains(full))
        return full;
    const QString base = full.section(QLatin1Char('_'), 0, 0);
    if (available.contains(base))
        return base;
    for (const QString &name : available)
        if (name.section(QLatin1Char('_'), 0, 0) == base)
            return name;
    return {};
}

QString SpellChecker::displayName(const QString &dictionary)
{
    const QLocale locale(dictionary);
    QString name = locale.nativeLanguageName();
    if (dictionary.contains(QLatin1Char('_')) && !locale.nativeTerritoryName().isEmpty())
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? dictionary : name;
}

bool SpellChecker::setLanguage(const QString &dictionary)
{
    if (dictionary == m_language && (m_hunspell || dictionary.isEmpty()))
        return true;
    std::shared_ptr<Hunspell> loaded = load(dictionary);
    adopt(loaded ? dictionary : QString(), loaded);
    return loaded || dictionary.isEmpty();
}

std::shared_ptr<Hunspell> SpellChecker::load(const QString &dictionary)
{
    if (dictionary.isEmpty())
        return {};
    const QString aff = fileFor(dictionary, ".aff");
    const QString dic = fileFor(dictionary, ".dic");
    if (aff.isEmpty() || dic.isEmpty())
        return {};
    return std::make_shared<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
}

void SpellChecker::adopt(const QString &dictionary, std::shared_ptr<Hunspell> hunspell)
{
    m_hunspell = std::move(hunspell);
    m_language = m_hunspell ? dictionary : QString();
    m_encoding = m_hunspell ? QByteArray::fromStdString(m_hunspell->get_dict_encoding()) : QByteArray();
    for (const QString &word : std::as_const(m_personal))
        if (m_hunspell)
            m_hunspell->add(encode(word).toStdString());
}

QByteArray SpellChecker::encode(const QString &word) const
{
    if (m_encoding.isEmpty() || m_encoding.compare("UTF-8", Qt::CaseInsensitive) == 0)
        return word.toUtf8();
    QStringEncoder encoder(m_encoding.constData());
    return encoder.isValid() ? QByteArray(encoder.encode(word)) : word.toUtf8();
}

QString SpellChecker::decode(const std::string &bytes) const
{
    const QByteArray data = QByteArray::fromStdString(bytes);
    if (m_encoding.isEmpty() || m_encoding.compare("UTF-8", Qt::CaseInsensitive) == 0)
        return QString::fromUtf8(data);
    QStringDecoder decoder(m_encoding.constData());
    return decoder.isValid() ? QString(decoder.decode(data)) : QString::fromUtf8(data);
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_hunspell || word.size() < 2 || m_ignored.contains(word) || m_personal.contains(word))
        return true;
    for (const QChar c : word)
        if (c.isDigit() || c == u'@' || c == u'/' || c == u'_')
            return true;
    return m_hunspell->spell(encode(word).toStdString());
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    QStringList result;
    if (!m_hunspell)
        return result;
    for (const std::string &suggestion : m_hunspell->suggest(encode(word).toStdString())) {
        result.append(decode(suggestion));
        if (result.size() == max)
            break;
    }
    return result;
}

void SpellChecker::addToPersonal(const QString &word)
{
    if (word.trimmed().isEmpty() || m_personal.contains(word))
        return;
    m_personal.insert(word);
    if (m_hunspell)
        m_hunspell->add(encode(word).toStdString());
    QDir().mkpath(QFileInfo(personalList()).absolutePath());
    QStringList words(m_personal.cbegin(), m_personal.cend());
    words.sort();
    // A failed write keeps the older list; the words stay known for this run.
    WholeFile::write(personalList(), words.join(QLatin1Char('\n')).toUtf8() + '\n');
}

void SpellChecker::ignore(const QString &word)
{
    m_ignored.insert(word);
}

QString SpellChecker::defaultDictionary()
{
    const QString forInterface = dictionaryFor(QLocale().name());
    return forInterface.isEmpty() ? dictionaryFor(QStringLiteral("en_US")) : forInterface;
}
