#include "core/drafts/EmailTemplates.h"

#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
constexpr int pageSize = 100;
constexpr int maxTemplates = 5000; // a bound on a server that says "has_more" for ever
} // namespace

EmailTemplates::EmailTemplates(CloseClient *client, QObject *parent) : QObject(parent), m_client(client) { }

EmailTemplates::~EmailTemplates()
{
    for (const QPointer<ApiCall> &call : {m_listCall, m_renderCall})
        if (call)
            call->cancel();
}

void EmailTemplates::load()
{
    if (m_listCall)
        m_listCall->cancel();
    m_loading.clear();
    loadPage(0);
}

void EmailTemplates::loadPage(int skip)
{
    ApiCall *call = m_client->emailTemplates(skip, pageSize);
    m_listCall = call;
    connect(call, &ApiCall::finished, this, [this, call, skip](const ApiResult &result) {
        if (call != m_listCall)
            return;
        m_listCall = nullptr;
        if (!result.ok()) {
            if (result.error.kind != ApiError::Kind::Cancelled)
                emit loadFailed(result.error);
            return;
        }
        const QJsonObject page = result.json.object();
        const QJsonArray data = page.value(u"data").toArray();
        for (const QJsonValue &item : data) {
            const QJsonObject t = item.toObject();
            if (t.value(u"id").toString().isEmpty() || t.value(u"is_archived").toBool())
                continue;
            m_loading.append({t.value(u"id").toString(), t.value(u"name").toString(),
                              t.value(u"subject").toString(), t.value(u"body").toString()});
        }
        const int next = skip + int(data.size());
        if (page.value(u"has_more").toBool() && !data.isEmpty() && next < maxTemplates) {
            loadPage(next);
            return;
        }
        m_templates = std::exchange(m_loading, {});
        emit loaded();
    });
}

void EmailTemplates::render(const QString &templateId, const QString &leadId, const QString &contactId)
{
    if (m_renderCall)
        m_renderCall->cancel();
    ApiCall *call = m_client->renderTemplate(templateId, leadId, contactId);
    m_renderCall = call;
    connect(call, &ApiCall::finished, this, [this, call, templateId](const ApiResult &result) {
        if (call != m_renderCall)
            return;
        m_renderCall = nullptr;
        const QJsonObject answer = result.json.object();
        if (!result.ok() || !answer.value(u"body").isString()) {
            if (result.error.kind == ApiError::Kind::Cancelled)
                return;
            emit renderFailed(result.ok()
                                  ? ApiError::make(ApiError::Kind::BadResponse,
                                                   tr("Close's rendering of the template could not be read."))
                                  : result.error);
            return;
        }
        emit rendered(templateId, answer.value(u"subject").toString(), answer.value(u"body").toString());
    });
}
