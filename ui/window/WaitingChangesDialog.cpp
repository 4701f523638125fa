#include "ui/window/WaitingChangesDialog.h"

#include "core/session/Session.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QTreeWidget>
#include <QVBoxLayout>

WaitingChangesDialog::WaitingChangesDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("waitingChangesDialog"));
    setWindowTitle(tr("Waiting Changes"));
    auto *intro
        = new QLabel(tr("These saves and new drafts were made while Close could not be reached, or before "
                        "Draftdesk was connected. They go out in this order when it can be reached, each "
                        "save checked against Close's copy first, each new draft made once. Sends never "
                        "wait here: sending needs Close."),
                     this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("waitingChangesList"));
    m_list->setAccessibleName(tr("Waiting changes"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Subject"), tr("Waiting since")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 320);
    connect(session, &Session::waitingChangesChanged, this, &WaitingChangesDialog::fill);
    fill();
}

void WaitingChangesDialog::fill()
{
    m_list->clear();
    const QLocale locale;
    for (const auto &save : m_session->waitingChanges()) {
        const QString subject = save.subject().isEmpty() ? tr("(no subject)") : save.subject();
        auto *item
            = new QTreeWidgetItem(m_list,
                                  {save.isNewDraft() ? tr("New draft: %1").arg(subject) : subject,
                                   locale.toString(save.queuedAt.toLocalTime(), QLocale::ShortFormat)});
        item->setToolTip(0, save.base.id());
    }
    if (m_list->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_list, {tr("Nothing waits: every change reached Close."), QString()});
}

void WaitingChangesDialog::addTo(QMenu *menu, Session *session, QWidget *window)
{
    QAction *action = menu->addAction(tr("&Waiting Changes…"));
    action->setObjectName(QStringLiteral("waitingChangesAction"));
    auto open = std::make_shared<QPointer<WaitingChangesDialog>>();
    QObject::connect(action, &QAction::triggered, window, [session, window, open] {
        if (!*open) {
            *open = new WaitingChangesDialog(session, window);
            (*open)->setAttribute(Qt::WA_DeleteOnClose);
        }
        (*open)->show();
        (*open)->raise();
        (*open)->activateWindow();
    });
}
