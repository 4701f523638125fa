#include "core/api/HttpReply.h"

HttpReply::HttpReply(HttpEngine *engine, const HttpRequest &request, QObject *parent)
    : QObject(parent), m_transfer(engine->start(request, this))
{
    Q_ASSERT(m_transfer);
}

// The transfer goes first (it reports nothing while it is destroyed), then the QObject.
HttpReply::~HttpReply() = default;
