#pragma once

#include "ApiError.h"
#include "EmailActivity.h"
#include "EmailQuery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>

class ApiCall;
class CloseClient;
struct ApiResult;

// The email list: a table over pages of GET /activity/email/ that asks only for the columns it shows
// (never the bodies), loads the next page when the view scrolls to it (canFetchMore/fetchMore), keeps
// rows it already has when a page fails, refreshes in place (selection and scroll survive), and
// updates one row in place after a save or send. Lead names are fetched once per lead and cached.
class EmailListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailListModel)

public:
    enum Column {
        StatusColumn,
        SubjectColumn,
        ToColumn,
        SenderColumn,
        LeadColumn,
        DateColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole, // EmailStatus as int
        StatusNameRole, // "draft", "sent", … (for icons)
        SortRole, // raw value for sorting (QDateTime, lower-case text)
        SearchTextRole, // subject, recipients, sender and lead name in one string
        LeadIdRole,
    };
    static constexpr int pageSize = 100;
    static constexpr int loadAllLimit = 10000;

    explicit EmailListModel(CloseClient *client, QObject *parent = nullptr);
    ~EmailListModel() override;

    // The server-side part of the view: lead, user and date filters. Clears and loads the first page.
    void setQuery(const EmailQuery &query);
    EmailQuery query() const { return m_query; }
    static QStringList listFields();

    bool isLoading() const { return !m_pageCall.isNull() || !m_refreshCall.isNull(); }
    bool hasMore() const { return m_hasMore; }
    ApiError lastError() const { return m_lastError; }
    int rowForId(const QString &id) const { return m_rowById.value(id, -1); }
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public slots:
    // Reloads what is loaded (the same number of rows), keeping selection and scroll by id.
    void refresh();
    // Loads the page that failed (or the next one) again; rows already loaded are never duplicated.
    void retry();
    // Keeps loading pages until the server has no more (up to loadAllLimit rows).
    void loadAll();
    // After a save or send: the row with this id changes in place (dataChanged, no reset).
    void updateEmail(const EmailActivity &email);
    void removeEmail(const QString &id);

signals:
    void loadingChanged(bool loading);
    void pageLoaded(int rows, bool hasMore);
    void errorOccurred(const ApiError &error);

private:
    // Text is kept as UTF-8 in one block per row (subject, to, sender, lead id back to back) and
    // converted when a cell is painted: one allocation instead of four keeps 10,000 rows small
    // and the heap unfragmented.
    struct Row
    {
        QString id; // shared with m_rowById's key
        QByteArray text;
        quint32 subjectEnd = 0;
        quint32 toEnd = 0;
        quint32 senderEnd = 0;
        EmailStatus status = EmailStatus::Draft;
        QByteArrayView subject() const { return QByteArrayView(text).first(subjectEnd); }
        QByteArrayView to() const { return QByteArrayView(text).sliced(subjectEnd, toEnd - subjectEnd); }
        QByteArrayView sender() const { return QByteArrayView(text).sliced(toEnd, senderEnd - toEnd); }
        QByteArrayView leadId() const { return QByteArrayView(text).sliced(senderEnd); }
        QDateTime created;
        QDateTime updated;
        QDateTime scheduled;
        QDateTime sent;
        QDateTime activity;
    };
    static Row rowFrom(const EmailActivity &email);
    static Row rowFrom(const QJsonObject &json);
    QDateTime displayDate(const Row &row) const;
    QString leadName(QByteArrayView leadId) const;

    void requestPage(int skip);
    void onPage(const ApiResult &result, int skip);
    void onRefreshed(const QList<Row> &rows, bool hasMore);
    void refreshStep(QList<Row> collected, int target);
    void resolveLeads(const QList<Row> &rows);
    void rebuildIndex();
    void fail(const ApiError &error);

    CloseClient *m_client;
    EmailQuery m_query;
    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    int m_serverOffset = 0; // rows the server has handed out so far: the next page's _skip
    bool m_hasMore = false;
    bool m_loadAll = false;
    bool m_started = false;
    ApiError m_lastError;
    QPointer<ApiCall> m_pageCall;
    QPointer<ApiCall> m_refreshCall;
    QHash<QString, QString> m_leadNames;
    QSet<QString> m_leadsAsked;
    quint64 m_generation = 0; // answers to an older query are dropped
};
