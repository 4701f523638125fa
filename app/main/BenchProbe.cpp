#include "main/BenchProbe.h"

#include "core/api/RequestLog.h"
#include "core/list/EmailListModel.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

BenchProbe::BenchProbe(Mode mode, EmailListModel *model, RequestLog *log, QAbstractItemView *view,
                       QObject *parent)
    : QObject(parent), m_mode(mode), m_model(model), m_log(log), m_view(view)
{
    m_clock.start();
    connect(m_model, &EmailListModel::pageLoaded, this, &BenchProbe::onPage);
    connect(m_model, &EmailListModel::errorOccurred, this, [this] { finish("bench error"); });
    m_view->viewport()->installEventFilter(this);
    m_heartbeat = new QTimer(this);
    m_heartbeat->setTimerType(Qt::PreciseTimer);
    m_heartbeat->setInterval(5);
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        m_longestStallNs = qMax(m_longestStallNs, m_sinceBeat.nsecsElapsed());
        m_sinceBeat.restart();
    });
}

BenchProbe *BenchProbe::fromEnvironment(EmailListModel *model, RequestLog *log, QAbstractItemView *view,
                                        QObject *parent)
{
    const QByteArray mode = qgetenv("DRAFTDESK_BENCH");
    if (mode == "listed")
        return new BenchProbe(Mode::Listed, model, log, view, parent);
    if (mode == "loaded")
        return new BenchProbe(Mode::Loaded, model, log, view, parent);
    return nullptr;
}

qint64 BenchProbe::residentBytes()
{
    // As the product runs: no trim of its own here (the list trims after a load, ReleaseMemory).
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readAll().split(' ').value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

void BenchProbe::onPage(int rows, bool hasMore)
{
    if (rows == 0 && hasMore) {
        // A big stored list is ordered on a thread of its own and may show after Close's first page
        // is in: go on once its rows are there.
        if (!m_loadingAll && !m_waitingForRows) {
            m_waitingForRows = true;
            const auto shown = [this] {
                if (m_waitingForRows && m_model->rowCount() > 0) {
                    m_waitingForRows = false;
                    onPage(m_model->rowCount(), m_model->hasMore());
                }
            };
            connect(m_model, &QAbstractItemModel::rowsInserted, this, shown);
            connect(m_model, &QAbstractItemModel::modelReset, this, shown);
        }
        return;
    }
    if (!m_loadingAll) {
        m_waitingForPaint = true; // the rows count once they are on screen
        m_view->viewport()->update();
        return;
    }
    if (!hasMore) {
        m_waitingForPaint = true;
        m_view->viewport()->update(); // the last rows may all lie below the visible ones
    }
}

bool BenchProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_mode == Mode::Listed && !m_listedSaid
        && m_model->rowCount() > 0) {
        m_listedSaid = true;
        // After this paint has been done, not before (and before "refreshed", should both be due).
        QTimer::singleShot(0, this, [this] {
            std::printf("bench listed %lld\n", m_clock.elapsed());
            std::fflush(stdout);
        });
    }
    if (event->type() != QEvent::Paint || !m_waitingForPaint)
        return QObject::eventFilter(watched, event);
    m_waitingForPaint = false;
    // After this paint has been done, not before.
    QTimer::singleShot(0, this, [this] {
        if (m_mode == Mode::Listed) {
            finish("bench refreshed " + QByteArray::number(m_clock.elapsed()));
        } else if (!m_loadingAll) {
            m_firstRows = m_model->rowCount();
            m_firstBytes = residentBytes();
            m_loadingAll = true;
            m_loadAllClock.start();
            m_sinceBeat.start();
            m_heartbeat->start();
            m_model->loadAll();
        } else {
            m_heartbeat->stop();
            const qint64 loadAllMs = m_loadAllClock.elapsed();
            const QByteArray loadAll = "bench loadall " + QByteArray::number(m_model->rowCount()) + ' '
                + QByteArray::number(loadAllMs) + ' '
                + QByteArray::number(double(m_longestStallNs) / 1e6, 'f', 1);
            std::puts(loadAll.constData());
            if (m_log->isPacking())
                connect(m_log, &RequestLog::bodiesPacked, this, &BenchProbe::reportMemory,
                        Qt::SingleShotConnection);
            else
                reportMemory();
        }
    });
    return QObject::eventFilter(watched, event);
}

void BenchProbe::reportMemory()
{
    finish("bench memory " + QByteArray::number(m_firstRows) + ' ' + QByteArray::number(m_firstBytes) + ' '
           + QByteArray::number(m_model->rowCount()) + ' ' + QByteArray::number(residentBytes()));
}

void BenchProbe::finish(const QByteArray &line)
{
    std::puts(line.constData());
    std::fflush(stdout);
    // BENCH_HOLD_MS keeps the window up, for a look at /proc/PID/smaps (as bench_baseline does).
    QTimer::singleShot(qEnvironmentVariableIntValue("BENCH_HOLD_MS"), qApp, &QCoreApplication::quit);
}
