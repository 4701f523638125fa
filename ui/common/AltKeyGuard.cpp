#include "ui/common/AltKeyGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

void AltKeyGuard::install()
{
    if (!qApp || qApp->findChild<AltKeyGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new AltKeyGuard(qApp));
}

bool AltKeyGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<const QKeyEvent *>(event);
    // Alt with Ctrl is AltGr on some systems (it types "@" or "€"): that is text and passes.
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (mods != Qt::AltModifier || key->text().isEmpty() || !key->text().at(0).isPrint())
        return false;
    const bool textField = qobject_cast<QLineEdit *>(watched) || qobject_cast<QTextEdit *>(watched)
        || qobject_cast<QPlainTextEdit *>(watched) || qobject_cast<QAbstractSpinBox *>(watched)
        || qobject_cast<QComboBox *>(watched);
    if (!textField)
        return false;
    QApplication::beep(); // as for any key that does nothing
    return true;
}
