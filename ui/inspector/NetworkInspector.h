#pragma once

#include "core/qa/InspectorServices.h"

#include <QDockWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLayout;
class QLabel;
class QLineEdit;
class QTabWidget;
class RequestLog;
class QPlainTextEdit;
class QTableView;
class QTimer;
class RequestLogFilter;
class Session;

// Every exchange with Close as QA people need it: time, method, path, status (coloured by class),
// duration, size, retries; request and response in full (JSON pretty-printed, Authorization
// redacted) with search; filters; copy as curl; replay (asking first when it could send an email);
// export as HAR 1.2; clear.
class NetworkInspector final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkInspector)

public:
    explicit NetworkInspector(Session *session, QWidget *parent = nullptr);
    // Builds the inspector's content if it has not been shown yet.
    QTableView *table();
    quint64 currentExchangeId() const;
    QString curlForCurrent() const;

    void setVisible(bool visible) override;

public slots:
    void copyAsCurl();
    void replayCurrent();
    void exportHar();
    // Opens the current exchange in the request editor to change and send again.
    void editAndResend();
    // The selected exchanges (all shown ones when none is selected; asks when one row is selected of
    // several, a selection often left over from another action) as a scenario file; says how many.
    void saveScenario();
    void runScenario();
    // The next request logged is the user's own (Edit and Resend's Send): show and select it.
    // Selects this request once the log records it (Edit and Resend), whatever the filters say; a
    // request of the app's own that is logged first (a lead's name, a page) is not taken for it.
    void followNextRequest(const InspectorServices::EditableRequest &request) { m_follow = request; }

signals:
    // What a copy, save or export did, in a sentence for the status bar.
    void notice(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureContent();
    QLayout *buildFilters(QWidget *content);
    QTabWidget *buildDetails(QWidget *content);
    QLayout *buildButtons(QWidget *content);
    void watchLog(RequestLog *log);
    void showCurrent();
    void updateRateLimits();
    void selectExchange(quint64 id);
    void refilter(const std::function<void()> &change);
    void updateFilterNote();
    void findNext();

    Session *m_session;
    RequestLogFilter *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_statusClass = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_filterNote = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QPlainTextEdit *m_changes = nullptr;
    QPlainTextEdit *m_rates = nullptr;
    QTimer *m_rateTimer = nullptr;
    std::optional<InspectorServices::EditableRequest> m_follow; // an edited request on its way
    QLineEdit *m_find = nullptr;
};
