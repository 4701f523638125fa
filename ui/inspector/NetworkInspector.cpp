#include "ui/inspector/NetworkInspector.h"

#include "core/api/RequestLog.h"
#include "core/base/BidiText.h"
#include "core/qa/CurlCommand.h"
#include "core/qa/ExchangeText.h"
#include "core/qa/RequestLogFilter.h"
#include "core/qa/Scenario.h"
#include "core/session/Session.h"
#include "ui/common/Accessible.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Tone.h"
#include "ui/inspector/RequestEditorDialog.h"
#include "ui/inspector/ScenarioDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Status colours are a GUI concern: green 2xx, amber 3xx/4xx, red 5xx and failures.
class StatusColours final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == RequestLog::StatusColumn) {
            const int statusClass = QIdentityProxyModel::data(index, RequestLog::StatusClassRole).toInt();
            switch (statusClass) {
            case 2:
                return Tone::color(Tone::Kind::Success);
            case 3:
            case 4:
                return Tone::color(Tone::Kind::Warning);
            default:
                return Tone::color(Tone::Kind::Error);
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

NetworkInspector::NetworkInspector(Session *session, QWidget *parent)
    : QDockWidget(tr("Network Inspector"), parent), m_session(session)
{
    setObjectName(QStringLiteral("networkInspector"));
}

void NetworkInspector::setVisible(bool visible)
{
    // Before the dock shows, so that its content is shown with it.
    if (visible)
        ensureContent();
    QDockWidget::setVisible(visible);
}

void NetworkInspector::showEvent(QShowEvent *event)
{
    ensureContent(); // normally done by setVisible()
    QDockWidget::showEvent(event);
    // What changed while the dock was hidden (it does not follow the log then).
    showCurrent();
    updateRateLimits();
}

QTableView *NetworkInspector::table()
{
    ensureContent();
    return m_table;
}

// Most sessions never open the inspector: its views, models and buttons are built when it is first
// shown, not at start-up, and a hidden inspector does not redraw for every exchange.
void NetworkInspector::ensureContent()
{
    if (m_table)
        return;
    RequestLog *log = m_session->client()->requestLog();
    auto *content = new QWidget(this);
    QLayout *filters = buildFilters(content);
    m_filter = new RequestLogFilter(this);
    m_filter->setSourceModel(log);
    auto *colours = new StatusColours(this);
    colours->setSourceModel(m_filter);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("inspectorTable"));
    m_table->setAccessibleName(tr("Requests"));
    m_table->setModel(colours);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // a scenario takes several
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RequestLog::PathColumn, QHeaderView::Stretch);
    // The path takes what the small columns leave: they get what their header and values need.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [this, &metrics](int column, const QString &widest) {
        const QString header = m_table->model()->headerData(column, Qt::Horizontal).toString();
        const int pad = metrics.horizontalAdvance(QLatin1Char('M'));
        m_table->setColumnWidth(
            column,
            qMax(metrics.horizontalAdvance(header) + 2 * pad, metrics.horizontalAdvance(widest) + pad));
    };
    fit(RequestLog::TimeColumn, QStringLiteral("00:00:00.000"));
    fit(RequestLog::MethodColumn, QStringLiteral("DELETE"));
    fit(RequestLog::StatusColumn, QStringLiteral("599"));
    fit(RequestLog::DurationColumn, QStringLiteral("99999 ms"));
    fit(RequestLog::SizeColumn, QStringLiteral("999.99 KiB"));
    fit(RequestLog::RetriesColumn, QStringLiteral("9"));
    m_table->setWordWrap(false);
    // Newest first unless the user chose another order, which is kept.
    const QSettings saved;
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(
        saved.value(QStringLiteral("inspector/sortColumn"), int(RequestLog::TimeColumn)).toInt(),
        Qt::SortOrder(saved.value(QStringLiteral("inspector/sortOrder"), int(Qt::DescendingOrder)).toInt()));
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [](int column, Qt::SortOrder order) {
                QSettings settings;
                settings.setValue(QStringLiteral("inspector/sortColumn"), column);
                settings.setValue(QStringLiteral("inspector/sortOrder"), int(order));
            });
    // Compact rows, as a log viewer has them, and room for eight at least: the table is what the
    // inspector is for.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 8 * m_table->verticalHeader()->defaultSectionSize()
                              + 2 * m_table->frameWidth());

    QTabWidget *details = buildDetails(content);
    m_find = new QLineEdit(content);
    m_find->setObjectName(QStringLiteral("inspectorFind"));
    m_find->setPlaceholderText(tr("Find in the request and response (Return: next)"));
    Accessible::nameFromPlaceholder(m_find);
    Accessible::enableClearButton(m_find);

    // The details, the find field and the buttons beside the table, not under it: docked below the
    // list, a window is wide and short, and the table gets the dock's whole height.
    auto *side = new QWidget(content);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    details->setParent(side);
    m_find->setParent(side);
    sideLayout->addWidget(details, 1);
    sideLayout->addWidget(m_find);
    sideLayout->addLayout(buildButtons(side));
    auto *split = new QSplitter(Qt::Horizontal, content);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 3);
    split->setSizes({5000, 3000}); // proportions for the first layout, whatever the size hints say
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    setWidget(content);
    watchLog(log);
}

