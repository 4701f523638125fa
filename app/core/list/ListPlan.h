#pragma once

#include <QList>

#include <optional>

// Plans the requests that list every email of a query, however many there are. Close caps `_skip`
// per resource and documents no list order, so skip-paging one query stops at the cap. The plan
// splits the creation-date range into windows (`date_created__gte`/`__lt`), each small enough to be
// paged to its end, and relies on nothing but two documented facts: the date filters select exactly
// their range, and paging one unchanged query with `_skip` visits each of its rows once.
//
//  - It starts with the whole range as one window, which is all a list under the cap ever needs.
//  - A window that reaches the cap with more to come is split at quantiles of the creation dates
//    seen in it, and each part is paged again from the start (rows already loaded come back and are
//    dropped by id: correctness never depends on the order the server happens to use).
//  - Below the lowest date seen, the rest is walked downward in windows sized from the density
//    seen so far, each preceded by a one-row probe that says whether anything older exists. The
//    probe's row also lets a window jump over a quiet period at once.
//
// Pure logic (dates are microseconds since the epoch), so it is tested without a network.
class ListPlan final
{
public:
    // [from, until): either end may be open.
    struct Window
    {
        std::optional<qint64> from;
        std::optional<qint64> until;
        bool contains(qint64 micros) const
        {
            return (!from || micros >= *from) && (!until || micros < *until);
        }
        friend bool operator==(const Window &, const Window &) = default;
    };
    struct Request
    {
        Window window;
        int skip = 0;
        int limit = 0;
        bool probe = false; // one row, just to learn whether the window holds anything
    };
    enum class State {
        Running,
        Done,
        // More rows than the cap share one creation instant: no date window can tell them apart.
        Stuck,
    };

    ListPlan(Window range, int pageSize, int maxSkip);

    State state() const { return m_state; }
    bool isDone() const { return m_state != State::Running; }
    // The request to send next (the same one again until an answer is given). Only while Running.
    Request next() const;
    // The answer to next(): the creation dates of its rows (duplicates included; a row without a
    // readable date counts as seen but cannot guide a split) and the server's has_more.
    void answer(const QList<qint64> &createdMicros, int rowCount, bool hasMore);
    // The server refused next()'s _skip although it is within maxSkip: its cap is lower. The plan
    // lowers its own and splits the window instead; false when nothing can be done (skip was 0).
    bool skipRefused();
    // A loaded email went away (deleted): a window being paged shifts by one.
    void rowRemoved(qint64 createdMicros);

    int maxSkip() const { return m_maxSkip; }
    int requestsAnswered() const { return m_answered; }
    int windowsSplit() const { return m_splits; }
    qint64 stuckAt() const { return m_stuckAt; }

private:
    struct Pending
    {
        Window window;
        int skip = 0;
        QList<qint64> seen; // creation dates of the rows this window returned so far
        bool probe = false; // the open bottom: probe below window.until, then walk down
    };
    void finishCurrent();
    void split(Pending window);
    void pushBottom(qint64 below);
    void stepBottom(const Pending &probe, const QList<qint64> &dates);
    int windowTarget() const;

    QList<Pending> m_pending; // a stack: the back is worked on, newest windows are pushed last
    int m_pageSize;
    int m_maxSkip;
    State m_state = State::Running;
    int m_answered = 0;
    int m_splits = 0;
    qint64 m_stuckAt = 0;
    double m_density = 0; // rows per microsecond, from the last window paged to its end
};
