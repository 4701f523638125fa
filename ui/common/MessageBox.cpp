#include "ui/common/MessageBox.h"

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
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText); // texts quote servers and emails: never rich text
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (takeNextAnswer())
        return;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