QLayout *NetworkInspector::buildFilters(QWidget *content)
{
    m_statusClass = new QComboBox(content);
    m_statusClass->setObjectName(QStringLiteral("inspectorStatus"));
    m_statusClass->setAccessibleName(tr("Status filter"));
    m_statusClass->addItem(tr("Any status"), 0);
    m_statusClass->addItem(QStringLiteral("2xx"), 2);
    m_statusClass->addItem(QStringLiteral("3xx"), 3);
    m_statusClass->addItem(QStringLiteral("4xx"), 4);
    m_statusClass->addItem(QStringLiteral("5xx"), 5);
    m_statusClass->addItem(tr("No answer"), -1);
    m_method = new QComboBox(content);
    m_method->setObjectName(QStringLiteral("inspectorMethod"));
    m_method->setAccessibleName(tr("Method filter"));
    m_method->addItem(tr("Any method"), QString());
    for (const char *method : {"GET", "POST", "PUT", "DELETE"})
        m_method->addItem(QLatin1String(method), QLatin1String(method));
    m_path = new QLineEdit(content);
    m_path->setObjectName(QStringLiteral("inspectorPath"));
    m_path->setPlaceholderText(tr("Path contains…"));
    Accessible::nameFromPlaceholder(m_path);
    Accessible::enableClearButton(m_path);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusClass);
    filters->addWidget(m_method);
    filters->addWidget(m_path, 1);
    // Said when the row the user just sent is shown although the filters would hide it.
    m_filterNote = new QLabel(content);
    m_filterNote->setObjectName(QStringLiteral("inspectorFilterNote"));
    m_filterNote->setTextFormat(Qt::PlainText);
    m_filterNote->hide();
    filters->addWidget(m_filterNote);
    return filters;
}

QTabWidget *NetworkInspector::buildDetails(QWidget *content)
{
    m_request = new QPlainTextEdit(content);
    m_request->setObjectName(QStringLiteral("inspectorRequest"));
    m_request->setAccessibleName(tr("Request"));
    m_request->setReadOnly(true);
    m_request->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_response = new QPlainTextEdit(content);
    m_response->setObjectName(QStringLiteral("inspectorResponse"));
    m_response->setAccessibleName(tr("Response"));
    m_response->setReadOnly(true);
    m_response->setLineWrapMode(QPlainTextEdit::NoWrap);
    // What the server did with a PUT or POST, field by field.
    m_changes = new QPlainTextEdit(content);
    m_changes->setObjectName(QStringLiteral("inspectorServerChanges"));
    m_changes->setAccessibleName(tr("What the server changed"));
    m_changes->setReadOnly(true);
    m_changes->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Each endpoint group's budget over time, from the answers' RateLimit headers.
    m_rates = new QPlainTextEdit(content);
    m_rates->setObjectName(QStringLiteral("inspectorRateLimits"));
    m_rates->setAccessibleName(tr("Rate limits"));
    m_rates->setReadOnly(true);
    m_rates->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *details = new QTabWidget(content);
    details->setObjectName(QStringLiteral("inspectorDetails"));
    details->addTab(m_request, tr("Request"));
    details->addTab(m_response, tr("Response"));
    details->addTab(m_changes, tr("What the Server Changed"));
    details->addTab(m_rates, tr("Rate Limits"));
    return details;
}

