#include "core/drafts/Signatures.h"

#include "core/base/EmailAddress.h"

#include <QSettings>

namespace {
QString keyFor(const QString &sender)
{
    const std::optional<EmailAddress> parsed = EmailAddress::parse(sender);
    const QString address = parsed ? parsed->address() : sender.trimmed();
    // Group separators and slashes have a meaning in QSettings keys.
    return QStringLiteral("signatures/")
        + QString::fromLatin1(address.toLower().toUtf8().toPercentEncoding());
}
} // namespace

namespace Signatures {

QString forSender(const QString &sender)
{
    if (sender.trimmed().isEmpty())
        return {};
    return QSettings().value(keyFor(sender)).toString();
}

void setForSender(const QString &sender, const QString &signature)
{
    QSettings settings;
    if (signature.trimmed().isEmpty())
        settings.remove(keyFor(sender));
    else
        settings.setValue(keyFor(sender), signature);
}

QString plainBlock(const QString &signature)
{
    return signature.trimmed().isEmpty() ? QString() : QStringLiteral("-- \n") + signature.trimmed();
}

QString htmlBlock(const QString &signature)
{
    if (signature.trimmed().isEmpty())
        return {};
    // A no-break space: HTML would drop the space that makes "-- " the delimiter.
    return QStringLiteral("<p>--&nbsp;<br>")
        + signature.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))
        + QStringLiteral("</p>");
}

bool endsWithUntouched(const QString &text, const QString &signature, qsizetype *blockStart)
{
    const QString block = plainBlock(signature);
    QString trimmed = text;
    trimmed.replace(QChar::LineSeparator, QLatin1Char('\n')).replace(QChar::Nbsp, QLatin1Char(' '));
    while (trimmed.endsWith(QLatin1Char('\n')) || trimmed.endsWith(QChar::ParagraphSeparator))
        trimmed.chop(1);
    if (block.isEmpty() || !trimmed.endsWith(block))
        return false;
    // The delimiter must start a line of its own.
    const qsizetype start = trimmed.size() - block.size();
    if (start > 0 && trimmed.at(start - 1) != QLatin1Char('\n')
        && trimmed.at(start - 1) != QChar::ParagraphSeparator)
        return false;
    if (blockStart)
        *blockStart = start;
    return true;
}

} // namespace Signatures
