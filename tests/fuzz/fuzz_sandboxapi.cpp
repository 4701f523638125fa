// Raw HTTP requests to the sandbox's API logic (no socket): request line, headers, body, as a client
// or an attacker might send them. Every request gets an answer with a status and JSON, the store
// stays consistent, and nothing crashes.
#include "FuzzSupport.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

namespace {
SandboxRequest parseRequest(const QByteArray &raw)
{
    SandboxRequest request;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    const QByteArray head = headEnd < 0 ? raw : raw.left(headEnd);
    request.body = headEnd < 0 ? QByteArray() : raw.mid(headEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QUrl target(QString::fromUtf8(requestLine.value(1)));
    request.path = target.path();
    request.query = QUrlQuery(target.query());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    return request;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A fresh store for every input keeps runs reproducible.
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    ManualClock clock(start);
    SandboxStore store;
    DemoData::populate(store, 6, start);
    SandboxApi api(store, clock);
    api.setApiKey(QStringLiteral("k"));
    const QByteArray raw = fuzzBytes(data, size);
    for (const QByteArray &one : raw.split('\x01')) { // several requests against one store
        const SandboxResponse response = api.handle(parseRequest(one));
        FUZZ_CHECK(response.status >= 200 && response.status < 600);
        if (!response.body.isEmpty())
            FUZZ_CHECK(!QJsonDocument::fromJson(response.body).isNull());
    }
    for (const QString &id : store.orderedEmailIds())
        FUZZ_CHECK(store.email(id) != nullptr);
    return 0;
}
