#include "main/HttpModule.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>
#include <QTimer>

namespace {
const QString moduleFileName = QStringLiteral("draftdesk-http.so");

// Loads the module at the first paint of the object it watches, after the events that paint queued
// (the frame is on screen by then), or at its timer.
class FirstFrameWatch final : public QObject
{
public:
    FirstFrameWatch(HttpModule *module, QObject *window, int maxWaitMs) : QObject(window), m_module(module)
    {
        window->installEventFilter(this);
        QTimer::singleShot(maxWaitMs, this, [this] { loadNow(); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_posted) {
            m_posted = true;
            // Low priority: behind what the frame queued, so that nothing waits for the module.
            QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::LowEventPriority);
        }
        return QObject::eventFilter(watched, event);
    }
    void customEvent(QEvent *) override { loadNow(); }

private:
    void loadNow()
    {
        m_module->load();
        deleteLater();
    }

    HttpModule *m_module;
    bool m_posted = false;
};
} // namespace

// A request made before the module is loaded: it goes out at load(), or fails then.
class HttpModule::Waiting final : public HttpTransfer
{
public:
    Waiting(HttpModule *module, const HttpRequest &request, HttpTransfer::Events *events)
        : m_module(module), m_request(request), m_events(events)
    { }
    void forgetModule() { m_module = nullptr; }
    ~Waiting() override
    {
        if (m_module)
            m_module->m_waiting.removeOne(this);
    }

    void goOut(HttpEngine *engine)
    {
        m_module = nullptr;
        m_real = engine->start(m_request, m_events);
    }
    // Reported from the event loop, never from inside start() or load()'s caller.
    void fail(const QString &why)
    {
        m_module = nullptr;
        m_problem = why;
        QTimer::singleShot(0, &m_context, [this] { finish(); });
    }

    QUrl url() const override { return m_real ? m_real->url() : m_request.url; }
    int status() const override { return m_real ? m_real->status() : 0; }
    HttpFailure failure() const override
    {
        if (m_real)
            return m_real->failure();
        if (m_aborted)
            return HttpFailure::Cancelled;
        return m_problem.isEmpty() ? HttpFailure::None : HttpFailure::Unavailable;
    }
    QString errorString() const override
    {
        if (m_real)
            return m_real->errorString();
        return m_aborted ? HttpModule::tr("Cancelled before it was sent.") : m_problem;
    }
    HttpHeaders headers() const override { return m_real ? m_real->headers() : HttpHeaders(); }
    QByteArray header(const QByteArray &name) const override
    {
        return m_real ? m_real->header(name) : QByteArray();
    }
    bool hasHeader(const QByteArray &name) const override { return m_real && m_real->hasHeader(name); }
    bool isOpen() const override { return m_real && m_real->isOpen(); }
    qint64 bytesAvailable() const override { return m_real ? m_real->bytesAvailable() : 0; }
    QByteArray read(qint64 maxSize) override { return m_real ? m_real->read(maxSize) : QByteArray(); }
    QByteArray readAll() override { return m_real ? m_real->readAll() : QByteArray(); }
    void allowRedirect() override
    {
        if (m_real)
            m_real->allowRedirect();
    }
    void abort() override
    {
        if (m_real) {
            m_real->abort();
            return;
        }
        if (m_finished)
            return;
        m_aborted = true;
        if (m_module)
            m_module->m_waiting.removeOne(this);
        m_module = nullptr;
        finish(); // as a network reply does: inside abort()
    }

private:
    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_events->transferFinished();
    }

    HttpModule *m_module;
    HttpRequest m_request;
    HttpTransfer::Events *m_events;
    std::unique_ptr<HttpTransfer> m_real;
    QString m_problem;
    bool m_aborted = false;
    bool m_finished = false;
    QObject m_context; // the failure's report goes with this transfer
};

HttpModule::HttpModule(QStringList paths) : m_paths(std::move(paths)) { }

HttpModule::~HttpModule()
{
    for (Waiting *waiting : std::as_const(m_waiting))
        waiting->forgetModule();
    m_engine.reset(); // the network manager, while Qt is still here
}

QStringList HttpModule::candidatePaths()
{
    const QString folder = QCoreApplication::applicationDirPath();
    return {folder + QLatin1Char('/') + moduleFileName,
            QFileInfo(folder + QStringLiteral("/" DRAFTDESK_MODULE_DIR_FROM_BIN "/") + moduleFileName)
                .absoluteFilePath()};
}

void HttpModule::load()
{
    if (m_tried)
        return;
    m_tried = true;
    QStringList tried;
    for (const QString &path : std::as_const(m_paths)) {
        if (!QFileInfo::exists(path)) {
            tried.append(path);
            continue;
        }
        m_library.setFileName(path);
        const auto make
            = m_library.load() ? MakeHttpEngine(m_library.resolve(makeHttpEngineSymbol)) : nullptr;
        if (make)
            m_engine.reset(make());
        else
            m_problem
                = tr("%1 cannot be loaded (%2); reinstall Draftdesk.").arg(path, m_library.errorString());
        break;
    }
    if (!m_engine && m_problem.isEmpty())
        m_problem = tr("Draftdesk's network module is missing (looked for %1); reinstall Draftdesk.")
                        .arg(tried.join(QLatin1String(", ")));
    const QList<Waiting *> waiting = std::exchange(m_waiting, {});
    for (Waiting *transfer : waiting) {
        if (m_engine)
            transfer->goOut(m_engine.get());
        else
            transfer->fail(m_problem);
    }
}

void HttpModule::loadAfterFirstFrame(QObject *window, int maxWaitMs)
{
    if (!m_tried)
        new FirstFrameWatch(this, window, maxWaitMs);
}

std::unique_ptr<HttpTransfer> HttpModule::start(const HttpRequest &request, HttpTransfer::Events *events)
{
    if (m_engine)
        return m_engine->start(request, events);
    auto waiting = std::make_unique<Waiting>(this, request, events);
    if (m_tried)
        waiting->fail(m_problem);
    else
        m_waiting.append(waiting.get());
    return waiting;
}
