#pragma once

#include "richtext/HtmlSanitizer.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

// Sanitizes an email body for display without freezing the window: a small body is answered at once,
// a large one (gumbo needs about 40–130 ms per MB) on a worker thread, answered by ready(). Only the
// latest request is answered; a body asked for again before the worker is done replaces the old one.
class BodyPreparer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyPreparer)

public:
    // Bodies up to this many characters are sanitized on the caller's thread (a few ms at most).
    static constexpr qsizetype inlineLimit = 100'000;

    explicit BodyPreparer(QObject *parent = nullptr);
    ~BodyPreparer() override;

    // Starts sanitizing a large body on a worker before its view exists (an editor window takes a
    // while to build); the view's prepare() of the same body then takes that work over.
    // True when it is (or was already) being sanitized on a worker: its view will wait for it.
    static bool prefetch(const QString &html, const QString &bodyText, const SanitizeLimits &limits = {});
    // The result, when it could be had at once; otherwise nothing, and ready() follows.
    std::optional<SanitizedHtml> prepare(const QString &html, const QString &bodyText,
                                         const SanitizeLimits &limits = {});
    bool isPending() const { return m_pending; }
    // Drops the body being prepared, if any: its ready() will not come.
    void forget();

signals:
    void ready(const SanitizedHtml &result);

private:
    QFutureWatcher<SanitizedHtml> *m_watcher = nullptr;
    quint64 m_generation = 0;
    bool m_pending = false;
};
