#pragma once

#include "core/email/EmailActivity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSet>

class ApiError;
class CloseClient;

// Makes one draft in Close, exactly once. A POST has no idempotency key, so whenever its answer is lost
// (or before trying again a draft whose earlier answer may have been lost), the lead's emails created
// since a little before the first try tell whether Close made it: a draft with exactly these fields.
// Ends in one of created(), notMade() or unknown(); it is the owner's to delete afterwards.
class DraftCreation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftCreation)

public:
    // Post: ask Close to make it (a new draft now). LookFirst: look for it, and make it only when it is
    // not there (a draft written while Close could not be reached: an earlier try may have reached it).
    enum class Start { Post, LookFirst };

    // `firstTried`: when the first POST of these fields went out (or could have).
    DraftCreation(CloseClient *client, const QJsonObject &fields, const QDateTime &firstTried,
                  QObject *parent = nullptr);
    void start(Start how);
    // Emails already taken by other drafts (two alike written offline are two drafts, not one).
    void setTaken(const QSet<QString> &ids) { m_taken = ids; }

    // The POST a draft written while Close could not be reached carries: the fields it was made with.
    static QJsonObject fieldsOf(const EmailActivity &local);
    // Whether Close's email is the one these fields made (the fields Close keeps as sent; it may rework
    // the HTML of a body).
    static bool isMadeFrom(const QJsonObject &email, const QJsonObject &fields);

signals:
    void created(const EmailActivity &email);
    // Close has no such draft: it refused, or it was looked for and is not there.
    void notMade(const ApiError &error);
    // The POST's answer was lost (`writeError`) and the look failed too (`lookError`): it may be there.
    void unknown(const ApiError &writeError, const ApiError &lookError);

private:
    void post();
    void look(const ApiError &writeError);

    CloseClient *m_client;
    QJsonObject m_fields;
    QDateTime m_firstTried;
    QSet<QString> m_taken;
    bool m_posted = false;
};
