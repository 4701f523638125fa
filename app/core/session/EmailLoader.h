#pragma once

#include "core/api/ApiError.h"
#include "core/email/EmailActivity.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class CloseClient;

// Fetches whole emails for the window: one for the preview and one to open, a newer request for the
// same purpose replacing an older one (restoring several drafts lets each finish). A record that
// cannot be read is a failure in words, never a half-read email.
class EmailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailLoader)

public:
    enum class Purpose { Preview, Open, Restore };
    Q_ENUM(Purpose)

    EmailLoader(CloseClient *client, QObject *parent);

    void load(const QString &id, Purpose purpose);

signals:
    void loaded(const EmailActivity &email, EmailLoader::Purpose purpose);
    void failed(const QString &id, const ApiError &error, EmailLoader::Purpose purpose);

private:
    CloseClient *m_client;
    QPointer<ApiCall> m_previewCall;
    QPointer<ApiCall> m_openCall;
};
