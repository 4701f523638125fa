#pragma once

#include "core/email/EmailActivity.h"
#include "core/email/EmailStatus.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

// One row of the email list: what the list shows of an email, small. Its text (id, subject, to,
// sender, lead, user and contact ids) is UTF-8 inside one block per page, shared by the page's rows, and
// converted when a cell is painted: one allocation per page instead of five per row keeps 10,000 rows small
// and the heap unfragmented. The list's index keys point into the blocks (QByteArray::fromRawData), so the
// index is rebuilt or re-keyed wherever a row is replaced.
struct ListRow
{
    QByteArray text; // the page's block (or the row's own, after an update)
    qint64 createdMicros = 0; // date_created as the server wrote it (ListPlan's windows)
    quint32 start = 0; // offsets into text
    quint32 idEnd = 0;
    quint32 subjectEnd = 0;
    quint32 toEnd = 0;
    quint32 senderEnd = 0;
    quint32 leadEnd = 0;
    quint32 userEnd = 0;
    quint32 end = 0; // the contact id's end
    EmailStatus status = EmailStatus::Draft;
    bool statusUnreadable = false; // the server's status is not one of the six
    // A record Close sent that could not be read at all (invalid UTF-8, a number out of range): the
    // row holds its id and, where the subject goes, why it cannot be shown.
    bool damaged = false;
    QDateTime updated;
    QDateTime scheduled;
    QDateTime sent;
    QDateTime activity;

    QByteArrayView part(quint32 from, quint32 to) const
    {
        return QByteArrayView(text).sliced(from, to - from);
    }
    QByteArrayView id() const { return part(start, idEnd); }
    QByteArrayView subject() const { return part(idEnd, subjectEnd); }
    QByteArrayView to() const { return part(subjectEnd, toEnd); }
    QByteArrayView sender() const { return part(toEnd, senderEnd); }
    QByteArrayView leadId() const { return part(senderEnd, leadEnd); }
    QByteArrayView userId() const { return part(leadEnd, userEnd); }
    QByteArrayView contactId() const { return part(userEnd, end); }
    // The id as a key that borrows the row's bytes (valid while the row's block lives).
    QByteArray key() const { return QByteArray::fromRawData(text.constData() + start, idEnd - start); }
    QDateTime created() const;
    // The date the list shows: when it was (or will be) sent, or when it was made for a draft.
    QDateTime shownDate() const;

    static ListRow from(const EmailActivity &email);
    static ListRow unreadable(const QString &id, const QString &reason);
    // Unchecked: the row reads a handful of fields through type-safe accessors.
    static ListRow from(const QJsonObject &json);
    // Moves the rows' text into one block (a page's rows are kept together).
    static void shareBlock(QList<ListRow> &rows);
};
