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

void MessageBox::tell(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text)
{
    if (takeNextAnswer())
        return;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    tell(QMessageBox::Warning, parent, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    tell(QMessageBox::Information, parent, title, text);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &richText)
{
    if (takeNextAnswer())
        return;
    QMessageBox::about(parent, title, richText);
}
