#include "ui/list/EmailTable.h"

void EmailTable::setModel(QAbstractItemModel *model)
{
    if (model == this->model())
        return; // as QAbstractItemView does (and its connections to the model stay)
    if (this->model())
        this->model()->disconnect(this);
    QTableView::setModel(model);
    m_onlyBelow = false;
    if (!model)
        return;
    const auto other = [this] {
        m_onlyBelow = false;
    };
    connect(model, &QAbstractItemModel::layoutChanged, this, other);
    connect(model, &QAbstractItemModel::modelReset, this, other);
    connect(model, &QAbstractItemModel::rowsRemoved, this, other);
    connect(model, &QAbstractItemModel::rowsMoved, this, other);
    connect(model, &QAbstractItemModel::columnsInserted, this, other);
    connect(model, &QAbstractItemModel::columnsRemoved, this, other);
}

void EmailTable::rowsInserted(const QModelIndex &parent, int start, int end)
{
    // The last row shown; -1 when the rows end above the viewport's bottom (then new rows are seen).
    const int lastShown = rowAt(viewport()->height() - 1);
    const bool below = !parent.isValid() && lastShown >= 0 && start > lastShown;
    m_onlyBelow = m_onlyBelow.value_or(true) && below;
    QTableView::rowsInserted(parent, start, end);
}

void EmailTable::doItemsLayout()
{
    if (std::exchange(m_onlyBelow, std::nullopt).value_or(false)) {
        updateGeometries(); // the scroll bar's range; nothing shown moved
        return;
    }
    QTableView::doItemsLayout();
}

void EmailTable::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_rowsPainted || !model() || model()->rowCount() == 0)
        return;
    m_rowsPainted = true;
    // Queued: the whole window's frame is painted and shown before anyone hears of it.
    QMetaObject::invokeMethod(this, &EmailTable::firstRowsPainted, Qt::QueuedConnection);
}
