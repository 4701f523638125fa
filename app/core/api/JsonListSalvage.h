#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>

#include <optional>

// Qt's JSON parser refuses a whole document for one flaw anywhere in it: a record nested deeper than
// it allows, invalid UTF-8 in one subject, a number out of range (1e400). One hostile record would
// cost a list page all its rows. This splits a list page ({"data": [...], ...}) into its records
// without recursion and parses each alone: a record that cannot be parsed becomes null, with its id
// (when it can be found) and the reason, so the list can show it as a row that cannot be shown; the
// rest survive.
class JsonListSalvage final
{
    Q_DECLARE_TR_FUNCTIONS(JsonListSalvage)

public:
    struct Damaged
    {
        qsizetype index = 0; // in "data"
        QString id; // its top-level "id", when that much could be read
        QString reason; // in words: "it holds text that is not valid UTF-8"
    };
    struct Result
    {
        QJsonDocument document;
        int unreadable = 0; // records replaced by null
        QList<Damaged> damaged; // one for each of them
    };
    // nullopt when the text is not a JSON object at the top, or is broken outside its records.
    static std::optional<Result> salvage(const QByteArray &json);
    // Why a record could not be read, in words.
    static QString reasonFor(const QJsonParseError &error);
};
