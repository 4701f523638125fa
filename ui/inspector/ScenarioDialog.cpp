#include "ui/inspector/ScenarioDialog.h"

#include "core/api/CloseClient.h"
#include "core/qa/ScenarioRunner.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Tone.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ScenarioDialog::ScenarioDialog(CloseClient *client, const Scenario &scenario, QWidget *parent)
    : QDialog(parent), m_client(client), m_scenario(scenario)
{
    setObjectName(QStringLiteral("scenarioDialog"));
    setWindowTitle(tr("Scenario “%1”").arg(scenario.name));
    auto *intro = new QLabel(tr("Against %1").arg(client->baseUrl().toString(QUrl::RemoveUserInfo)), this);
    intro->setTextFormat(Qt::PlainText);
    auto *variables = new QFormLayout;
    for (auto it = scenario.variables.constBegin(); it != scenario.variables.constEnd(); ++it) {
        if (it.key() == QLatin1String("base_url"))
            continue; // the connection decides where it goes
        auto *field = new QLineEdit(it.value(), this);
        field->setObjectName(QStringLiteral("variable_") + it.key());
        field->setAccessibleName(it.key() + QLatin1Char(':'));
        variables->addRow(it.key() + QLatin1Char(':'), field);
        m_variables.append({it.key(), field});
    }
    m_table = new QTableWidget(int(scenario.steps.size()), 5, this);
    m_table->setObjectName(QStringLiteral("scenarioSteps"));
    m_table->setAccessibleName(tr("Steps"));
    m_table->setHorizontalHeaderLabels(
        {tr("Request"), tr("Recorded"), tr("Now"), tr("Result"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    for (int row = 0; row < scenario.steps.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(scenario.describeStep(row)));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(QString::number(scenario.steps.at(row).expectedStatus)));
        for (int column = 2; column < 5; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
    }
    m_table->resizeColumnToContents(0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scenarioSummary"));
    m_step = new QPushButton(tr("Run &Next Step"), this);
    m_step->setObjectName(QStringLiteral("scenarioStepButton"));
    m_all = new QPushButton(tr("Run &All"), this);
    m_all->setObjectName(QStringLiteral("scenarioRunAllButton"));
    m_all->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_step, QDialogButtonBox::ActionRole);
    buttons->addButton(m_all, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(variables);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 420);

    connect(m_step, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_all, &QPushButton::clicked, this, [this] { start(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ScenarioDialog::confirmServer()
{
    const QUrl base = m_client->baseUrl();
    const bool local = ApiBaseUrl::isLoopback(base);
    if (local || m_serverConfirmed)
        return true;
    m_serverConfirmed
        = MessageBox::question(this, tr("Run Scenario"),
                               tr("%1 is not a sandbox on this machine: the scenario's requests "
                                  "change real emails there. Run it anyway?")
                                   .arg(base.host()))
        == QMessageBox::Yes;
    return m_serverConfirmed;
}

void ScenarioDialog::start(bool all)
{
    if (!confirmServer())
        return;
    if (!m_runner) {
        m_runner = new ScenarioRunner(m_client, m_scenario, this);
        for (const auto &[name, field] : std::as_const(m_variables)) {
            m_runner->setVariable(name, field->text().trimmed());
            field->setReadOnly(true); // one run, one set of values
        }
        m_runner->confirmSend = [this](int step) {
            return MessageBox::question(
                       this, tr("Run Scenario"),
                       tr("Step %1 moves an email to the outbox or schedules it: it may send "
                          "an email. Send it?")
                           .arg(step + 1))
                == QMessageBox::Yes;
        };
        connect(m_runner, &ScenarioRunner::stepFinished, this, [this](const ScenarioRunner::StepResult &r) {
            showResult(r.step, r.status ? QString::number(r.status) : tr("none"),
                       r.passed ? tr("pass") : tr("FAIL"), (r.failures + r.notes).join(QLatin1Char('\n')),
                       r.passed);
            m_step->setEnabled(!m_runner->atEnd());
            m_all->setEnabled(!m_runner->atEnd());
        });
        connect(m_runner, &ScenarioRunner::finished, this, [this](bool passed) {
            const int failed
                = int(std::count_if(m_runner->results().cbegin(), m_runner->results().cend(),
                                    [](const ScenarioRunner::StepResult &r) { return !r.passed; }));
            m_summary->setText(passed ? tr("Every step passed.") : tr("%n step(s) failed.", nullptr, failed));
            m_summary->setStyleSheet(Tone::textStyle(passed ? Tone::Kind::Success : Tone::Kind::Error));
        });
    }
    if (all)
        m_runner->runAll();
    else
        m_runner->runStep();
}

void ScenarioDialog::showResult(int step, const QString &got, const QString &result, const QString &details,
                                bool passed)
{
    m_table->item(step, 2)->setText(got);
    m_table->item(step, 3)->setText(result);
    m_table->item(step, 3)->setForeground(Tone::color(passed ? Tone::Kind::Success : Tone::Kind::Error));
    m_table->item(step, 4)->setText(details);
    m_table->item(step, 4)->setToolTip(details);
    m_table->resizeRowToContents(step);
    m_table->setCurrentCell(step, 0);
}
