#include "core/store/ListRow.h"

#include "core/base/IsoDateTime.h"

ListRow ListRow::from(const EmailActivity &email)
{
    ListRow row;
    const std::optional<EmailStatus> status = email.status();
    row.status = status.value_or(EmailStatus::Draft);
    row.statusUnreadable = !status.has_value();
    const QByteArray id = email.id().toUtf8();
    const QByteArray subject = email.subject().toUtf8();
    const QByteArray to = email.to().join(QLatin1String(", ")).toUtf8();
    const QByteArray sender = email.sender().toUtf8();
    const QByteArray leadId = email.leadId().toUtf8();
    const QByteArray userId = email.userId().toUtf8();
    const QByteArray contactId = email.contactId().toUtf8();
    row.text.reserve(id.size() + subject.size() + to.size() + sender.size() + leadId.size() + userId.size()
                     + contactId.size());
    row.text.append(id).append(subject).append(to).append(sender).append(leadId).append(userId).append(
        contactId);
    row.idEnd = quint32(id.size());
    row.subjectEnd = quint32(row.idEnd + subject.size());
    row.toEnd = quint32(row.subjectEnd + to.size());
    row.senderEnd = quint32(row.toEnd + sender.size());
    row.leadEnd = quint32(row.senderEnd + leadId.size());
    row.userEnd = quint32(row.leadEnd + userId.size());
    row.end = quint32(row.text.size());
    const QJsonValue createdField = email.value(QLatin1String("date_created"));
    row.createdMicros
        = createdField.isString() ? IsoDateTime::parseMicros(createdField.toString()).value_or(0) : 0;
    row.updated = email.dateUpdated();
    row.scheduled = email.dateScheduled();
    row.sent = email.dateSent();
    row.activity = email.activityAt();
    return row;
}

ListRow ListRow::unreadable(const QString &id, const QString &reason)
{
    ListRow row;
    row.statusUnreadable = true;
    row.damaged = true;
    row.text = id.toUtf8() + reason.toUtf8();
    row.idEnd = quint32(id.toUtf8().size());
    row.subjectEnd = quint32(row.text.size());
    row.toEnd = row.senderEnd = row.leadEnd = row.userEnd = row.end = row.subjectEnd;
    return row;
}

ListRow ListRow::from(const QJsonObject &json)
{
    // Unchecked: the row reads a handful of fields through type-safe accessors, and checking every
    // field of every record was a quarter of the client's time in listing 10,000 emails.
    return from(EmailActivity::unchecked(json));
}

void ListRow::shareBlock(QList<ListRow> &rows)
{
    qsizetype total = 0;
    for (const ListRow &row : std::as_const(rows))
        total += row.end - row.start;
    QByteArray block;
    block.reserve(total);
    QList<quint32> starts;
    starts.reserve(rows.size());
    for (const ListRow &row : std::as_const(rows)) {
        starts.append(quint32(block.size()));
        block.append(row.part(row.start, row.end));
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ListRow &row = rows[i];
        const qint64 shift = qint64(starts.at(i)) - row.start;
        row.text = block;
        row.start = quint32(row.start + shift);
        row.idEnd = quint32(row.idEnd + shift);
        row.subjectEnd = quint32(row.subjectEnd + shift);
        row.toEnd = quint32(row.toEnd + shift);
        row.senderEnd = quint32(row.senderEnd + shift);
        row.leadEnd = quint32(row.leadEnd + shift);
        row.userEnd = quint32(row.userEnd + shift);
        row.end = quint32(row.end + shift);
    }
}

QDateTime ListRow::created() const
{
    return createdMicros == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(createdMicros / 1000, Qt::UTC);
}

QDateTime ListRow::shownDate() const
{
    switch (status) {
    case EmailStatus::Scheduled:
        return scheduled.isValid() ? scheduled : activity;
    case EmailStatus::Sent:
    case EmailStatus::Inbox:
    case EmailStatus::Error:
        return sent.isValid() ? sent : activity;
    case EmailStatus::Outbox:
        return activity.isValid() ? activity : updated;
    case EmailStatus::Draft:
        return created();
    }
    return created();
}
