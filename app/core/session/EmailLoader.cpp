#include "core/session/EmailLoader.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/base/ShownText.h"

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
        // A proxy or cache that mixes up answers must not put another email into this one's editor,
        // where a save would write it over the one asked for.
        if (parsed.activity.id() != id) {
            emit failed(
                id,
                ApiError::make(ApiError::Kind::BadResponse,
                               tr("Close answered with another email (%1) than the one asked for "
                                  "(%2), so it is not shown. Try again.")
                                   .arg(ShownText::line(parsed.activity.id(), 80), ShownText::line(id, 80))),
                purpose);
            return;
        }
        emit loaded(parsed.activity, purpose);
    });
}
