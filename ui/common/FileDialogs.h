#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

// Every file the app asks the user to pick goes through here, so that tests answer the dialogs the
// one way MessageBox answers questions: set the next answer, then act. Without one, Qt's dialog asks.
class FileDialogs final
{
public:
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                                const QString &filter);
    static QStringList openFileNames(QWidget *parent, const QString &title);
    // The answer to the next file dialog, once (tests only): the paths picked, or none for Cancel.
    static void setNextAnswer(const QStringList &paths) { s_nextAnswer = paths; }
    // A set answer no dialog has taken yet (tests check that the dialog was asked).
    static bool hasNextAnswer() { return s_nextAnswer.has_value(); }

private:
    static std::optional<QStringList> takeNextAnswer();
    static inline std::optional<QStringList> s_nextAnswer;
};
