#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiCall;
class ApiError;
class CloseClient;
class QJsonObject;

// Finding who a new draft is for: leads by what a person typed (Close's lead search), or one lead by
// id, each with its contacts and their addresses. Only the newest search answers; older ones are
// cancelled, so results never arrive out of order while someone types.
class LeadSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadSearch)

public:
    struct Contact
    {
        QString id;
        QString name;
        QStringList emails;
    };
    struct Lead
    {
        QString id;
        QString name;
        QList<Contact> contacts;
    };

    explicit LeadSearch(CloseClient *client, QObject *parent = nullptr);
    ~LeadSearch() override;

    // Words to look for; fewer than two characters clears the results without asking.
    void search(const QString &text);
    // One lead, as a single result (a new draft for the lead of a selected email).
    void findLead(const QString &leadId);
    QList<Lead> results() const { return m_results; }
    bool isSearching() const { return !m_call.isNull(); }
    // A lead record as Close writes it ({id, display_name, contacts: [{id, display_name|name,
    // emails: [{email}]}]}); contacts without an address are kept (they can still be picked).
    static Lead leadFrom(const QJsonObject &json);

signals:
    void resultsChanged();
    void failed(const ApiError &error);

private:
    void watch(ApiCall *call, bool list);

    CloseClient *m_client;
    QPointer<ApiCall> m_call;
    QList<Lead> m_results;
};
