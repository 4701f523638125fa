#include "core/session/ConnectionTest.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"

ConnectionTest::ConnectionTest(HttpEngine *http, QObject *parent) : QObject(parent), m_http(http) { }

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start(const QUrl &baseUrl, AuthMethod method, const QString &secret)
{
    if (m_call)
        m_call->cancel();
    m_client = std::make_unique<CloseClient>(m_http);
    m_client->setBaseUrl(baseUrl);
    m_client->setTimeout(15000);
    m_client->retryPolicy().maxAttempts = 1;
    m_client->setCredentials(method, secret);
    m_call = m_client->me();
    connect(m_call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (result.error.kind == ApiError::Kind::Cancelled)
            return;
        if (!result.ok()) {
            emit finished(false, result.error.fullText());
            return;
        }
        const QJsonObject user = result.object();
        emit finished(true,
                      tr("Connected as %1 (%2).")
                          .arg(user.value(u"display_name").toString(), user.value(u"email").toString()));
    });
}
