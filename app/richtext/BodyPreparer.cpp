#include "richtext/BodyPreparer.h"

#include <QCoreApplication>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <list>

namespace {
// The last large bodies sanitized, newest first: the list's preview prepares a body while the user
// reads it, and opening it in the editor (or coming back to it) then costs no second pass of the
// sanitizer (about 40–130 ms per MB). Touched on the GUI thread only; bounded in entries and size.
class PreparedBodies
{
public:
    static PreparedBodies &instance()
    {
        static PreparedBodies cache;
        return cache;
    }
    std::optional<SanitizedHtml> find(const QString &html, const QString &bodyText,
                                      const SanitizeLimits &limits)
    {
        Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->limits == limits && it->html == html && it->bodyText == bodyText) {
                m_entries.splice(m_entries.begin(), m_entries, it);
                return m_entries.front().result;
            }
        }
        return std::nullopt;
    }
    void add(const QString &html, const QString &bodyText, const SanitizeLimits &limits,
             const SanitizedHtml &result)
    {
        Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
        m_entries.push_front({html, bodyText, limits, result});
        qsizetype characters = 0;
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            characters += it->html.size() + it->result.html.size() + it->result.plainText.size();
            if (std::distance(m_entries.begin(), it) >= maxEntries || characters > maxCharacters) {
                m_entries.erase(it, m_entries.end());
                break;
            }
        }
    }

private:
    static constexpr int maxEntries = 4;
    static constexpr qsizetype maxCharacters = 12'000'000; // about 24 MB of text at most
    struct Entry
    {
        QString html; // shared with the caller's copy: no extra memory while the email is open
        QString bodyText;
        SanitizeLimits limits;
        SanitizedHtml result;
    };
    std::list<Entry> m_entries;
};

// Bodies being sanitized ahead of their view (BodyPreparer::prefetch), newest first; the view that
// asks for one takes its work over instead of starting again. GUI thread only; at most two.
struct InFlight
{
    QString html;
    QString bodyText;
    SanitizeLimits limits;
    QFuture<SanitizedHtml> future;

    bool isFor(const QString &h, const QString &t, const SanitizeLimits &l) const
    {
        return limits == l && html == h && bodyText == t;
    }
};
std::list<InFlight> &inFlight()
{
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
    static std::list<InFlight> running;
    return running;
}
} // namespace

bool BodyPreparer::prefetch(const QString &html, const QString &bodyText, const SanitizeLimits &limits)
{
    if (html.size() <= inlineLimit || PreparedBodies::instance().find(html, bodyText, limits))
        return false;
    std::list<InFlight> &running = inFlight();
    if (std::any_of(running.cbegin(), running.cend(),
                    [&](const InFlight &f) { return f.isFor(html, bodyText, limits); }))
        return true;
    running.push_front(
        {html, bodyText, limits, QtConcurrent::run(&HtmlSanitizer::sanitize, html, bodyText, limits)});
    if (running.size() > 2)
        running.pop_back(); // it ends on its own; nobody waits for it
    return true;
}

BodyPreparer::BodyPreparer(QObject *parent) : QObject(parent) { }

BodyPreparer::~BodyPreparer()
{
    // The worker holds copies of its input and ends within the sanitizer's bounds; nobody waits for it.
    if (m_watcher)
        m_watcher->disconnect(this);
}

void BodyPreparer::forget()
{
    ++m_generation;
    m_pending = false;
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

std::optional<SanitizedHtml> BodyPreparer::prepare(const QString &html, const QString &bodyText,
                                                   const SanitizeLimits &limits)
{
    forget();
    const quint64 generation = m_generation;
    if (html.size() <= inlineLimit) {
        m_pending = false;
        return HtmlSanitizer::sanitize(html, bodyText, limits);
    }
    if (std::optional<SanitizedHtml> prepared = PreparedBodies::instance().find(html, bodyText, limits)) {
        m_pending = false;
        return prepared;
    }
    m_pending = true;
    m_watcher = new QFutureWatcher<SanitizedHtml>(this);
    connect(m_watcher, &QFutureWatcher<SanitizedHtml>::finished, this,
            [this, generation, html, bodyText, limits] {
                if (generation != m_generation || !m_watcher)
                    return;
                const SanitizedHtml result = m_watcher->result();
                PreparedBodies::instance().add(html, bodyText, limits, result);
                m_watcher->deleteLater();
                m_watcher = nullptr;
                m_pending = false;
                emit ready(result);
            });
    std::list<InFlight> &running = inFlight();
    const auto started = std::find_if(running.begin(), running.end(),
                                      [&](const InFlight &f) { return f.isFor(html, bodyText, limits); });
    if (started != running.end()) {
        m_watcher->setFuture(started->future); // begun ahead: taken over, not begun again
        running.erase(started);
    } else {
        m_watcher->setFuture(QtConcurrent::run(&HtmlSanitizer::sanitize, html, bodyText, limits));
    }
    return std::nullopt;
}
