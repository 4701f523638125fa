#pragma once

// The whole program as main() wires it, on a sandbox with demo data: credentials in memory, a
// journal in a temporary folder, a session, and the main window shown. Shared by the GUI tests
// that drive the window (tst_mainwindow, tst_accessibility).
#include "core/drafts/DraftJournal.h"
#include "core/session/Session.h"
#include "core/settings/CredentialStore.h"
#include "fakes/SandboxFixture.h"
#include "ui/list/EmailListPanel.h"
#include "ui/window/MainWindow.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct WindowFixture
{
    SandboxFixture sandbox;
    std::unique_ptr<MemoryCredentialStore> credentials;
    std::unique_ptr<QTemporaryDir> journalDir;
    std::unique_ptr<DraftJournal> journal;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;

    // The sandbox with this many emails, and the window on screen (not yet connected).
    [[nodiscard]] bool start(int emails)
    {
        if (!sandbox.start(emails))
            return false;
        credentials = std::make_unique<MemoryCredentialStore>();
        journalDir = std::make_unique<QTemporaryDir>();
        journal = std::make_unique<DraftJournal>(journalDir->path());
        session = std::make_unique<Session>(sandbox.http.get(), credentials.get(), journal.get());
        session->client()->retryPolicy().maxAttempts = 1;
        window = std::make_unique<MainWindow>(session.get());
        window->listPanel()->setSearchDelay(0);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    void stop()
    {
        window.reset();
        session.reset();
        credentials.reset();
        journal.reset();
        journalDir.reset();
        sandbox.stop();
    }
};
