#include "ui/dialogs/NewDraftDialog.h"

#include "core/api/ApiError.h"
#include "core/base/ShownText.h"
#include "core/drafts/LeadSearch.h"
#include "ui/common/Accessible.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int LeadIdRole = Qt::UserRole;
constexpr int ContactIdRole = Qt::UserRole;
constexpr int EmailsRole = Qt::UserRole + 1;
} // namespace

NewDraftDialog::NewDraftDialog(CloseClient *client, QWidget *parent)
    : QDialog(parent), m_search(new LeadSearch(client, this))
{
    setObjectName(QStringLiteral("newDraftDialog"));
    setWindowTitle(tr("New Draft"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("leadSearchField"));
    m_query->setPlaceholderText(tr("Name of the lead, a contact or an address"));
    Accessible::enableClearButton(m_query);
    auto *queryLabel = new QLabel(tr("&Lead:"), this);
    queryLabel->setBuddy(m_query);
    m_leads = new QListWidget(this);
    m_leads->setObjectName(QStringLiteral("leadList"));
    m_leads->setAccessibleName(tr("Leads found"));
    auto *contactsLabel = new QLabel(tr("C&ontact:"), this);
    m_contacts = new QListWidget(this);
    m_contacts->setObjectName(QStringLiteral("contactList"));
    contactsLabel->setBuddy(m_contacts);
    m_contacts->setAccessibleName(Accessible::fromLabel(contactsLabel->text())); // lists take no buddy name
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("leadSearchState"));
    m_state->setTextFormat(Qt::PlainText); // may carry the server's words
    m_state->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create &Draft"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createDraftButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(queryLabel);
    layout->addWidget(m_query);
    layout->addWidget(m_leads, 2);
    layout->addWidget(contactsLabel);
    layout->addWidget(m_contacts, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_buttons);
    resize(520, 480);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250); // one request when typing pauses, not one per key
    connect(m_query, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, [this] {
        m_wantedLead.clear();
        m_state->setText(m_query->text().simplified().size() < 2 ? QString() : tr("Searching…"));
        m_search->search(m_query->text());
    });
    m_query->installEventFilter(this);
    connect(m_search, &LeadSearch::resultsChanged, this, &NewDraftDialog::showLeads);
    connect(m_search, &LeadSearch::failed, this, [this](const ApiError &error) {
        // Offline, say what it means: a new draft is made in Close, so it needs Close (an edit to an
        // existing draft can wait in line; a new one cannot yet).
        const bool unreachable = error.isUnreachable();
        m_state->setText(unreachable
                             ? tr("%1 A new draft is made in Close, so it needs Close: try again when "
                                  "it can be reached. Drafts already in the list can still be edited.")
                                   .arg(error.message)
                             : tr("The search failed: %1").arg(error.fullText()));
    });
    connect(m_leads, &QListWidget::currentRowChanged, this, &NewDraftDialog::showContacts);
    connect(m_contacts, &QListWidget::currentRowChanged, this, &NewDraftDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

bool NewDraftDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Return or Down in the search goes to the results (as in a mail client's address completion),
    // never straight to "Create Draft" with a lead the user has not looked at.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            if (m_delay->isActive()) {
                m_delay->stop();
                m_search->search(m_query->text());
            }
            m_leads->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NewDraftDialog::setSearchDelay(int msecs)
{
    m_delay->setInterval(msecs);
}

void NewDraftDialog::setStore(EmailStore *store, bool offline)
{
    m_search->setStore(store);
    m_search->setOffline(offline);
}

void NewDraftDialog::startWithLead(const QString &leadId)
{
    m_wantedLead = leadId;
    m_state->setText(tr("Searching…"));
    m_search->findLead(leadId);
}

void NewDraftDialog::showLeads()
{
    m_leads->clear();
    const QList<LeadSearch::Lead> leads = m_search->results();
    for (const LeadSearch::Lead &lead : leads) {
        auto *item = new QListWidgetItem(ShownText::line(lead.name.isEmpty() ? lead.id : lead.name), m_leads);
        item->setData(LeadIdRole, lead.id);
    }
    if (m_search->isFromStore())
        m_state->setText(leads.isEmpty()
                             ? tr("Close cannot be reached, and no stored email matches. A new draft "
                                  "needs a lead: try other words, or again when Close is back.")
                             : tr("Close cannot be reached: these leads are from the emails kept on this "
                                  "computer. The new draft is kept here and made in Close when it is "
                                  "back."));
    else if (leads.isEmpty())
        m_state->setText(m_query->text().simplified().size() < 2 && m_wantedLead.isEmpty()
                             ? QString()
                             : tr("No lead matches. Close searches names, contacts and addresses."));
    else
        m_state->setText(tr("%n lead(s) found.", nullptr, int(leads.size())));
    if (!leads.isEmpty())
        m_leads->setCurrentRow(0);
    showContacts();
}

void NewDraftDialog::showContacts()
{
    m_contacts->clear();
    const int row = m_leads->currentRow();
    const QList<LeadSearch::Lead> leads = m_search->results();
    if (row >= 0 && row < leads.size()) {
        for (const LeadSearch::Contact &contact : leads.at(row).contacts) {
            const QString addresses = contact.emails.isEmpty() ? tr("no email address")
                                                               : contact.emails.join(QLatin1String(", "));
            // Offline, a contact is known by the addresses it was written to.
            const QString shown
                = contact.name.isEmpty() ? addresses : QStringLiteral("%1 — %2").arg(contact.name, addresses);
            auto *item = new QListWidgetItem(ShownText::line(shown), m_contacts);
            item->setData(ContactIdRole, contact.id);
            item->setData(EmailsRole, contact.emails);
        }
        if (m_contacts->count() > 0)
            m_contacts->setCurrentRow(0);
    }
    updateButtons();
}

void NewDraftDialog::updateButtons()
{
    // A draft needs a lead; a contact without an address leaves To empty, to be typed in the editor.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!leadId().isEmpty());
}

QString NewDraftDialog::leadId() const
{
    const QListWidgetItem *item = m_leads->currentItem();
    return item ? item->data(LeadIdRole).toString() : QString();
}

QString NewDraftDialog::contactId() const
{
    const QListWidgetItem *item = m_contacts->currentItem();
    return item ? item->data(ContactIdRole).toString() : QString();
}

QStringList NewDraftDialog::recipients() const
{
    const QListWidgetItem *item = m_contacts->currentItem();
    return item ? item->data(EmailsRole).toStringList() : QStringList();
}
