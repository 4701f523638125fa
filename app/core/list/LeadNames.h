#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class CloseClient;

// The names of the leads the list shows, asked of Close once per lead and kept. Leads are asked for
// together, up to CloseClient::maxLeadsAsked in one search, one ask at a time: those wanted while an
// ask is out go in the next, so a start-up costs a request per hundred leads, not one per lead. While
// a name is on its way the list shows "…", never the raw id; a lead Close does not return (deleted,
// or hidden from the key) shows its id and is not asked for again. A failed ask is tried again the
// next time its leads are wanted.
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
        return m_asked.contains(leadId) && !m_names.contains(leadId) && !m_missing.contains(leadId);
    }
    // Whether Close answered with this lead's name (false while pending and for a lead it lacks).
    bool isKnown(const QString &leadId) const { return known(leadId); }

signals:
    // The lead's cell changes: its name arrived, Close has no such lead, or the ask failed.
    void arrived(const QString &leadId);

private:
    void askNext();

    CloseClient *m_client;
    // Known here, or in the lookup (then kept here); const readers may fill the cache.
    bool known(const QString &leadId) const;
    std::function<std::optional<QString>(const QString &)> m_lookup;
    mutable QHash<QString, QString> m_names;
    mutable QSet<QString> m_notStored; // asked of the lookup, not there
    QSet<QString> m_asked;
    QSet<QString> m_missing; // asked; Close has no such lead (for this key)
    QStringList m_waiting; // asked, not sent yet (an ask is out)
    bool m_askOut = false;
};
