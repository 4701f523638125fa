#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>

class Hunspell;

// Spelling with Hunspell and the system's dictionaries (Debian's hunspell-* packages in
// /usr/share/hunspell, or DICPATH). One checker per language; words the user adds go to a personal
// word list kept with the app's data and count in every language, ignored words for this run only.
class SpellChecker final
{
public:
    SpellChecker();
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    // Dictionaries found on this system: "de_DE", "en_US", "fr", …
    static QStringList availableLanguages();
    // The dictionary for a language of the interface ("de" → "de_DE" when that is installed).
    static QString dictionaryFor(const QString &language);
    // A dictionary's name for people ("Deutsch (Deutschland)").
    static QString displayName(const QString &dictionary);
    // The dictionary for the interface's language, else US English, else none.
    static QString defaultDictionary();

    // Loads the dictionary (empty: no checking). False when it is not installed. Loading takes
    // 50–60 ms for a big dictionary: a window loads it on a worker thread with load() and adopt().
    bool setLanguage(const QString &dictionary);
    // Reads a dictionary; safe on any thread. Null when it is not installed.
    static std::shared_ptr<Hunspell> load(const QString &dictionary);
    // Takes a dictionary load() read (null: no checking).
    void adopt(const QString &dictionary, std::shared_ptr<Hunspell> hunspell);
    QString language() const { return m_language; }
    bool isActive() const { return m_hunspell != nullptr; }

    // Words with digits, addresses and links are not checked.
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int max = 7) const;
    void addToPersonal(const QString &word);
    void ignore(const QString &word);

    // Where the personal word list lives (tests point it elsewhere).
    static void setPersonalListPath(const QString &path);

private:
    QByteArray encode(const QString &word) const;
    QString decode(const std::string &bytes) const;

    std::shared_ptr<Hunspell> m_hunspell;
    QString m_language;
    QByteArray m_encoding;
    QSet<QString> m_ignored;
    QSet<QString> m_personal;
};
