// Spelling with Hunspell and Debian's dictionaries (hunspell-en-us, hunspell-de-de, hunspell-fr).
#include "core/drafts/SpellChecker.h"

#include <QTemporaryDir>
#include <QTest>

class TestSpellChecker final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        SpellChecker::setPersonalListPath(dir.filePath("words.txt"));
        const QStringList found = SpellChecker::availableLanguages();
        for (const char *dictionary : {"en_US", "de_DE", "fr"})
            QVERIFY2(found.contains(QLatin1String(dictionary)), dictionary); // packaging/install-deps.sh
    }

    void theInterfaceLanguageFindsItsDictionary()
    {
        QCOMPARE(SpellChecker::dictionaryFor("de"), QStringLiteral("de_DE"));
        QCOMPARE(SpellChecker::dictionaryFor("en_US"), QStringLiteral("en_US"));
        QVERIFY(SpellChecker::dictionaryFor("fr_FR").startsWith("fr")); // "fr_FR" or the one "fr"
        QVERIFY(SpellChecker::dictionaryFor("sw").isEmpty());
        QCOMPARE(SpellChecker::displayName("de_DE"), QStringLiteral("Deutsch (Deutschland)"));
    }

    void englishAndGermanMistakesAndSuggestions()
    {
        SpellChecker spell;
        QVERIFY(!spell.isActive());
        QVERIFY(spell.isCorrect("recieve")); // no language: nothing is marked
        QVERIFY(spell.setLanguage("en_US"));
        QVERIFY(!spell.isCorrect("recieve"));
        QVERIFY(spell.suggestions("recieve").contains("receive"));
        QVERIFY(spell.isCorrect("receive"));
        QVERIFY(spell.isCorrect("ACME2026")); // words with digits, addresses and links are left alone
        QVERIFY(spell.isCorrect("jane@acme.example"));
        QVERIFY(spell.setLanguage("de_DE"));
        QVERIFY(spell.isCorrect("Straße"));
        QVERIFY(!spell.isCorrect("Angebott"));
        QVERIFY(spell.suggestions("Angebott").contains("Angebot"));
        QVERIFY(!spell.setLanguage("xx_XX"));
    }

    void addedWordsStayAcrossRunsAndIgnoredOnesDoNot()
    {
        {
            SpellChecker spell;
            QVERIFY(spell.setLanguage("en_US"));
            QVERIFY(!spell.isCorrect("Draftdesk"));
            spell.addToPersonal("Draftdesk");
            QVERIFY(spell.isCorrect("Draftdesk"));
            spell.ignore("Northwindish");
            QVERIFY(spell.isCorrect("Northwindish"));
        }
        SpellChecker next;
        QVERIFY(next.setLanguage("de_DE")); // the personal list counts in every language
        QVERIFY(next.isCorrect("Draftdesk"));
        QVERIFY(!next.isCorrect("Northwindish"));
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
