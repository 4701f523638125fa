#include "ui/MessageBox.h"

#include <utility>

std::optional<QMessageBox::StandardButton> MessageBox::takeNextAnswer()
{
    return std::exchange(s_nextAnswer, std::nullopt);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    if (const auto answer = takeNextAnswer())
        return *answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (takeNextAnswer())
        return;
    QMessageBox::warning(parent, title, text);
}
