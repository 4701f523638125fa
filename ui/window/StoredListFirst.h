#pragma once

class EmailListPanel;
class Session;

// A start from the stored list shows it in the window's first frame, before anything is done with
// Close's first answers: those wait, in the order they came, until the list's first frame with rows
// is on screen (or `maxWaitMs`, should no frame come: a window that starts minimised), and refresh
// the list in the frames after. The requests are not held: they may be on their way already.
// Nothing is held when the session's list did not come from the store (a first start, where Close's
// first page is the first view).
namespace StoredListFirst {
void holdAnswersUntilShown(Session *session, EmailListPanel *panel, int maxWaitMs = 500);
} // namespace StoredListFirst