QLayout *NetworkInspector::buildButtons(QWidget *content)
{
    auto *curl = new QPushButton(tr("Copy as &curl"), content);
    curl->setObjectName(QStringLiteral("copyCurlButton"));
    auto *replay = new QPushButton(tr("Re&play"), content);
    replay->setObjectName(QStringLiteral("replayButton"));
    auto *har = new QPushButton(tr("E&xport HAR…"), content);
    har->setObjectName(QStringLiteral("exportHarButton"));
    auto *clear = new QPushButton(tr("C&lear"), content);
    clear->setObjectName(QStringLiteral("clearLogButton"));
    auto *edit = new QPushButton(tr("Ed&it and Resend…"), content);
    edit->setObjectName(QStringLiteral("editResendButton"));
    auto *saveScenarioButton = new QPushButton(tr("Save as Scenari&o…"), content);
    saveScenarioButton->setObjectName(QStringLiteral("saveScenarioButton"));
    saveScenarioButton->setToolTip(tr("The selected requests (all shown, when none is selected) as a file to "
                                      "replay after each Close release"));
    auto *runScenarioButton = new QPushButton(tr("R&un Scenario…"), content);
    runScenarioButton->setObjectName(QStringLiteral("runScenarioButton"));
    // Two rows under the details: what to do with the selected request, then scenarios and the log.
    auto *buttons = new QGridLayout;
    buttons->addWidget(curl, 0, 0);
    buttons->addWidget(edit, 0, 1);
    buttons->addWidget(replay, 0, 2);
    buttons->addWidget(har, 0, 3);
    buttons->addWidget(saveScenarioButton, 1, 0);
    buttons->addWidget(runScenarioButton, 1, 1);
    buttons->addWidget(clear, 1, 3);

    connect(m_find, &QLineEdit::returnPressed, this, &NetworkInspector::findNext);
    connect(curl, &QPushButton::clicked, this, &NetworkInspector::copyAsCurl);
    connect(replay, &QPushButton::clicked, this, &NetworkInspector::replayCurrent);
    connect(har, &QPushButton::clicked, this, &NetworkInspector::exportHar);
    connect(edit, &QPushButton::clicked, this, &NetworkInspector::editAndResend);
    connect(saveScenarioButton, &QPushButton::clicked, this, &NetworkInspector::saveScenario);
    connect(runScenarioButton, &QPushButton::clicked, this, &NetworkInspector::runScenario);
    connect(clear, &QPushButton::clicked, m_session->client()->requestLog(), &RequestLog::clear);
    return buttons;
}

void NetworkInspector::watchLog(RequestLog *log)
{
    m_rateTimer = new QTimer(this);
    m_rateTimer->setSingleShot(true);
    m_rateTimer->setInterval(300); // at most three redraws a second while requests stream in
    connect(m_rateTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            updateRateLimits();
    });
    // While the tab is shown, its "resets in" counts down without waiting for the next request.
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, [this] {
        if (m_rates->isVisible())
            updateRateLimits();
    });
    tick->start();
    connect(log, &QAbstractItemModel::rowsInserted, m_rateTimer, qOverload<>(&QTimer::start));
    connect(log, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        if (!m_follow)
            return;
        // The request the user just sent is shown and selected, whatever the filters say.
        const RequestLog *requests = m_session->client()->requestLog();
        const QString path = m_follow->path.startsWith(u'/') ? m_follow->path : u'/' + m_follow->path;
        for (int row = first; row <= last; ++row) {
            const Exchange &exchange = requests->at(row);
            if (QString::fromLatin1(exchange.method) != m_follow->method
                || !exchange.url.path().endsWith(path))
                continue;
            m_follow.reset();
            m_filter->setAlwaysShown(exchange.id);
            selectExchange(exchange.id);
            updateFilterNote();
            return;
        }
    });
    connect(log, &QAbstractItemModel::modelReset, m_rateTimer, qOverload<>(&QTimer::start));
    connect(log, &QAbstractItemModel::dataChanged, m_rateTimer, qOverload<>(&QTimer::start));

    connect(m_statusClass, &QComboBox::currentIndexChanged, this,
            [this] { refilter([this] { m_filter->setStatusClass(m_statusClass->currentData().toInt()); }); });
    connect(m_method, &QComboBox::currentIndexChanged, this,
            [this] { refilter([this] { m_filter->setMethod(m_method->currentData().toString()); }); });
    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString &text) { refilter([this, text] { m_filter->setPathPart(text); }); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NetworkInspector::showCurrent);
    connect(log, &QAbstractItemModel::dataChanged, this, [this] {
        if (isVisible())
            showCurrent();
    });
}

