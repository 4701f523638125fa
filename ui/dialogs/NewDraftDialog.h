#pragma once

#include <QDialog>

class CloseClient;
class EmailStore;
class LeadSearch;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

// Who a new draft is for: search a lead by name, contact or address, pick one of its contacts (their
// addresses fill To). Creating the draft is the caller's part (Drafts::createDraft).
class NewDraftDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewDraftDialog)

public:
    explicit NewDraftDialog(CloseClient *client, QWidget *parent = nullptr);

    // Starts on this lead instead of a search ("New Draft for This Lead").
    void startWithLead(const QString &leadId);
    void setSearchDelay(int msecs);
    // The stored emails' leads to offer while Close cannot be reached (the draft then waits to be made);
    // offline: Close is known to be away, so the store answers at once.
    void setStore(EmailStore *store, bool offline);

    QString leadId() const;
    QString contactId() const;
    QStringList recipients() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showLeads();
    void showContacts();
    void updateButtons();

    LeadSearch *m_search;
    QLineEdit *m_query;
    QListWidget *m_leads;
    QListWidget *m_contacts;
    QLabel *m_state;
    QDialogButtonBox *m_buttons;
    QTimer *m_delay;
    QString m_wantedLead;
};
