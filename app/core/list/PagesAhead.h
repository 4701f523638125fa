#pragma once

#include "core/api/ApiResult.h"
#include "core/list/ListPlan.h"

#include <QList>
#include <QPointer>

#include <optional>

class ApiCall;

// Load All's pages asked for ahead of the one the plan wants, in the plan's order, each with its
// answer once it came. The server works on them while the client reads the current page, so listing
// takes about the longer of the two, not their sum. Only the plain case is guessed (full pages in the
// same window, below the skip cap); a wrong guess is cancelled when the plan asks for something else.
class PagesAhead final
{
public:
    struct Page
    {
        ListPlan::Request request;
        QPointer<ApiCall> call;
        std::optional<ApiResult> result;
    };

    static bool same(const ListPlan::Request &a, const ListPlan::Request &b);
    // The first page, when it is the one wanted (answered or still on its way).
    std::optional<Page> take(const ListPlan::Request &wanted);
    // Keeps the answer of one of these pages until the plan asks for it; false when it is none of them.
    bool keep(const ApiCall *call, const ApiResult &result);
    // What to ask next, after `current` and the pages already ahead, up to `most` pages ahead.
    QList<ListPlan::Request> toAsk(ListPlan plan, const ListPlan::Request &current, int most) const;
    void add(const ListPlan::Request &request, ApiCall *call);
    // Cancels every page still on its way and forgets them all.
    void cancel();

private:
    QList<Page> m_pages;
};
