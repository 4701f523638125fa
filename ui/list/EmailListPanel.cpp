#include "ui/list/EmailListPanel.h"

#include "core/email/EmailStatus.h"
#include "core/list/EmailListModel.h"
#include "ui/common/Accessible.h"
#include "ui/list/EmailTable.h"
#include "ui/list/PreviewPane.h"
#include "ui/list/StatusDecorationModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

EmailListPanel::EmailListPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("emailListPanel"));

    buildFilters();
    auto *bar = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("&Show:"), this);
    statusLabel->setBuddy(m_status);
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_mineOnly);
    bar->addWidget(m_lead);
    bar->addWidget(m_period);

    auto *table = new EmailTable(this);
    connect(table, &EmailTable::firstRowsPainted, this, &EmailListPanel::firstRowsPainted);
    m_table = table;
    m_table->setObjectName(QStringLiteral("emailTable"));
    m_table->setAccessibleName(tr("Emails"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // rows are chosen with the arrows; Tab moves on to the preview
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);

    m_preview = new PreviewPane(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("listSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The first split, until the user's own is saved: four parts of the height for the list, three for
    // the preview. Set, not left to the size hints: the preview's hint is one line until it shows an
    // email (PreviewPane), which would leave it a strip at the bottom of the window.
    m_splitter->setSizes({400, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    m_decorated = new StatusDecorationModel(this);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120); // arrow keys through the list do not fire a request per row

    bindFilters();
}

// The filter controls above the list: status, search, mine only, lead and period.
void EmailListPanel::buildFilters()
{
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All"), -1);
    const std::pair<EmailStatus, QString> statuses[] = {
        {EmailStatus::Draft, tr("Drafts")},  {EmailStatus::Scheduled, tr("Scheduled")},
        {EmailStatus::Outbox, tr("Outbox")}, {EmailStatus::Sent, tr("Sent")},
        {EmailStatus::Inbox, tr("Inbox")},   {EmailStatus::Error, tr("Error")},
    };
    for (const auto &[status, label] : statuses)
        m_status->addItem(StatusDecorationModel::iconFor(EmailStatuses::toApi(status)), label, int(status));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search subject, recipients, sender, lead (Ctrl+F)"));
    Accessible::nameFromPlaceholder(m_search);
    Accessible::enableClearButton(m_search);

    m_mineOnly = new QCheckBox(tr("&Mine only"), this);
    m_mineOnly->setObjectName(QStringLiteral("mineOnly"));
    m_mineOnly->setToolTip(tr("Only emails of the signed-in user (asks the server)"));

    m_lead = new QLineEdit(this);
    m_lead->setObjectName(QStringLiteral("leadFilter"));
    m_lead->setPlaceholderText(tr("Lead ID"));
    Accessible::nameFromPlaceholder(m_lead);
    Accessible::enableClearButton(m_lead);
    m_lead->setMaximumWidth(200);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setAccessibleName(tr("Created within"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
}

void EmailListPanel::bindFilters()
{
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_status->currentData().toInt();
        if (m_model)
            m_model->setStatusFilter(status < 0 ? std::nullopt
                                                : std::optional<EmailStatus>(EmailStatus(status)));
    });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->setSearchText(m_search->text());
    });
    // Return in the search field hands the keyboard to the (filtered) list.
    connect(m_search, &QLineEdit::returnPressed, this, &EmailListPanel::focusTable);
    connect(m_mineOnly, &QCheckBox::toggled, this, &EmailListPanel::emitServerFilters);
    connect(m_lead, &QLineEdit::editingFinished, this, &EmailListPanel::emitServerFilters);
    connect(m_period, &QComboBox::currentIndexChanged, this, &EmailListPanel::emitServerFilters);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(EmailListModel::IdRole).toString());
    });
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        m_announcedId = currentId();
        emit currentEmailChanged(m_announcedId);
    });
}

