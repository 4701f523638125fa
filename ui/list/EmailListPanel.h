#pragma once

#include <QDateTime>
#include <QPersistentModelIndex>
#include <QWidget>

#include <utility>

class EmailActivity;
class EmailListModel;
class PreviewPane;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class StatusDecorationModel;

// The list page: a filter bar (status, text, mine only, lead, period), the sortable email table and
// a read-only preview of the selected email. Server-side filters go out through filtersChanged();
// status and words filter the stored rows at once (the model asks the store).
class EmailListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailListPanel)

public:
    explicit EmailListPanel(QWidget *parent = nullptr);

    void setModel(EmailListModel *model);
    QTableView *table() const { return m_table; }
    PreviewPane *preview() const { return m_preview; }
    QString currentId() const;
    // 0 in tests: typing filters at once.
    void setSearchDelay(int msecs);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);
    QByteArray saveSplitterState() const;
    void restoreSplitterState(const QByteArray &state);

public slots:
    void focusSearch();
    // The first control of the filter bar: where Tab goes after what lies above the panel.
    QWidget *firstInTabOrder() const;
    void focusTable();

signals:
    void openRequested(const QString &id);
    void currentEmailChanged(const QString &id);
    void filtersChanged(const QString &leadId, bool mineOnly, const QDateTime &from, const QDateTime &to);
    // Once, after the first frame that showed rows in the list.
    void firstRowsPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilters();
    void bindFilters();
    void emitServerFilters();
    void onCurrentChanged();
    void keepScrollPosition();

    EmailListModel *m_model = nullptr;
    StatusDecorationModel *m_decorated = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_mineOnly = nullptr;
    QLineEdit *m_lead = nullptr;
    QComboBox *m_period = nullptr;
    QTableView *m_table = nullptr;
    PreviewPane *m_preview = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_previewTimer = nullptr;
    QString m_announcedId; // the email the preview was last asked to show
    QString m_keepId; // selected before a reset, selected again after it
    QPersistentModelIndex m_topRow; // the row at the top of the view while rows move
    // The order shown: when a layout change comes with another one, a header was clicked, and the
    // selected email is kept in sight instead of the top row.
    std::pair<int, Qt::SortOrder> m_sortedBy {-1, Qt::AscendingOrder};
    bool m_sorting = false;
};