quint64 NetworkInspector::currentExchangeId() const
{
    if (!m_table)
        return 0;
    return m_table->currentIndex().data(RequestLog::ExchangeIdRole).toULongLong();
}

void NetworkInspector::showCurrent()
{
    const Exchange *exchange = m_session->client()->requestLog()->find(currentExchangeId());
    // What went over the wire, with invisible direction controls written out (⟨U+202E⟩).
    m_request->setPlainText(exchange ? BidiText::escaped(ExchangeText::requestText(*exchange)) : QString());
    m_response->setPlainText(exchange ? BidiText::escaped(ExchangeText::responseText(*exchange)) : QString());
    const QStringList changes
        = exchange ? m_session->inspector()->serverChanges(exchange->id) : QStringList();
    m_changes->setPlainText(
        changes.isEmpty() ? tr("Select a PUT or POST that Close answered to see what it did with each field.")
                          : BidiText::escaped(changes.join(QLatin1Char('\n'))));
}

void NetworkInspector::updateRateLimits()
{
    if (!m_rates)
        return;
    const QList<InspectorServices::RateLimitGroup> groups = m_session->inspector()->rateLimits();
    const QStringList lines = InspectorServices::describe(groups, QDateTime::currentDateTimeUtc());
    QString text;
    for (qsizetype i = 0; i < groups.size(); ++i)
        text += lines.at(i) + QLatin1Char('\n') + QLatin1String("  ")
            + InspectorServices::sparkline(groups.at(i), 48) + QLatin1Char('\n');
    m_rates->setPlainText(text.isEmpty() ? tr("No answer has said anything about rate limits yet.")
                                         : text + tr("(each mark is one answer: the budget left, ! a 429)"));
}

void NetworkInspector::refilter(const std::function<void()> &change)
{
    // The selected request stays selected (and in view) when it passes the new filters; the view
    // does not jump to the top.
    const quint64 current = currentExchangeId();
    m_filter->setAlwaysShown(0);
    change();
    if (current)
        selectExchange(current);
    updateFilterNote();
}

void NetworkInspector::updateFilterNote()
{
    const bool against = m_filter->shownAgainstFilters(currentExchangeId());
    m_filterNote->setText(against ? tr("The request you sent is shown although the filters hide it.")
                                  : QString());
    m_filterNote->setVisible(against);
}

void NetworkInspector::selectExchange(quint64 id)
{
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        const QModelIndex index = m_table->model()->index(row, 0);
        if (index.data(RequestLog::ExchangeIdRole).toULongLong() == id) {
            m_table->setCurrentIndex(index);
            m_table->selectRow(row);
            m_table->scrollTo(index);
            return;
        }
    }
}

