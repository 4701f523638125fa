#pragma once

#include <QTableView>

#include <optional>

// The email list's table. A QTableView lays itself out again after any rows are inserted and repaints
// its whole viewport, although rows added below the last one shown change nothing on screen. During a
// Load All a page of rows is added below every few milliseconds, and those repaints (text shaped and
// drawn again for every visible cell) were most of the window's work: here such a layout only updates
// the scroll bar. Any other change (rows removed or moved, a reset, rows added where they are seen)
// lays out and repaints as Qt does.
class EmailTable final : public QTableView
{
    Q_OBJECT

public:
    explicit EmailTable(QWidget *parent = nullptr) : QTableView(parent) { }
    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;

signals:
    // Once, from the event loop after the first paint that showed rows (that frame is done by then).
    void firstRowsPainted();

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_rowsPainted = false;
    // Since the last layout: nullopt nothing, true only rows added below those shown, false anything else.
    std::optional<bool> m_onlyBelow;
};
