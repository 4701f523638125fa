#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class CloseClient;

// The names of the leads the list shows, asked of Close once per lead and kept. While a name is on
// its way the list shows "…", never the raw id; when it cannot be had, the id stands in for it. A
// failed ask is tried again the next time the lead is wanted.
class LeadNames final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadNames)

public:
    LeadNames(CloseClient *client, QObject *parent);

    // Where names known already are looked up (the store): a lead found there is never asked for.
    void setLookup(std::function<std::optional<QString>(const QString &)> lookup);
    // Asks for the names of these leads that are neither known nor on their way.
    void want(const QSet<QString> &leadIds);
    // The lead's name; "…" while it is on its way; its id when it could not be had.
    QString nameOf(const QString &leadId) const;
    bool isPending(const QString &leadId) const
    {
        return m_asked.contains(leadId) && !m_names.contains(leadId);
    }

signals:
    void arrived(const QString &leadId);

private:
    CloseClient *m_client;
    // Known here, or in the lookup (then kept here); const readers may fill the cache.
    bool known(const QString &leadId) const;
    std::function<std::optional<QString>(const QString &)> m_lookup;
    mutable QHash<QString, QString> m_names;
    mutable QSet<QString> m_notStored; // asked of the lookup, not there
    QSet<QString> m_asked;
};
