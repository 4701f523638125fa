#pragma once

#include "core/qa/Scenario.h"

#include <QDialog>

class CloseClient;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class ScenarioRunner;

// Replays a scenario against the current connection, step by step or all at once: each step's
// request, the recorded and the new status, pass or fail, and what differs (shape and schema notes).
// Its variables (the email id, …) can be changed first. Against a server that is not on this machine
// it asks before the first step, and every step that could send an email asks on its own.
class ScenarioDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioDialog)

public:
    ScenarioDialog(CloseClient *client, const Scenario &scenario, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    void start(bool all);
    void showResult(int step, const QString &got, const QString &result, const QString &details, bool passed);
    bool confirmServer();

    CloseClient *m_client;
    Scenario m_scenario;
    ScenarioRunner *m_runner = nullptr;
    QList<QPair<QString, QLineEdit *>> m_variables;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_step = nullptr;
    QPushButton *m_all = nullptr;
    bool m_serverConfirmed = false;
};
