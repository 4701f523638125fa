#pragma once

#include <QMap>
#include <QMessageBox>

#include <optional>

// Every modal question and warning the app asks goes through here, so that tests answer them the
// one way (KeePassXC's MessageBox::setNextAnswer): set the next answer, then act. Without a next
// answer, a real QMessageBox asks the user.
class MessageBox final
{
public:
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No,
             const QMap<QMessageBox::StandardButton, QString> &labels = {});
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    // Help → About: the one box with rich text, all of it our own.
    static void about(QWidget *parent, const QString &title, const QString &richText);
    // The answer to the next question or warning, once (tests only).
    static void setNextAnswer(QMessageBox::StandardButton answer) { s_nextAnswer = answer; }
    // Whether an answer was set and no question took it (a test that expected a question that never
    // came); forgets it.
    static bool takeUnusedAnswer() { return takeNextAnswer().has_value(); }

private:
    static void tell(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text);
    static std::optional<QMessageBox::StandardButton> takeNextAnswer();
    static inline std::optional<QMessageBox::StandardButton> s_nextAnswer;
};
