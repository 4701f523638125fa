#pragma once

#include <QCoreApplication>

class Drafts;
class EmailActivity;
class QWidget;

// Deleting a draft, the same from the list and from its editor: ask first, naming the subject and the
// recipients and saying that Close cannot bring it back, then let Drafts delete it. True when the
// delete was sent (the answer comes as Drafts::emailDeleted or Drafts::deleteFailed).
class DraftDeletion final
{
    Q_DECLARE_TR_FUNCTIONS(DraftDeletion)

public:
    static bool confirmAndDelete(QWidget *parent, Drafts *drafts, const EmailActivity &email);
};
