#include "ui/window/DiskProblems.h"

#include "core/drafts/DraftJournal.h"
#include "core/session/Session.h"
#include "ui/common/ErrorBanner.h"

namespace DiskProblems {
void showIn(ErrorBanner *banner, Session *session)
{
    QObject::connect(session->journal(), &DraftJournal::writableChecked, banner,
                     [banner](const QString &problem) {
                         if (!problem.isEmpty())
                             banner->showAlso(problem);
                     });
    session->journal()->checkWritableSoon();
    if (const QString problem = session->storeProblemText(); !problem.isEmpty())
        banner->showAlso(problem);
    QObject::connect(session, &Session::storeProblem, banner,
                     [banner](const QString &problem) { banner->showAlso(problem); });
}
} // namespace DiskProblems