void NetworkInspector::editAndResend()
{
    const std::optional<InspectorServices::EditableRequest> request
        = m_session->inspector()->editable(currentExchangeId());
    if (!request)
        return;
    auto *editor = new RequestEditorDialog(m_session->inspector(), *request, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    // Show the new exchange (and, once it is answered, what the server did with it).
    connect(editor, &RequestEditorDialog::sent, this, &NetworkInspector::followNextRequest);
    editor->open();
}

void NetworkInspector::saveScenario()
{
    QList<Exchange> exchanges;
    const RequestLog *log = m_session->client()->requestLog();
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int shown = m_table->model()->rowCount();
    // One selected row is most often left over from another action (Copy as curl, Replay): ask.
    if (rows.size() == 1 && shown > 1) {
        const QMessageBox::StandardButton answer = MessageBox::question(
            this, tr("Save as Scenario"),
            tr("One request is selected. Save only that one, or all %n shown?", nullptr, shown),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No,
            {{QMessageBox::Yes, tr("Only the Selected")},
             {QMessageBox::No, tr("All %n Shown", nullptr, shown)}});
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::No)
            rows.clear();
    }
    const bool fromSelection = !rows.isEmpty();
    if (rows.isEmpty()) {
        for (int row = 0; row < shown; ++row)
            rows.append(m_table->model()->index(row, 0));
    }
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const Exchange *exchange = log->find(index.data(RequestLog::ExchangeIdRole).toULongLong()))
            exchanges.append(*exchange);
    }
    if (exchanges.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as Scenario"), tr("Scenario name:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    QDir().mkpath(Scenario::defaultFolder());
    const QString path
        = FileDialogs::saveFileName(this, tr("Save as Scenario"),
                                    QDir(Scenario::defaultFolder()).filePath(name + QStringLiteral(".json")),
                                    tr("Draftdesk scenarios (*.json)"));
    if (path.isEmpty())
        return;
    int skipped = 0;
    const Scenario scenario = Scenario::record(name, exchanges, m_session->client()->baseUrl(), &skipped);
    QString error;
    if (scenario.steps.isEmpty() || !scenario.save(path, &error)) {
        MessageBox::warning(this, tr("Save as Scenario"),
                            scenario.steps.isEmpty() ? tr("None of these requests went to the Close API.")
                                                     : tr("Could not write %1: %2").arg(path, error));
        return;
    }
    const QString from = fromSelection ? tr("from the %n selected row(s)", nullptr, int(rows.size()))
                                       : tr("from all %n shown row(s)", nullptr, int(rows.size()));
    QString said = tr("Saved %n step(s) %1 to %2", nullptr, int(scenario.steps.size())).arg(from, path);
    if (skipped > 0)
        said += QLatin1String("; ")
            + tr("%n request(s) left out (to other servers, or not answered yet)", nullptr, skipped);
    emit notice(said + QLatin1Char('.'));
}

void NetworkInspector::runScenario()
{
    const QString path = FileDialogs::openFileName(this, tr("Run Scenario"), Scenario::defaultFolder(),
                                                   tr("Draftdesk scenarios (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<Scenario> scenario = Scenario::load(path, &error);
    if (!scenario) {
        MessageBox::warning(this, tr("Run Scenario"), tr("%1 cannot be replayed: %2").arg(path, error));
        return;
    }
    auto *dialog = new ScenarioDialog(m_session->client(), *scenario, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString NetworkInspector::curlForCurrent() const
{
    const Exchange *exchange = m_session->client()->requestLog()->find(currentExchangeId());
    return exchange ? CurlCommand::fromExchange(*exchange, m_session->shareableKey()) : QString();
}

void NetworkInspector::copyAsCurl()
{
    const QString command = curlForCurrent();
    if (command.isEmpty())
        return;
    QApplication::clipboard()->setText(command);
    const Exchange *exchange = m_session->client()->requestLog()->find(currentExchangeId());
    const QString request
        = QStringLiteral("%1 %2").arg(QString::fromLatin1(exchange->method), exchange->url.path());
    emit notice(
        m_session->shareableKey().isEmpty()
            ? tr("Copied a curl command for %1; it reads the key from $CLOSE_API_KEY.").arg(request)
            : tr("Copied a curl command for %1, with the demo's key: it runs as it is.").arg(request));
}

void NetworkInspector::replayCurrent()
{
    const quint64 id = currentExchangeId();
    if (!id)
        return;
    if (m_session->inspector()->replayCouldSend(id)
        && MessageBox::question(
               this, tr("Replay"),
               tr("This request moves an email to the outbox or schedules it: replaying it may "
                  "send an email. Replay anyway?"))
            != QMessageBox::Yes)
        return;
    m_session->inspector()->replay(id);
}

void NetworkInspector::exportHar()
{
    const QString path = FileDialogs::saveFileName(this, tr("Export HAR"), QStringLiteral("draftdesk.har"),
                                                   tr("HTTP Archive (*.har)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_session->inspector()->exportHar(path, &error)) {
        MessageBox::warning(this, tr("Export HAR"), tr("Could not write %1: %2").arg(path, error));
        return;
    }
    emit notice(tr("Exported %n exchange(s) to %1, the key redacted.", nullptr,
                   m_session->client()->requestLog()->size())
                    .arg(path));
}

void NetworkInspector::findNext()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    for (QPlainTextEdit *view : {m_request, m_response}) {
        if (view->find(text))
            return;
    }
    // Wrap around to the top of the request.
    for (QPlainTextEdit *view : {m_request, m_response})
        view->moveCursor(QTextCursor::Start);
    m_request->find(text) || m_response->find(text);
}
