#pragma once

// What a screen reader sees of a window: its QAccessible tree, walked as AT-SPI would, from the
// window down. Used by tst_accessibility to find controls a blind user could not tell apart.
#include "ui/common/Accessible.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace AccessibleTree {

inline QString describe(QAccessibleInterface *node)
{
    QString what = QStringLiteral("role %1").arg(int(node->role()));
    if (QObject *object = node->object()) {
        what = QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty())
            what += QLatin1Char('#') + object->objectName();
        if (QObject *parent = object->parent(); parent && !parent->objectName().isEmpty())
            what += QStringLiteral(" in ") + parent->objectName();
    }
    return what;
}

// The roles a user acts on; each must have a name of its own.
inline bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::PageTab:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

// Controls inside these are the composite's own parts (a combo box's popup list, a table's cells,
// a spin box's line edit), named by it or by their data.
inline bool hasOwnParts(QAccessible::Role role)
{
    return role == QAccessible::ComboBox || role == QAccessible::Table || role == QAccessible::Tree
        || role == QAccessible::List || role == QAccessible::SpinBox;
}

inline void collectUnnamed(QAccessibleInterface *node, QStringList &unnamed, int depth = 0)
{
    if (!node || !node->isValid() || depth > 64)
        return;
    if (node->state().invisible)
        return;
    const QAccessible::Role role = node->role();
    if (isControl(role) && node->text(QAccessible::Name).trimmed().isEmpty())
        unnamed.append(describe(node));
    if (role == QAccessible::ComboBox) {
        // An editable combo box's text field is a control of its own to AT-SPI: it needs a name too.
        for (int i = 0; i < node->childCount(); ++i) {
            QAccessibleInterface *part = node->child(i);
            if (part && part->role() == QAccessible::EditableText && !part->state().invisible
                && part->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(describe(part) + QStringLiteral(" in a combo box"));
        }
    }
    if (hasOwnParts(role))
        return;
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), unnamed, depth + 1);
}

// Every visible control under the window that a screen reader would announce without a name.
inline QStringList unnamedControls(QWidget *window)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(window), unnamed);
    return unnamed;
}

// Fields whose accessible name differs from the label shown next to them (the label's buddy).
inline QStringList namesThatDifferFromTheirLabels(QWidget *window)
{
    QStringList differ;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        QWidget *field = label->buddy();
        if (!field || !label->isVisible() || qobject_cast<QLabel *>(field))
            continue; // a label naming a label ("Goes out as: …") is read as text, not as a control
        QAccessibleInterface *node = QAccessible::queryAccessibleInterface(field);
        QString name = node ? node->text(QAccessible::Name) : QString();
        if (node && node->role() == QAccessible::ComboBox) {
            // On Linux a combo box's name is its current text; the label reaches AT-SPI as its
            // "labelled by" relation. Only a name set on purpose can contradict the label.
            if (field->accessibleName().isEmpty())
                continue;
            name = field->accessibleName();
        }
        if (Accessible::fromLabel(name) != Accessible::fromLabel(label->text()))
            differ.append(QStringLiteral("%1: label \"%2\", name \"%3\"")
                              .arg(field->objectName(), Accessible::fromLabel(label->text()), name));
    }
    return differ;
}

// Controls that show their own words (a button's text, a field's placeholder, a status line) under a
// different accessible name: a screen reader would say something the user does not see.
inline QStringList namesThatDifferFromWhatIsShown(QWidget *window)
{
    QStringList differ;
    QSet<QWidget *> labelled;
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->buddy())
            labelled.insert(label->buddy());
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window || labelled.contains(widget))
            continue;
        QAccessibleInterface *node = QAccessible::queryAccessibleInterface(widget);
        if (!node)
            continue;
        const QString name = node->text(QAccessible::Name);
        QString shown;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            shown = button->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget);
                 edit && !qobject_cast<QComboBox *>(widget->parent()))
            shown = edit->placeholderText();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && !label->buddy())
            shown = label->textFormat() == Qt::RichText ? QString() : label->text();
        if (shown.trimmed().isEmpty() || name.isEmpty())
            continue;
        if (Accessible::fromLabel(name) != Accessible::fromLabel(shown))
            differ.append(QStringLiteral("%1: shows \"%2\", named \"%3\"").arg(describe(node), shown, name));
    }
    return differ;
}

// Labels with a mnemonic (&x) but nothing to move to: Alt+x would do nothing.
inline QStringList mnemonicsWithoutBuddy(QWidget *window)
{
    QStringList lost;
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->textFormat() != Qt::RichText && label->text().contains(mnemonic)
            && !label->buddy())
            lost.append(label->text());
    }
    return lost;
}

// Two visible mnemonics on the same letter in one window: Alt+that letter lands on the first and
// needs pressing again for the other, which nobody expects.
inline QStringList mnemonicClashes(QWidget *window)
{
    static const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
    QMultiHash<QChar, QString> byLetter;
    const auto note = [&](const QString &text) {
        const QRegularExpressionMatch match = mnemonic.match(text);
        if (match.hasMatch())
            byLetter.insert(match.captured(1).at(0).toLower(), text);
    };
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->isVisible() && label->window() == window && label->buddy())
            note(label->text());
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (button->isVisible() && button->window() == window)
            note(button->text());
    for (QMenuBar *bar : window->findChildren<QMenuBar *>())
        if (bar->window() == window)
            for (QAction *menu : bar->actions())
                note(menu->text());
    for (QTabBar *bar : window->findChildren<QTabBar *>())
        if (bar->isVisible() && bar->window() == window)
            for (int i = 0; i < bar->count(); ++i)
                note(bar->tabText(i));
    QStringList clashes;
    for (const QChar letter : byLetter.uniqueKeys())
        if (byLetter.count(letter) > 1)
            clashes.append(
                QStringLiteral("Alt+%1: %2").arg(letter, QStringList(byLetter.values(letter)).join(" / ")));
    return clashes;
}

// Within one menu, two entries on the same letter: the letter only moves between them.
inline void collectMenuClashes(QMenu *menu, QStringList &clashes)
{
    static const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
    QMultiHash<QChar, QString> byLetter;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QRegularExpressionMatch match = mnemonic.match(action->text());
        if (match.hasMatch())
            byLetter.insert(match.captured(1).at(0).toLower(), action->text());
        if (action->menu())
            collectMenuClashes(action->menu(), clashes);
    }
    for (const QChar letter : byLetter.uniqueKeys())
        if (byLetter.count(letter) > 1)
            clashes.append(QStringLiteral("%1 menu, Alt+%2: %3")
                               .arg(menu->title(), letter, QStringList(byLetter.values(letter)).join(" / ")));
}

inline QStringList menuClashes(QWidget *window)
{
    QStringList clashes;
    for (QMenuBar *bar : window->findChildren<QMenuBar *>())
        for (QAction *top : bar->actions())
            if (top->menu())
                collectMenuClashes(top->menu(), clashes);
    return clashes;
}

} // namespace AccessibleTree
