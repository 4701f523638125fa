#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// One mailbox as the Close API writes it: a bare "john@example.com" or "\"John Smith\" <john@example.com>".
// Used for sender, to, cc and bcc; parsing is strict enough to catch typos a server would refuse, and
// lenient about display names (commas, quotes, any script).
class EmailAddress final
{
public:
    EmailAddress() = default;
    explicit EmailAddress(QString address, QString displayName = {});

    // nullopt unless text is one valid mailbox. Surrounding white space is ignored.
    static std::optional<EmailAddress> parse(QStringView text);
    // The addr-spec alone ("local@domain"), no display name, no angle brackets.
    static bool isValidAddress(QStringView address);
    // Splits what a user pasted ("a@x.org; \"Doe, Jane\" <j@y.org>, b@z.org") at commas, semicolons
    // and line breaks outside quotes and angle brackets. Empty pieces are dropped, pieces are trimmed.
    static QStringList splitList(QStringView text);
    // What a list shows for a mailbox or a list of them: each display name, or the address where
    // there is none ("Jane Doe, bob@example.org"). Lenient: anything unparsable is shown as it is.
    static QString shownNames(QStringView list);

    QString address() const { return m_address; }
    QString displayName() const { return m_displayName; }
    bool isValid() const { return isValidAddress(m_address); }
    // "\"Display Name\" <addr>" when there is a name (quotes and backslashes escaped), else "addr".
    QString toString() const;

    friend bool operator==(const EmailAddress &, const EmailAddress &) = default;

private:
    QString m_address;
    QString m_displayName;
};