void EmailListPanel::setModel(EmailListModel *model)
{
    m_model = model;
    m_decorated->setSourceModel(model);
    m_table->setModel(m_decorated);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // The subject takes what the other columns leave, as in a mail client's message list: the
    // columns fit the window (1,200 px and up) without a horizontal scroll bar, at any width.
    header->setSectionResizeMode(EmailListModel::SubjectColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    int statusWidth = 0; // the longest status name in this language, with its icon
    for (EmailStatus status : {EmailStatus::Inbox, EmailStatus::Draft, EmailStatus::Scheduled,
                               EmailStatus::Outbox, EmailStatus::Sent, EmailStatus::Error})
        statusWidth
            = qMax(statusWidth, m_table->fontMetrics().horizontalAdvance(EmailStatuses::displayName(status)));
    // The status icon is drawn at the style's small-icon size (the view sets no size of its own).
    const int icon = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    m_table->setColumnWidth(EmailListModel::StatusColumn, statusWidth + icon + 2 * em);
    m_table->setColumnWidth(EmailListModel::ToColumn, 14 * em);
    m_table->setColumnWidth(EmailListModel::SenderColumn, 12 * em);
    m_table->setColumnWidth(EmailListModel::LeadColumn, 13 * em);
    // A date and time ("28/11/2026 06:32") in the user's format, with a little air.
    const QString sample
        = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)).date(), QLocale::ShortFormat)
        + QStringLiteral(" 23:59");
    const int dateWidth = m_table->fontMetrics().horizontalAdvance(sample) + 2 * em;
    m_table->setColumnWidth(EmailListModel::DateColumn, dateWidth);
    m_table->setColumnWidth(EmailListModel::UpdatedColumn, dateWidth);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // Close's order (newest first) until the user picks one
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EmailListPanel::onCurrentChanged);
    // Keyboard users start on the first row: End, Down and Enter then work from the first key press.
    const auto ensureCurrent = [this] {
        if (!m_table->currentIndex().isValid() && m_decorated->rowCount() > 0)
            m_table->selectionModel()->setCurrentIndex(
                m_decorated->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    // A reload (F5) keeps the selected email selected when it is still listed.
    connect(m_decorated, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepId = currentId(); });
    connect(m_decorated, &QAbstractItemModel::modelReset, this, [this] {
        if (const int row = m_model->rowForId(m_keepId); row >= 0) {
            const QModelIndex shown = m_decorated->mapFromSource(m_model->index(row, 0));
            if (shown.isValid())
                m_table->selectionModel()->setCurrentIndex(
                    shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        m_keepId.clear();
    });
    connect(m_decorated, &QAbstractItemModel::rowsInserted, this, ensureCurrent);
    connect(m_decorated, &QAbstractItemModel::modelReset, this, ensureCurrent);
    connect(m_decorated, &QAbstractItemModel::layoutChanged, this, ensureCurrent);
    // The preview shows the selected row's email and no other: a reset or removal may change (or
    // clear) the current row without currentRowChanged (QItemSelectionModel resets silently).
    const auto followCurrent = [this] {
        if (currentId() != m_announcedId)
            m_previewTimer->start();
    };
    keepScrollPosition();
    connect(m_decorated, &QAbstractItemModel::modelReset, this, followCurrent);
    connect(m_decorated, &QAbstractItemModel::layoutChanged, this, followCurrent);
    connect(m_decorated, &QAbstractItemModel::rowsRemoved, this, followCurrent);
    connect(m_decorated, &QAbstractItemModel::rowsInserted, this, followCurrent);
}

bool EmailListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !currentId().isEmpty()) {
            emit openRequested(currentId());
            return true;
        }
        // In a mail list Home and End mean the first and last email (QTableView's own meaning is the
        // first and last column); reaching the end also loads the next page.
        if ((key->key() == Qt::Key_End || key->key() == Qt::Key_Home) && key->modifiers() == Qt::NoModifier) {
            QAbstractItemModel *model = m_table->model();
            const int rows = model ? model->rowCount() : 0;
            if (rows > 0) {
                const int column = qMax(0, m_table->currentIndex().column());
                const int row = key->key() == Qt::Key_End ? rows - 1 : 0;
                m_table->setCurrentIndex(model->index(row, column));
                m_table->scrollTo(model->index(row, column));
                if (key->key() == Qt::Key_End && model->canFetchMore({}))
                    model->fetchMore({});
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EmailListPanel::setSearchDelay(int msecs)
{
    m_searchTimer->setInterval(msecs);
    m_previewTimer->setInterval(msecs);
}

QString EmailListPanel::currentId() const
{
    return m_table->currentIndex().data(EmailListModel::IdRole).toString();
}

void EmailListPanel::onCurrentChanged()
{
    m_previewTimer->start();
}

void EmailListPanel::emitServerFilters()
{
    const int days = m_period->currentData().toInt();
    const QDateTime from = days > 0 ? QDateTime::currentDateTimeUtc().addDays(-days) : QDateTime();
    emit filtersChanged(m_lead->text().trimmed(), m_mineOnly->isChecked(), from, QDateTime());
}

void EmailListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QWidget *EmailListPanel::firstInTabOrder() const
{
    return m_status;
}

void EmailListPanel::focusTable()
{
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->currentIndex().isValid() && m_table->model() && m_table->model()->rowCount() > 0)
        m_table->setCurrentIndex(m_table->model()->index(0, 0));
}

QByteArray EmailListPanel::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void EmailListPanel::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

QByteArray EmailListPanel::saveSplitterState() const
{
    return m_splitter->saveState();
}

void EmailListPanel::restoreSplitterState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

void EmailListPanel::keepScrollPosition()
{
    // Rows that arrive, change or go above the first one on screen would move the list under the
    // reader's eyes: the row at the top stays at the top (unless the list is scrolled to its start,
    // where new emails appear as in any mail client).
    // After a click on a column header the rows take their new order: then the selected email is
    // kept in sight instead.
    const auto remember = [this] {
        const QHeaderView *header = m_table->horizontalHeader();
        const std::pair<int, Qt::SortOrder> sorted {header->sortIndicatorSection(),
                                                    header->sortIndicatorOrder()};
        m_sorting = sorted != m_sortedBy;
        m_sortedBy = sorted;
        const bool atStart = m_table->verticalScrollBar()->value() == 0;
        m_topRow = atStart || m_sorting ? QPersistentModelIndex()
                                        : QPersistentModelIndex(m_table->indexAt(QPoint(0, 0)));
    };
    const auto restore = [this] {
        if (m_sorting && m_table->currentIndex().isValid())
            m_table->scrollTo(m_table->currentIndex(), QAbstractItemView::PositionAtCenter);
        else if (m_topRow.isValid())
            m_table->scrollTo(m_topRow, QAbstractItemView::PositionAtTop);
        m_topRow = QPersistentModelIndex();
    };
    connect(m_decorated, &QAbstractItemModel::layoutAboutToBeChanged, this, remember);
    connect(m_decorated, &QAbstractItemModel::rowsAboutToBeRemoved, this, remember);
    connect(m_decorated, &QAbstractItemModel::layoutChanged, this, restore);
    connect(m_decorated, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_topRow.isValid())
            m_table->scrollTo(m_topRow, QAbstractItemView::PositionAtTop);
        m_topRow = QPersistentModelIndex();
    });
}
