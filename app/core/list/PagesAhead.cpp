#include "core/list/PagesAhead.h"

#include "core/api/ApiCall.h"

#include <utility>

bool PagesAhead::same(const ListPlan::Request &a, const ListPlan::Request &b)
{
    return a.window == b.window && a.skip == b.skip && a.limit == b.limit && a.probe == b.probe;
}

std::optional<PagesAhead::Page> PagesAhead::take(const ListPlan::Request &wanted)
{
    if (m_pages.isEmpty() || !same(m_pages.constFirst().request, wanted))
        return std::nullopt;
    return m_pages.takeFirst();
}

bool PagesAhead::keep(const ApiCall *call, const ApiResult &result)
{
    for (Page &page : m_pages) {
        if (page.call == call) {
            page.result = result;
            return true;
        }
    }
    return false;
}

QList<ListPlan::Request> PagesAhead::toAsk(ListPlan plan, const ListPlan::Request &current, int most) const
{
    // With one page ahead, both answers often arrive while the client reads the first and the server
    // waits; `most` pages keep it busy.
    QList<ListPlan::Request> asks;
    ListPlan::Request last = current;
    plan.answer({}, last.limit, true);
    for (const Page &page : m_pages) {
        if (plan.isDone() || !same(plan.next(), page.request))
            return {}; // not the plain case after all: the plan will cancel these
        last = page.request;
        plan.answer({}, last.limit, true);
    }
    while (m_pages.size() + asks.size() < most && !plan.isDone()) {
        const ListPlan::Request next = plan.next();
        if (next.probe || !(next.window == last.window) || next.skip != last.skip + last.limit)
            break;
        asks.append(next);
        last = next;
        plan.answer({}, last.limit, true);
    }
    return asks;
}

void PagesAhead::add(const ListPlan::Request &request, ApiCall *call)
{
    m_pages.append({request, call, std::nullopt});
}

void PagesAhead::cancel()
{
    const QList<Page> pages = std::exchange(m_pages, {});
    for (const Page &page : pages)
        if (page.call)
            page.call->cancel();
}
