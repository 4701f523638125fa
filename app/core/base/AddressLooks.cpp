#include "core/base/AddressLooks.h"

#include "core/base/BidiText.h"
#include "core/base/CodePoints.h"
#include "core/base/EmailAddress.h"

#include <QRegularExpression>
#include <QSet>

namespace {
QString codePoint(char32_t c)
{
    return u"⟨U+" + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0') + u"⟩";
}

bool isInvisible(char32_t c)
{
    return QChar::category(c) == QChar::Other_Format || c == 0x115F || c == 0x1160 || c == 0x3164
        || c == 0xFFA0 || (c >= 0xFE00 && c <= 0xFE0F); // Hangul fillers, variation selectors
}
} // namespace

QString AddressLooks::problem(const QString &entry)
{
    const std::optional<EmailAddress> parsed = EmailAddress::parse(entry);
    const QString address = parsed ? parsed->address() : entry.trimmed();
    QStringList invisible;
    CodePoints::forEach(address, [&](char32_t c) {
        if (isInvisible(c) && !invisible.contains(codePoint(c)))
            invisible.append(codePoint(c));
    });
    if (!invisible.isEmpty())
        return tr("%1 holds invisible characters (%2)")
            .arg(BidiText::escaped(address), invisible.join(u", "));
    // Letters of more than one script in one part of the address (the name before @, or one label of
    // the domain): the mark of a look-alike. Digits, punctuation and marks belong to every script.
    // Runs on every keystroke in To/Cc/Bcc: the pattern is compiled once.
    static const QRegularExpression separators(QStringLiteral("[@.]"));
    const QStringList parts = address.split(separators);
    for (const QString &part : parts) {
        QSet<int> scripts;
        QStringList foreign;
        CodePoints::forEach(part, [&](char32_t c) {
            const QChar::Script script = QChar::script(c);
            if (script == QChar::Script_Common || script == QChar::Script_Inherited)
                return;
            scripts.insert(script);
            if (c > 0x7F && !foreign.contains(codePoint(c)))
                foreign.append(codePoint(c));
        });
        if (scripts.size() > 1)
            return tr("%1 mixes letters of different alphabets in “%2” (%3), as look-alike addresses do")
                .arg(address, part, foreign.join(u", "));
    }
    return {};
}
