#include "ui/editor/RecipientField.h"

#include "core/base/EmailAddress.h"
#include "ui/common/Accessible.h"
#include "ui/common/Tone.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QTextDocument>

RecipientField::RecipientField(QWidget *parent) : QLineEdit(parent)
{
    Accessible::enableClearButton(this);
    connect(this, &QLineEdit::textChanged, this, [this] {
        check();
        emit addressesChanged(addresses());
    });
}

QStringList RecipientField::addresses() const
{
    return EmailAddress::splitList(text());
}

void RecipientField::setAddresses(const QStringList &list)
{
    setText(list.join(QLatin1String(", ")));
    check();
}

QStringList RecipientField::invalidEntries() const
{
    QStringList bad;
    for (const QString &entry : addresses()) {
        if (!EmailAddress::parse(entry))
            bad.append(entry);
    }
    return bad;
}

void RecipientField::check()
{
    const QStringList bad = invalidEntries();
    setStyleSheet(bad.isEmpty() ? QString() : Tone::errorBorder("QLineEdit"));
    // As text: a pasted "address" may look like HTML, and a rich tooltip would load its images.
    setToolTip(bad.isEmpty() ? QString()
                             : Qt::convertFromPlainText(
                                 tr("Not an email address: %1").arg(bad.join(QLatin1String(", ")))));
}

void RecipientField::keyPressEvent(QKeyEvent *event)
{
    // A pasted column of addresses (one per line) becomes one comma-separated line.
    if (event->matches(QKeySequence::Paste)) {
        insertPlainListFromClipboard();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void RecipientField::insertPlainListFromClipboard()
{
    const QStringList pasted = EmailAddress::splitList(QApplication::clipboard()->text());
    if (pasted.isEmpty())
        return;
    QString before = text().left(cursorPosition()).trimmed();
    if (!before.isEmpty() && !before.endsWith(QLatin1Char(',')) && !before.endsWith(QLatin1Char(';')))
        before += QLatin1Char(',');
    const QString after = text().mid(cursorPosition());
    setText((before.isEmpty() ? QString() : before + QLatin1Char(' ')) + pasted.join(QLatin1String(", "))
            + after);
}
