#pragma once

#include <QDialog>

class QMenu;
class QTreeWidget;
class Session;

// "Waiting Changes": the saves made while Close could not be reached, in the order they go out when
// it is back, each with its subject and since when it waits. It follows the queue while open.
class WaitingChangesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaitingChangesDialog)

public:
    WaitingChangesDialog(Session *session, QWidget *parent = nullptr);
    // View → Waiting Changes…, opening (or raising) the one window.
    static void addTo(QMenu *menu, Session *session, QWidget *window);

private:
    void fill();

    Session *m_session;
    QTreeWidget *m_list;
};
