// The email list's page reader from hostile bytes, through the real EmailListModel over a scripted
// transport (an answer of status 200 with these bytes). Whatever comes in: no crash, and the model
// either fails with a message or holds rows. Where the bytes are a JSON object Qt reads, the fast
// reader (simdjson) and Qt's parser, forced by one harmless field nested deeper than the fast reader
// goes, must give the same rows, cell by cell: a differential check of the two readers.
#include "FuzzSupport.h"
#include "core/api/CloseClient.h"
#include "core/api/JsonListSalvage.h"
#include "core/list/EmailListModel.h"
#include "fakes/ScriptedNetwork.h"
#include "http/QtHttpEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace {
struct Loaded
{
    QList<QVariant> cells;
    int rows = 0;
    int unreadable = 0;
    bool hasMore = false;
    bool failed = false;
    friend bool operator==(const Loaded &, const Loaded &) = default;
};

Loaded load(const QByteArray &body)
{
    ScriptedNetwork network;
    QtHttpEngine http {&network};
    CloseClient client(&http);
    client.setBaseUrl(QUrl(QStringLiteral("https://api.example.test/api/v1")));
    client.setApiKey(QStringLiteral("key"));
    client.retryPolicy().maxAttempts = 1;
    ScriptedAnswer answer;
    answer.body = body;
    network.enqueue(answer);
    EmailListModel model(&client);
    Loaded loaded;
    QEventLoop loop;
    QObject::connect(&model, &EmailListModel::pageLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &EmailListModel::errorOccurred, &loop, [&] {
        loaded.failed = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, [] {
        std::fputs("the page was neither loaded nor refused within 10 s\n", stderr);
        std::abort();
    });
    model.setQuery({});
    loop.exec();
    loaded.rows = model.rowCount();
    loaded.unreadable = model.unreadableRows();
    loaded.hasMore = model.hasMore();
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(EmailListModel::IdRole),
                             int(EmailListModel::StatusRole), int(EmailListModel::LeadIdRole)})
                loaded.cells.append(index.data(role));
        }
    }
    return loaded;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const Loaded fast = load(bytes);
    FUZZ_CHECK(fast.failed || fast.rows >= 0);
    // One bad record costs one row, never the page: whenever the records can be told apart, the page
    // loads (a record that cannot be parsed becomes a row saying why, or is counted as unreadable).
    if (const std::optional<JsonListSalvage::Result> salvaged = JsonListSalvage::salvage(bytes))
        FUZZ_CHECK(!salvaged->document.object().value(QLatin1String("data")).isArray() || !fast.failed);

    QJsonParseError error;
    if (!QJsonDocument::fromJson(bytes, &error).isObject() || error.error != QJsonParseError::NoError)
        return 0;
    // The same object with a field 130 levels deep first: the fast reader (128) hands it to Qt.
    QByteArray forced = bytes;
    forced.insert(bytes.indexOf('{') + 1, "\"zz\": " + QByteArray(130, '[') + QByteArray(130, ']') + ", ");
    QJsonDocument::fromJson(forced, &error);
    if (error.error != QJsonParseError::NoError)
        return 0; // now too deep for Qt as well: its salvage path, not a like-for-like comparison
    FUZZ_CHECK(load(forced) == fast);
    return 0;
}
