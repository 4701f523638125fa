#pragma once

#include <QMenu>

// Edit → Language: the system's language or one of the catalogues, each named in its own language.
// The choice is remembered and applies at the next start, which the menu says in so many words.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent);

private:
    void add(const QString &code, const QString &label, const QString &chosen);
};
