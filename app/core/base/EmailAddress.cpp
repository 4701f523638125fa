#include "core/base/EmailAddress.h"

namespace {
constexpr qsizetype maxAddressLength = 254;
constexpr qsizetype maxLocalPartLength = 64;
constexpr qsizetype maxLabelLength = 63;

bool isAtext(QChar c)
{
    if (c.unicode() > 0x7f)
        return c.isLetterOrNumber() || c.isMark(); // internationalised local parts (RFC 6531)
    if (c.isLetterOrNumber())
        return true;
    return QStringView(u"!#$%&'*+/=?^_`{|}~-").contains(c);
}

bool isValidLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > maxLocalPartLength)
        return false;
    if (local.size() >= 2 && local.front() == u'"' && local.back() == u'"') {
        const QStringView inner = local.sliced(1, local.size() - 2);
        for (qsizetype i = 0; i < inner.size(); ++i) {
            const QChar c = inner[i];
            if (c == u'\\') {
                if (++i >= inner.size())
                    return false;
            } else if (c == u'"' || c.unicode() < 0x20 || c.unicode() == 0x7f) {
                return false;
            }
        }
        return true;
    }
    if (local.front() == u'.' || local.back() == u'.' || local.contains(u".."))
        return false;
    for (const QChar c : local) {
        if (c != u'.' && !isAtext(c))
            return false;
    }
    return true;
}

bool isValidLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > maxLabelLength || label.front() == u'-' || label.back() == u'-')
        return false;
    for (const QChar c : label) {
        const bool ascii = c.unicode() < 0x80;
        if (ascii ? !(c.isLetterOrNumber() || c == u'-') : !(c.isLetterOrNumber() || c.isMark()))
            return false;
    }
    return true;
}

bool isValidDomain(QStringView domain)
{
    if (domain.size() >= 2 && domain.front() == u'[' && domain.back() == u']') {
        const QStringView literal = domain.sliced(1, domain.size() - 2);
        return !literal.isEmpty() && std::all_of(literal.begin(), literal.end(), [](QChar c) {
            return c.isDigit() || c == u'.' || c == u':' || (c.unicode() < 0x80 && c.isLetter());
        });
    }
    const QList<QStringView> labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    if (!std::all_of(labels.cbegin(), labels.cend(), isValidLabel))
        return false;
    const QStringView tld = labels.back();
    return std::any_of(tld.begin(), tld.end(), [](QChar c) { return !c.isDigit(); });
}

// Reads a quoted string starting at text[0] == '"'; returns the unescaped content and sets `end` to
// the index after the closing quote, or returns nullopt when the quote is not closed.
std::optional<QString> readQuoted(QStringView text, qsizetype &end)
{
    QString out;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size()) {
            out += text[++i];
        } else if (c == u'"') {
            end = i + 1;
            return out;
        } else {
            out += c;
        }
    }
    return std::nullopt;
}
} // namespace

EmailAddress::EmailAddress(QString address, QString displayName)
    : m_address(std::move(address)), m_displayName(std::move(displayName))
{ }

bool EmailAddress::isValidAddress(QStringView address)
{
    if (address.isEmpty() || address.size() > maxAddressLength)
        return false;
    for (const QChar c : address) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1)
        return false;
    return isValidLocalPart(address.first(at)) && isValidDomain(address.sliced(at + 1));
}

std::optional<EmailAddress> EmailAddress::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (!trimmed.endsWith(u'>')) {
        if (!isValidAddress(trimmed))
            return std::nullopt;
        return EmailAddress(trimmed.toString());
    }
    const qsizetype open = trimmed.lastIndexOf(u'<');
    if (open < 0)
        return std::nullopt;
    const QStringView address = trimmed.sliced(open + 1, trimmed.size() - open - 2).trimmed();
    QStringView phrase = trimmed.first(open).trimmed();
    QString name;
    if (phrase.startsWith(u'"')) {
        qsizetype end = 0;
        const std::optional<QString> quoted = readQuoted(phrase, end);
        if (!quoted || !phrase.sliced(end).trimmed().isEmpty())
            return std::nullopt;
        name = *quoted;
    } else {
        if (phrase.contains(u'"') || phrase.contains(u'<') || phrase.contains(u'>'))
            return std::nullopt;
        name = phrase.toString();
    }
    if (!isValidAddress(address))
        return std::nullopt;
    return EmailAddress(address.toString(), name.simplified());
}

QStringList EmailAddress::splitList(QStringView text)
{
    QStringList pieces;
    QString current;
    bool inQuotes = false;
    bool inAngle = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes && c == u'\\' && i + 1 < text.size()) {
            current += c;
            current += text[++i];
            continue;
        }
        if (c == u'"' && !inAngle)
            inQuotes = !inQuotes;
        else if (c == u'<' && !inQuotes)
            inAngle = true;
        else if (c == u'>' && !inQuotes)
            inAngle = false;
        const bool separator = (c == u',' || c == u';' || c == u'\n' || c == u'\r') && !inQuotes && !inAngle;
        if (separator) {
            if (!current.trimmed().isEmpty())
                pieces.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        pieces.append(current.trimmed());
    return pieces;
}

QString EmailAddress::shownNames(QStringView list)
{
    const auto shownName = [](QStringView mailbox) -> QString {
        const qsizetype open = mailbox.lastIndexOf(u'<');
        if (open < 0 || !mailbox.endsWith(u'>'))
            return mailbox.toString();
        QStringView name = mailbox.first(open).trimmed();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"')) {
            QString unquoted;
            const QStringView inner = name.sliced(1, name.size() - 2);
            for (qsizetype i = 0; i < inner.size(); ++i)
                unquoted += inner[i] == u'\\' && i + 1 < inner.size() ? inner[++i] : inner[i];
            if (!unquoted.trimmed().isEmpty())
                return unquoted;
        } else if (!name.isEmpty()) {
            return name.toString();
        }
        return mailbox.sliced(open + 1, mailbox.size() - open - 2).toString();
    };
    // A single bare address, the common case for a sender, needs no splitting.
    if (!list.contains(u',') && !list.contains(u';') && !list.contains(u'<'))
        return list.trimmed().toString();
    QStringList names;
    for (const QString &piece : splitList(list))
        names.append(shownName(piece));
    return names.join(QLatin1String(", "));
}

QString EmailAddress::toString() const
{
    if (m_displayName.isEmpty())
        return m_address;
    QString escaped = m_displayName;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1String("\" <") + m_address + QLatin1Char('>');
}
