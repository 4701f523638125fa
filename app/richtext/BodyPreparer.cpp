#include "richtext/BodyPreparer.h"

#include <QtConcurrent/QtConcurrentRun>

BodyPreparer::BodyPreparer(QObject *parent) : QObject(parent) { }

BodyPreparer::~BodyPreparer()
{
    // The worker holds copies of its input and ends within the sanitizer's bounds; nobody waits for it.
    if (m_watcher)
        m_watcher->disconnect(this);
}

std::optional<SanitizedHtml> BodyPreparer::prepare(const QString &html, const QString &bodyText,
                                                   const SanitizeLimits &limits)
{
    const quint64 generation = ++m_generation;
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    if (html.size() <= inlineLimit) {
        m_pending = false;
        return HtmlSanitizer::sanitize(html, bodyText, limits);
    }
    m_pending = true;
    m_watcher = new QFutureWatcher<SanitizedHtml>(this);
    connect(m_watcher, &QFutureWatcher<SanitizedHtml>::finished, this, [this, generation] {
        if (generation != m_generation || !m_watcher)
            return;
        const SanitizedHtml result = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        m_pending = false;
        emit ready(result);
    });
    m_watcher->setFuture(QtConcurrent::run(&HtmlSanitizer::sanitize, html, bodyText, limits));
    return std::nullopt;
}
