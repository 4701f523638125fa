#pragma once

class ErrorBanner;
class Session;

// The problems of the disk, which stay in the window's banner for the session (ErrorBanner::showAlso)
// whatever errors of requests come and go: a data folder that cannot take the journal, named at once
// rather than after a crash (its probe syncs the disk, so it runs on a worker and answers after the
// first paint), and a store that cannot be used (the list then lives in memory for this session).
namespace DiskProblems {
void showIn(ErrorBanner *banner, Session *session);
}
