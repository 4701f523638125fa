#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiCall;
class ApiError;
class CloseClient;
class EmailStore;
class QJsonObject;

// Finding who a new draft is for: leads by what a person typed (Close's lead search), or one lead by
// id, each with its contacts and their addresses. Only the newest search answers; older ones are
// cancelled, so results never arrive out of order while someone types. When Close cannot be reached,
// the leads come from the stored emails instead (with the addresses they were written to), and say so.
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
    // Where leads come from while Close cannot be reached (none: the search fails instead).
    void setStore(EmailStore *store) { m_store = store; }
    // Close is known to be away (the session is offline): the store answers at once, without a try
    // that would only wait for its timeout.
    void setOffline(bool offline) { m_offline = offline; }
    // The results are the store's: Close could not be reached.
    bool isFromStore() const { return m_fromStore; }
    bool isSearching() const { return !m_call.isNull(); }
    // A lead record as Close writes it ({id, display_name, contacts: [{id, display_name|name,
    // emails: [{email}]}]}); contacts without an address are kept (they can still be picked).
    static Lead leadFrom(const QJsonObject &json);

signals:
    void resultsChanged();
    void failed(const ApiError &error);

private:
    void watch(ApiCall *call, bool list);
    // Close could not be reached: the same question asked of the store. False when there is none.
    bool answerFromStore(bool list);

    CloseClient *m_client;
    QPointer<ApiCall> m_call;
    QList<Lead> m_results;
    EmailStore *m_store = nullptr;
    bool m_fromStore = false;
    bool m_offline = false;
    QString m_asked; // the words, or the lead id, of the newest question
};
