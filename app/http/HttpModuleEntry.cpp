// The entry point of draftdesk-http.so, which app/main/HttpModule loads.
#include "http/QtHttpEngine.h"

extern "C" Q_DECL_EXPORT HttpEngine *draftdesk_make_http_engine()
{
    return new QtHttpEngine;
}
