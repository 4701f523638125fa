#pragma once

#include "sandbox/SandboxStore.h"

// Fills a store with the demo organisation from resources/demo/demo.json (users, leads with contacts
// in several scripts, mailboxes, templates, message bodies) and `emailCount` email activities built
// from it with a fixed seed: every status, drafts with and without a sender, quoted replies, a table,
// non-Latin text and one body just under 1 MB. The same seed gives the same emails every time.
class DemoData final
{
public:
    static constexpr int defaultEmailCount = 200;
    static bool populate(SandboxStore &store, int emailCount, const QDateTime &now, QString *error = nullptr);
    // A readable body_text from body_html: block ends become line breaks, tags go, entities decode.
    static QString plainTextFromHtml(const QString &html);
};
