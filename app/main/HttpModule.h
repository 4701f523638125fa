#pragma once

#include "core/api/HttpEngine.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QList>

class QObject;

// The program's HttpEngine: the Qt Network engine of draftdesk-http.so (app/http), loaded when asked.
// Qt Network brings nine libraries (Kerberos, libproxy) that cost every start about 1 ms before
// main(), and nothing needs them before the window's first frame: so the window is made and shown
// first, and requests made meanwhile wait here, in order, until load(). The module is looked for
// next to the program (a build tree) and in the installed private folder, never anywhere else.
class HttpModule final : public HttpEngine
{
    Q_DECLARE_TR_FUNCTIONS(HttpModule)

public:
    // Looks for the module at `paths`, first to last (tests name theirs).
    explicit HttpModule(QStringList paths = candidatePaths());
    ~HttpModule() override;

    // Loads the module (once): the waiting requests go out. If it cannot be loaded, they and every
    // later one fail with HttpFailure::Unavailable and problem().
    void load();
    // load() once `window` has painted its first frame (after whatever that frame queued), or after
    // `maxWaitMs` should no frame come (a window that starts minimised).
    void loadAfterFirstFrame(QObject *window, int maxWaitMs = 500);
    bool isLoaded() const { return m_engine != nullptr; }
    // Why the module could not be loaded, in words; empty while it could.
    QString problem() const { return m_problem; }

    std::unique_ptr<HttpTransfer> start(const HttpRequest &request, HttpTransfer::Events *events) override;

    // Where the module is looked for, first to last.
    static QStringList candidatePaths();

private:
    class Waiting;

    QStringList m_paths;
    QLibrary m_library;
    std::unique_ptr<HttpEngine> m_engine;
    bool m_tried = false;
    QString m_problem;
    QList<Waiting *> m_waiting; // in the order they were made
};
