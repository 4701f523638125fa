#pragma once

#include <QByteArray>
#include <QJsonDocument>

#include <optional>

// Qt's JSON parser refuses a whole document when any part of it nests deeper than it allows, so one
// hostile record would cost a list page all its rows. This splits a list page ({"data": [...], ...})
// into its records without recursion and parses each alone: a record that cannot be parsed becomes
// null (the list counts it as unreadable), the rest survive.
class JsonListSalvage final
{
public:
    struct Result
    {
        QJsonDocument document;
        int unreadable = 0; // records replaced by null
    };
    // nullopt when the text is not a JSON object at the top, or is broken outside its records.
    static std::optional<Result> salvage(const QByteArray &json);
};
