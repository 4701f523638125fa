// EmailActivity from hostile JSON. Input starting with '{' or '[' is a whole document (an API answer,
// a list page to salvage); anything else rewrites fields of Close's printed sample record with other
// JSON types chosen by the bytes (every field replaced by every type, nested and huge values too).
// Whatever comes in: no crash, and nothing Draftdesk would write back from a field it could not read.
#include "FuzzSupport.h"
#include "core/api/JsonListSalvage.h"
#include "core/drafts/DraftChanges.h"
#include "core/email/EmailActivity.h"
#include "core/email/EmailValidation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonObject sample;

QJsonValue valueOfKind(uint8_t kind, FuzzReader &in)
{
    switch (kind % 11) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return bool(in.byte() & 1);
    case 2:
        return double(int8_t(in.byte())) * 1e15; // large, negative, fractional when divided below
    case 3:
        return std::numeric_limits<double>::max();
    case 4:
        return double(in.byte()) / 7.0;
    case 5:
        return in.text(in.byte());
    case 6:
        return QJsonArray {in.text(16), double(in.byte()), QJsonValue::Null};
    case 7:
        return QJsonObject {{QStringLiteral("html"), in.text(32)},
                            {QStringLiteral("expand"), bool(in.byte() & 1)}};
    case 8:
        return QJsonArray {QJsonObject {{QStringLiteral("text"), in.text(32)}, {QStringLiteral("url"), 5}}};
    case 9: { // deeply nested
        QJsonValue nested = in.text(4);
        for (int depth = in.byte(); depth > 0; --depth)
            nested = QJsonArray {nested};
        return nested;
    }
    default:
        return QStringLiteral("2013-02-01T00:54:51.331000+00:00").left(in.byte() % 40);
    }
}

void exercise(const QJsonObject &json)
{
    for (const auto mode : {EmailActivity::ParseMode::Complete, EmailActivity::ParseMode::Partial}) {
        const EmailActivity::ParseResult parsed = EmailActivity::fromJson(json, mode);
        const EmailActivity &email = parsed.activity;
        (void)email.status();
        (void)email.to();
        (void)email.cc();
        (void)email.bcc();
        (void)email.subject();
        (void)email.bodyHtml();
        (void)email.dateScheduled();
        (void)email.dateUpdated();
        (void)email.followupSequenceDelay();
        (void)email.attachments();
        (void)email.quotedHtml();
        (void)email.quotedText();
        for (const auto &note : EmailActivity::schemaNotes(json))
            (void)note.text();
        // An edit of every field: a field that could not be read is never written back.
        EmailActivity edited = email;
        edited.setSubject(QStringLiteral("s"));
        edited.setTo({QStringLiteral("a@b.example")});
        edited.setBodyHtml(QStringLiteral("<p>x</p>"));
        const QJsonObject changes = DraftChanges::between(email, edited).body();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            FUZZ_CHECK(email.isUsable(it.key()));
        (void)EmailValidation::validateUpdate(email, changes);
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QFile file(QStringLiteral(DRAFTDESK_TEST_DATA "/close-sample-email.json"));
    if (!file.open(QIODevice::ReadOnly))
        std::abort();
    sample = QJsonDocument::fromJson(file.readAll()).object();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 0 && (data[0] == '{' || data[0] == '[')) {
        const QByteArray bytes = fuzzBytes(data, size);
        (void)EmailActivity::fromJson(bytes);
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        if (document.isObject())
            exercise(document.object());
        if (const auto salvaged = JsonListSalvage::salvage(bytes)) {
            for (const QJsonValue &row : salvaged->document.object().value(u"data").toArray())
                exercise(row.toObject());
        }
        return 0;
    }
    QJsonObject json = sample;
    const QStringList keys = json.keys();
    FuzzReader in(data, size);
    while (!in.atEnd()) {
        const uint8_t which = in.byte();
        const QString key = which < keys.size() ? keys.at(which) : in.text(8);
        json.insert(key, valueOfKind(in.byte(), in));
    }
    exercise(json);
    return 0;
}
