#include "core/list/ListPlan.h"

#include <algorithm>
#include <cmath>

namespace {
// 0001-01-01T00:00:00Z: no ISO 8601 date the API can read lies earlier, so no window starts earlier.
constexpr qint64 earliestMicros = -62135596800LL * 1000000LL;
// Without any density seen yet, a bottom window spans a day.
constexpr double defaultWidthMicros = 86400.0 * 1e6;
} // namespace

ListPlan::ListPlan(Window range, int pageSize, int maxSkip)
    : m_pageSize(std::max(1, pageSize)), m_maxSkip(std::max(0, maxSkip))
{
    m_pending.append({range, 0, {}, false});
}

ListPlan::Request ListPlan::next() const
{
    Q_ASSERT(m_state == State::Running && !m_pending.isEmpty());
    const Pending &current = m_pending.constLast();
    if (current.probe)
        return {current.window, 0, 1, true};
    return {current.window, current.skip, m_pageSize, false};
}

int ListPlan::windowTarget() const
{
    // Half the cap: a window sized from a density estimate may hold twice as many rows as expected
    // and still be paged to its end without a split.
    return std::max(m_pageSize, m_maxSkip / 2);
}

void ListPlan::answer(const QList<qint64> &createdMicros, int rowCount, bool hasMore)
{
    if (m_state != State::Running || m_pending.isEmpty())
        return;
    ++m_answered;
    if (m_pending.constLast().probe) {
        const Pending probe = m_pending.takeLast();
        if (rowCount > 0)
            stepBottom(probe, createdMicros);
        else if (m_pending.isEmpty())
            m_state = State::Done;
        return;
    }
    Pending &current = m_pending.last();
    current.seen.append(createdMicros);
    current.skip += rowCount;
    // A server that says "more" but sends nothing would be asked the same thing forever.
    if (!hasMore || rowCount == 0) {
        finishCurrent();
        return;
    }
    if (current.skip > m_maxSkip)
        split(m_pending.takeLast());
}

bool ListPlan::skipRefused()
{
    if (m_state != State::Running || m_pending.isEmpty())
        return false;
    const Pending &current = m_pending.constLast();
    if (current.probe || current.skip == 0)
        return false;
    // Caps are round numbers of pages; the last skip that worked was at most one page lower.
    m_maxSkip = std::max(0, ((current.skip - 1) / m_pageSize) * m_pageSize);
    split(m_pending.takeLast());
    return true;
}

void ListPlan::rowRemoved(qint64 createdMicros)
{
    if (m_pending.isEmpty())
        return;
    Pending &current = m_pending.last();
    // Decrementing when unsure is the safe side: at worst one row comes back and is dropped by id.
    if (!current.probe && current.skip > 0 && current.window.contains(createdMicros))
        --current.skip;
}

void ListPlan::finishCurrent()
{
    const Pending done = m_pending.takeLast();
    if (done.window.from && done.window.until && *done.window.until > *done.window.from) {
        const double width = double(*done.window.until - *done.window.from);
        // An empty window says the next one may be wider.
        m_density = done.seen.isEmpty() ? m_density / 4 : double(done.seen.size()) / width;
    }
    if (m_pending.isEmpty())
        m_state = State::Done;
}

void ListPlan::split(Pending window)
{
    ++m_splits;
    QList<qint64> dates = window.seen;
    std::sort(dates.begin(), dates.end());
    dates.erase(
        std::remove_if(dates.begin(), dates.end(), [&](qint64 d) { return !window.window.contains(d); }),
        dates.end());
    if (dates.isEmpty()) {
        // No readable creation date in a full window: nothing to split by.
        m_state = State::Stuck;
        return;
    }
    const qint64 n = dates.size();
    const qint64 lowest = dates.constFirst();
    const qint64 highest = dates.constLast();
    m_density = double(n) / double(highest - lowest + 1);

    // Where the window is open below, everything under the lowest date seen is walked down later.
    const qint64 lower = window.window.from.value_or(lowest);
    const auto inside = [&](qint64 b) {
        return b > lower && (!window.window.until || b < *window.window.until);
    };
    QList<qint64> bounds;
    const qint64 parts = (n + windowTarget() - 1) / windowTarget();
    for (qint64 i = 1; i < parts; ++i) {
        const qint64 b = dates.at(i * n / parts);
        if (inside(b) && (bounds.isEmpty() || b > bounds.constLast()))
            bounds.append(b);
    }
    if (bounds.isEmpty()) {
        // The seen rows crowd one instant: cut just around it.
        const qint64 t = dates.at(n / 2);
        for (qint64 b : {t, t + 1}) {
            if (inside(b))
                bounds.append(b);
        }
    }
    if (bounds.isEmpty() && window.window.from) {
        m_state = State::Stuck;
        m_stuckAt = lower;
        return;
    }
    if (!window.window.from)
        pushBottom(lower);
    qint64 from = lower;
    for (qint64 b : std::as_const(bounds)) {
        m_pending.append({Window {from, b}, 0, {}, false});
        from = b;
    }
    m_pending.append({Window {from, window.window.until}, 0, {}, false});
}

void ListPlan::pushBottom(qint64 below)
{
    m_pending.append({Window {std::nullopt, below}, 0, {}, true});
}

void ListPlan::stepBottom(const Pending &probe, const QList<qint64> &dates)
{
    const qint64 below = probe.window.until.value_or(0);
    double width = m_density > 0 ? double(windowTarget()) / m_density : defaultWidthMicros;
    width = std::clamp(width, 1.0, 1e17);
    qint64 from = below - qint64(std::llround(width));
    // The probe found a row at d: start the window just far enough down to take it and a window's
    // width below it, which crosses a quiet period in one step.
    if (!dates.isEmpty() && dates.constFirst() < below)
        from = std::min(from, dates.constFirst() + 1 - qint64(std::llround(width)));
    from = std::max(from, earliestMicros);
    if (probe.window.from && from <= *probe.window.from) {
        m_pending.append({Window {probe.window.from, below}, 0, {}, false});
        return;
    }
    if (from > earliestMicros)
        m_pending.append({Window {probe.window.from, from}, 0, {}, true});
    m_pending.append({Window {from, below}, 0, {}, false});
}
