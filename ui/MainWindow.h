#pragma once

#include <QMainWindow>

class QLabel;

// The top-level window: menus, the email list (later), and the status bar. Panels and controllers
// live in classes of their own so that this one stays small.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Shown in the status bar: where Draftdesk is talking to ("Sandbox on 127.0.0.1:40123").
    void setConnectionDescription(const QString &text);

public slots:
    void showAbout();

private:
    void createMenus();

    QLabel *m_connectionLabel = nullptr;
};
