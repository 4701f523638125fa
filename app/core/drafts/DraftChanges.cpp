#include "core/drafts/DraftChanges.h"

#include "core/base/IsoDateTime.h"
#include "core/email/EmailField.h"

#include <QJsonArray>

namespace {
// Two values mean the same to the server: null and "" for strings, null and [] for lists, and two
// spellings of one instant for dates ("…Z" vs "…+00:00", with or without microseconds).
bool sameValue(const EmailField &field, const QJsonValue &a, const QJsonValue &b)
{
    if (a == b)
        return true;
    const auto emptyish = [](const QJsonValue &v) {
        return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())
            || (v.isArray() && v.toArray().isEmpty());
    };
    if (emptyish(a) && emptyish(b))
        return true;
    if (field.kind == EmailField::Kind::DateTime && a.isString() && b.isString()) {
        const QDateTime da = IsoDateTime::parse(a.toString());
        const QDateTime db = IsoDateTime::parse(b.toString());
        return da.isValid() && da == db;
    }
    return false;
}
// The bodies through the email's kept copies: comparing the QJsonValues converts both whole every
// time (QJsonObject keeps long ASCII text as Latin-1), and this runs on every keystroke.
bool sameBody(const EmailField &field, const EmailActivity &original, const EmailActivity &edited)
{
    if (field.name == QLatin1String("body_html"))
        return original.bodyHtml() == edited.bodyHtml();
    if (field.name == QLatin1String("body_text"))
        return original.bodyText() == edited.bodyText();
    return false;
}
} // namespace

DraftChanges DraftChanges::between(const EmailActivity &original, const EmailActivity &edited)
{
    QJsonObject body;
    for (const EmailField &field : EmailField::all()) {
        // A field the server sent in a shape Draftdesk cannot read is never written back: the
        // editor cannot have changed it, and the server's value must survive untouched.
        if (!field.writable || !original.isUsable(QString(field.name)))
            continue;
        const QJsonValue before = original.value(field.name);
        const QJsonValue after = edited.value(field.name);
        if (after.isUndefined() && !field.inResponse)
            continue; // request-only fields (send_in, followup_date) are sent only when set
        if (after.isUndefined())
            continue; // a field the edit did not touch (a projection, say) is not a change
        if (before.isString() && after.isString() && sameBody(field, original, edited))
            continue;
        if (!sameValue(field, before, after))
            body.insert(field.name, after);
    }
    return DraftChanges(body);
}
