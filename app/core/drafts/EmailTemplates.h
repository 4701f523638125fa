#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class ApiCall;
class ApiError;
class CloseClient;

// The organisation's email templates (GET /email_template/, every page, archived ones left out) and
// their rendering for one lead and contact (GET /email_template/{id}/render/), which fills in names
// and fields the way Close does when it sends.
class EmailTemplates final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailTemplates)

public:
    struct Template
    {
        QString id;
        QString name;
        QString subject;
        QString body; // HTML, with Close's {{ placeholders }} not yet filled in
    };

    explicit EmailTemplates(CloseClient *client, QObject *parent = nullptr);
    ~EmailTemplates() override;

    void load();
    bool isLoading() const { return !m_listCall.isNull(); }
    QList<Template> all() const { return m_templates; }
    void render(const QString &templateId, const QString &leadId, const QString &contactId);

signals:
    void loaded();
    void loadFailed(const ApiError &error);
    void rendered(const QString &templateId, const QString &subject, const QString &bodyHtml);
    void renderFailed(const ApiError &error);

private:
    void loadPage(int skip);

    CloseClient *m_client;
    QPointer<ApiCall> m_listCall;
    QPointer<ApiCall> m_renderCall;
    QList<Template> m_templates;
    QList<Template> m_loading;
};
