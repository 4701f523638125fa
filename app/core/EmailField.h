#pragma once

#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QStringList>

// The schema of an email activity as data: every field close-api.md lists, its JSON type, and what a
// PUT may carry. Parsing, validation, DraftChanges and the sandbox all read this one table.
class EmailField final
{
public:
    enum class Kind {
        String, // JSON string
        Boolean, // JSON bool
        Integer, // JSON number without a fraction
        DateTime, // ISO 8601 string (date-time or date)
        StringList, // JSON array of strings
        Object, // JSON object
        Array, // JSON array of anything (opens, send_attempts, users)
        ObjectList, // JSON array of objects (attachments)
        Status, // one of EmailStatus
        Direction, // "incoming", "outgoing" or null
    };

    QLatin1String name;
    Kind kind;
    bool nullable; // null is a valid value
    bool required; // must be present in a complete record
    bool writable; // a PUT may carry it
    bool inResponse; // the API returns it (false for request-only fields such as send_in)

    // True when value has this field's JSON type (null only where nullable).
    bool accepts(const QJsonValue &value) const;

    static const QList<EmailField> &all();
    // nullptr for a field the schema does not know (kept, never rejected, when parsing).
    static const EmailField *find(QStringView name);
    static QStringList writableNames();
    static QString kindName(Kind kind);
};
