#pragma once

#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QStringList>

// The schema of an email activity as data: every field close-api.md lists, its JSON type, whether
// Draftdesk uses it, and what a PUT may carry. Parsing, validation, DraftChanges and the sandbox all
// read this one table. Close promises the type of no read-only field, so only fields Draftdesk
// shows, edits or relies on (`used`) are type-checked; a surprise anywhere else is a schema note.
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
        Quoted, // the quoted part of a thread: {"expand", "html"|"text"}, a list of those, or a string
    };

    QLatin1String name;
    Kind kind;
    bool nullable; // null is a valid value
    bool required; // must be present in a complete record
    bool writable; // a PUT may carry it
    bool inResponse; // the API returns it (false for request-only fields such as send_in)
    bool used; // Draftdesk shows, edits or relies on it: a wrong type disables the field
    bool alwaysPresent; // close-api.md lists it as always present in a whole record

    // True when value has this field's JSON type (null only where nullable).
    bool accepts(const QJsonValue &value) const;

    static const QList<EmailField> &all();
    // nullptr for a field the schema does not know (kept, never rejected, when parsing).
    static const EmailField *find(QStringView name);
    // Fields whose wrong type makes the whole record unusable (id, status).
    static bool isEssential(QStringView name);
    static QStringList writableNames();
    static QString kindName(Kind kind);
};
