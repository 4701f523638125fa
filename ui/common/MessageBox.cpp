#include "ui/common/MessageBox.h"

#include <QAbstractButton>

#include <utility>

std::optional<QMessageBox::StandardButton> MessageBox::takeNextAnswer()
{
    return std::exchange(s_nextAnswer, std::nullopt);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton,
                                                 const QMap<QMessageBox::StandardButton, QString> &labels)
{
    if (const auto answer = takeNextAnswer())
        return *answer;
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText); // texts quote servers and emails: never rich text
    box.setDefaultButton(defaultButton);
    // Buttons that say what they do ("Save All 12 Shown") rather than Yes and No.
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
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
