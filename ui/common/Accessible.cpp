#include "ui/common/Accessible.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolBar>
#include <QToolButton>

namespace Accessible {

QString fromLabel(const QString &label)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    QString text = label;
    text.remove(mnemonic);
    text.replace(QChar(0x00a0), QLatin1Char(' ')); // French puts a no-break space before the colon
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

void enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // Qt makes the button from this action (the name is Qt's own) and gives it no text.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(QCoreApplication::translate("Accessible", "Clear"));
        clear->setToolTip(clear->text());
    }
}

void nameOverflowButton(QToolBar *bar)
{
    if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
        more->setAccessibleName(QCoreApplication::translate("Accessible", "More Tools"));
        more->setToolTip(more->accessibleName());
    }
}

void nameFromPlaceholder(QLineEdit *edit)
{
    edit->setAccessibleName(edit->placeholderText());
}

void nameEditablePart(QComboBox *box, const QString &name)
{
    if (box->lineEdit())
        box->lineEdit()->setAccessibleName(name);
}

} // namespace Accessible
