#include "ui/common/FileDialogs.h"

#include <QFileDialog>

#include <utility>

std::optional<QStringList> FileDialogs::takeNextAnswer()
{
    return std::exchange(s_nextAnswer, std::nullopt);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                  const QString &filter)
{
    if (const auto answer = takeNextAnswer())
        return answer->value(0);
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString FileDialogs::openFileName(QWidget *parent, const QString &title, const QString &folder,
                                  const QString &filter)
{
    if (const auto answer = takeNextAnswer())
        return answer->value(0);
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QStringList FileDialogs::openFileNames(QWidget *parent, const QString &title)
{
    if (const auto answer = takeNextAnswer())
        return *answer;
    return QFileDialog::getOpenFileNames(parent, title);
}
