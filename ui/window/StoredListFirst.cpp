#include "ui/window/StoredListFirst.h"

#include "core/session/Session.h"
#include "ui/list/EmailListPanel.h"

#include <QTimer>

namespace StoredListFirst {

void holdAnswersUntilShown(Session *session, EmailListPanel *panel, int maxWaitMs)
{
    CloseClient *client = session->client();
    if (!session->emails()->cameFromStore() || client->holdsAnswers())
        return;
    client->holdAnswers();
    QObject::connect(panel, &EmailListPanel::firstRowsPainted, client, &CloseClient::releaseAnswers,
                     Qt::SingleShotConnection);
    QTimer::singleShot(maxWaitMs, client, &CloseClient::releaseAnswers);
}

} // namespace StoredListFirst
