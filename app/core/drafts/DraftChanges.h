#pragma once

#include "core/email/EmailActivity.h"

#include <QJsonObject>
#include <QStringList>

// The smallest PUT body that turns `original` into `edited`: only fields that changed and that a PUT
// may carry (never read-only ones such as id, date_updated or thread_id). The API treats PUT as PATCH,
// so sending less is both safer (no clobbering of a concurrent edit) and clearer in the request log.
class DraftChanges final
{
public:
    DraftChanges() = default;
    static DraftChanges between(const EmailActivity &original, const EmailActivity &edited);

    bool isEmpty() const { return m_body.isEmpty(); }
    QStringList fields() const { return m_body.keys(); }
    bool contains(QStringView field) const { return m_body.contains(field); }
    QJsonObject body() const { return m_body; }

private:
    explicit DraftChanges(QJsonObject body) : m_body(std::move(body)) { }
    QJsonObject m_body;
};
