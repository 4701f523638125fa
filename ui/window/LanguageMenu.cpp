#include "ui/window/LanguageMenu.h"

#include "core/settings/AppSettings.h"
#include "core/settings/Translations.h"
#include "ui/common/MessageBox.h"

#include <QActionGroup>

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString chosen = AppSettings().language();
    add(QString(), tr("&System Language"), chosen);
    addSeparator();
    for (const Translations::Choice &choice : Translations::choices())
        add(choice.code, choice.name, chosen); // each in its own language, as a reader of it looks for it
}

void LanguageMenu::add(const QString &code, const QString &label, const QString &chosen)
{
    auto *group = findChild<QActionGroup *>();
    if (!group)
        group = new QActionGroup(this);
    QAction *action = addAction(label);
    action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
    action->setCheckable(true);
    action->setChecked(code == chosen);
    group->addAction(action);
    connect(action, &QAction::triggered, this, [this, code, label] {
        if (AppSettings().language() == code)
            return;
        AppSettings().setLanguage(code);
        // Every window, dialog and message would have to be built again: a restart is honest.
        MessageBox::information(parentWidget(), tr("Language"),
                                tr("Draftdesk will use %1 the next time it starts.").arg(label));
    });
}
