#include "core/session/EmailLoader.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"

EmailLoader::EmailLoader(CloseClient *client, QObject *parent) : QObject(parent), m_client(client) { }

void EmailLoader::load(const QString &id, Purpose purpose)
{
    QPointer<ApiCall> &slot = purpose == Purpose::Preview ? m_previewCall : m_openCall;
    if (purpose == Purpose::Restore && slot)
        slot = nullptr; // restoring several drafts: let each load finish
    if (slot)
        slot->cancel();
    ApiCall *call = m_client->email(id);
    slot = call;
    connect(call, &ApiCall::finished, this, [this, id, purpose](const ApiResult &result) {
        if (result.error.kind == ApiError::Kind::Cancelled)
            return;
        if (!result.ok()) {
            emit failed(id, result.error, purpose);
            return;
        }
        const EmailActivity::ParseResult parsed = EmailActivity::fromJson(result.object());
        if (!parsed.ok()) {
            emit failed(id,
                        ApiError::make(ApiError::Kind::BadResponse,
                                       tr("The email came back damaged: %1").arg(parsed.summary())),
                        purpose);
            return;
        }
        emit loaded(parsed.activity, purpose);
    });
}
