#include "ui/window/ListStatusText.h"

#include "core/session/Session.h"

#include <QLocale>

namespace {
// "10:42" today, "5 Dec 2026 10:42" before: when the stored list was loaded.
QString shownTime(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}
} // namespace

QString ListStatusText::of(Session &session)
{
    EmailListModel *emails = session.emails();
    const int rows = emails->rowCount();
    const QDateTime storedAt = emails->shownFromStoreAt();
    QString paging;
    const qint64 waiting = session.waitingChangeCount();
    const QString waitingText
        = waiting > 0 ? QLatin1String("; ") + tr("%n change(s) waiting", nullptr, int(waiting)) : QString();
    // Before a connection (at start, while the keychain reads the key or after it gave none): the
    // stored list, as of when, and the saves made meanwhile.
    if (session.state() == Session::State::Idle)
        return storedAt.isValid() ? tr("Showing the list from %1").arg(shownTime(storedAt)) + waitingText
                                  : QString();
    // Close could not be reached: what shows is the store, as of the last look at Close.
    if (session.isOffline()) {
        const QDateTime synced = session.sync()->lastSynced();
        const QDateTime listed = emails->loadedAt();
        const QDateTime asOf = synced.isValid() && (!listed.isValid() || synced > listed) ? synced : listed;
        if (asOf.isValid())
            return tr("Offline — showing the list from %1").arg(shownTime(asOf)) + waitingText;
        // A new profile (or a forgotten store): nothing was listed yet, and nothing can be now.
        if (rows == 0)
            return tr("Offline — no emails stored yet; the list comes when Close can be reached")
                + waitingText;
    }
    if (storedAt.isValid() && emails->isLoading())
        return tr("Showing the list from %1; refreshing…").arg(shownTime(storedAt));
    if (storedAt.isValid() && (emails->lastError().isError() || session.state() == Session::State::Failed))
        return tr("Showing the list from %1; Close could not be reached").arg(shownTime(storedAt));
    if (session.state() != Session::State::Connected)
        return {};
    // A start from a store that holds more than Close has listed again so far (an earlier Load All):
    // the rows past those are as they were stored, which "more in Close" would not say.
    const bool olderAsStored = emails->cameFromStore() && emails->refreshedCount() > 0
        && rows > emails->refreshedCount() && !emails->statusFilter()
        && emails->searchText().trimmed().isEmpty();
    if (emails->isLoading())
        paging = tr("Loading… %n email(s) so far", nullptr, rows);
    else if (emails->hasMore() && emails->lastError().isError())
        paging = tr("%n email(s) loaded; loading stopped, more are in Close", nullptr, rows);
    else if (emails->hasMore() && olderAsStored)
        paging = tr("%n email(s) shown; the newest %1 refreshed, the rest as stored (View → Load All Emails)",
                    nullptr, rows)
                     .arg(emails->refreshedCount());
    else if (emails->hasMore())
        paging
            = tr("%n email(s) loaded; more in Close (scroll down, or View → Load All Emails)", nullptr, rows);
    else if (emails->lastError().isError())
        paging = tr("%n email(s) loaded; Close holds more that cannot be listed (see the message above)",
                    nullptr, rows);
    else
        paging = tr("All %n email(s) loaded", nullptr, rows);
    // With a status or words to look for, the count is of the emails that match, not of the list.
    if (emails->statusFilter() || !emails->searchText().trimmed().isEmpty())
        paging = tr("%n email(s) match", nullptr, rows) + QStringLiteral(" · ")
            + (emails->hasMore() ? tr("more in Close") : tr("every email of Close searched"));
    // After a start from the store, the first answer from Close brought the list up to date.
    if (!emails->isLoading() && !emails->lastError().isError() && emails->cameFromStore()
        && !(emails->hasMore() && olderAsStored))
        paging = tr("Up to date") + QStringLiteral(" · ") + paging;
    if (waiting > 0)
        paging += QLatin1String(" · ") + tr("%n change(s) waiting", nullptr, int(waiting));
    if (emails->unreadableRows() > 0)
        paging += QLatin1String("; ")
            + tr("%n record(s) could not be read and are left out", nullptr, emails->unreadableRows());
    return paging;
}

QString ListStatusText::connectionOf(const Session &session)
{
    const QString where = session.origin() == Session::Origin::Demo
        ? tr("Demo sandbox · %1").arg(session.baseUrl().authority())
        : session.baseUrl().host();
    switch (session.state()) {
    case Session::State::Idle:
        return session.isReadingKey() ? tr("Waiting for the keychain…") : tr("Not connected");
    case Session::State::Connecting:
        return session.isOffline() ? tr("Cannot reach %1; trying again…").arg(where)
                                   : tr("Connecting to %1…").arg(where);
    case Session::State::Connected:
        return tr("%1 · %2").arg(session.userName(), where);
    case Session::State::Failed:
        return tr("Not connected to %1").arg(where);
    }
    return {};
}
