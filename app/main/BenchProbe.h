#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

class EmailListModel;
class RequestLog;
class QAbstractItemView;

// Measurement hook for packaging/dev.sh bench (tests/bench/bench_report): with DRAFTDESK_BENCH set,
// the real program reports on stdout when the email list is on screen and quits, so that start-up
// and memory are measured on the binary users run, not on a copy of its wiring.
//   DRAFTDESK_BENCH=listed  the first view with rows (the stored list, or Close's first page when the
//                           store is empty) once painted: "bench listed MS"; then, once Close's
//                           first page has been painted too, "bench refreshed MS", and quits
//   DRAFTDESK_BENCH=loaded  then loads every page (Load All) and reports the resident memory with one
//                           page and with all rows once the window is idle (the request log has
//                           packed its bodies), "bench memory ROWS1 BYTES1 ROWS2 BYTES2", and the
//                           time Load All took with the longest stall of the UI thread meanwhile,
//                           "bench loadall ROWS MS STALL_MS" (a 5 ms timer: any longer gap was busy)
// BENCH_HOLD_MS=N keeps the window up N ms after the report (a look at /proc/PID/smaps).
// Without the variable nothing is created.
class BenchProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchProbe)

public:
    enum class Mode { Listed, Loaded };
    BenchProbe(Mode mode, EmailListModel *model, RequestLog *log, QAbstractItemView *view,
               QObject *parent = nullptr);
    // Reads DRAFTDESK_BENCH; nullptr when unset or unknown.
    static BenchProbe *fromEnvironment(EmailListModel *model, RequestLog *log, QAbstractItemView *view,
                                       QObject *parent);
    // Resident set size after giving freed heap back to the system, in bytes (-1 if unknown).
    static qint64 residentBytes();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onPage(int rows, bool hasMore);
    void finish(const QByteArray &line);
    void reportMemory();

    Mode m_mode;
    EmailListModel *m_model;
    RequestLog *m_log;
    QAbstractItemView *m_view;
    QElapsedTimer m_clock;
    bool m_waitingForPaint = false;
    bool m_listedSaid = false; // "bench listed": the first paint with rows
    bool m_waitingForRows = false; // Close's first page came before the stored rows were shown
    bool m_loadingAll = false;
    QTimer *m_heartbeat = nullptr;
    QElapsedTimer m_sinceBeat;
    QElapsedTimer m_loadAllClock;
    qint64 m_longestStallNs = 0;
    int m_firstRows = 0;
    qint64 m_firstBytes = 0;
};
