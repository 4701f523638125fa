#include "richtext/DocumentPrebuild.h"

#include "richtext/SafeTextDocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QFutureWatcher>
#include <QTextOption>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>

// What Qt's HTML import reads from the document it fills (sizes are relative to the default font,
// the default style sheet applies while parsing), and the layout settings the editor gave its own.
struct DocumentPrebuild::Setup
{
    QFont defaultFont;
    QString defaultStyleSheet;
    QTextOption defaultTextOption;
    qreal documentMargin = 0;
    qreal indentWidth = 0;
    bool useDesignMetrics = false;

    static Setup of(const QTextDocument &document)
    {
        return {document.defaultFont(),    document.defaultStyleSheet(), document.defaultTextOption(),
                document.documentMargin(), document.indentWidth(),       document.useDesignMetrics()};
    }
    void applyTo(QTextDocument &document) const
    {
        document.setDefaultFont(defaultFont);
        document.setDefaultStyleSheet(defaultStyleSheet);
        document.setDefaultTextOption(defaultTextOption);
        document.setDocumentMargin(documentMargin);
        document.setIndentWidth(indentWidth);
        document.setUseDesignMetrics(useDesignMetrics);
    }
    friend bool operator==(const Setup &a, const Setup &b)
    {
        return a.defaultFont == b.defaultFont && a.defaultStyleSheet == b.defaultStyleSheet
            && a.defaultTextOption.alignment() == b.defaultTextOption.alignment()
            && a.defaultTextOption.wrapMode() == b.defaultTextOption.wrapMode()
            && a.defaultTextOption.flags() == b.defaultTextOption.flags()
            && a.defaultTextOption.textDirection() == b.defaultTextOption.textDirection()
            && a.documentMargin == b.documentMargin && a.indentWidth == b.indentWidth
            && a.useDesignMetrics == b.useDesignMetrics;
    }
};

struct DocumentPrebuild::Ahead
{
    QString html;
    std::shared_ptr<const Setup> setup;
    QFuture<SafeTextDocument *> future;
};

std::list<DocumentPrebuild::Ahead> &DocumentPrebuild::ahead()
{
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
    static std::list<Ahead> begun;
    return begun;
}

void DocumentPrebuild::prefetch(const QString &html)
{
    std::list<Ahead> &begun = ahead();
    if (std::any_of(begun.cbegin(), begun.cend(), [&](const Ahead &a) { return a.html == html; }))
        return;
    const QTextDocument fresh;
    const auto setup = std::make_shared<const Setup>(Setup::of(fresh));
    begun.push_front({html, setup, start(html, setup)});
    if (begun.size() > 2) {
        discard(begun.back().future);
        begun.pop_back();
    }
}

void DocumentPrebuild::forgetAhead()
{
    std::list<Ahead> &begun = ahead();
    for (const Ahead &unwanted : begun)
        discard(unwanted.future);
    begun.clear();
}

DocumentPrebuild::DocumentPrebuild(const QString &html, const QTextDocument &like, QObject *parent)
    : QObject(parent), m_html(html), m_setup(std::make_shared<const Setup>(Setup::of(like)))
{
    std::list<Ahead> &begun = ahead();
    const auto taken = std::find_if(begun.begin(), begun.end(),
                                    [&](const Ahead &a) { return a.html == html && *a.setup == *m_setup; });
    if (taken != begun.end()) {
        m_future = taken->future; // begun ahead for this body: taken over, not begun again
        begun.erase(taken);
    } else {
        m_future = start(m_html, m_setup);
    }
    auto *watcher = new QFutureWatcher<SafeTextDocument *>(this);
    connect(watcher, &QFutureWatcher<SafeTextDocument *>::finished, this, &DocumentPrebuild::ready);
    watcher->setFuture(m_future);
}

DocumentPrebuild::~DocumentPrebuild()
{
    if (m_taken)
        return;
    discard(m_future);
}

void DocumentPrebuild::discard(const QFuture<SafeTextDocument *> &future)
{
    if (future.isFinished()) {
        delete future.result();
        return;
    }
    // Still being built: nobody waits for it; it is deleted on the GUI thread once it is done.
    QFuture<SafeTextDocument *>(future).then(QCoreApplication::instance(),
                                             [](SafeTextDocument *document) { delete document; });
}

QFuture<SafeTextDocument *> DocumentPrebuild::start(const QString &html,
                                                    const std::shared_ptr<const Setup> &setup)
{
    return QtConcurrent::run(&DocumentPrebuild::build, html, setup, QCoreApplication::instance()->thread());
}

SafeTextDocument *DocumentPrebuild::build(const QString &html, const std::shared_ptr<const Setup> &setup,
                                          QThread *thread)
{
    // QTextDocument is reentrant: made, filled and handed over here, it is used by one thread at a time.
    auto *document = new SafeTextDocument;
    setup->applyTo(*document);
    document->setHtml(html);
    document->setModified(false);
    document->moveToThread(thread);
    return document;
}

bool DocumentPrebuild::matches(const QString &sanitizedHtml, const QTextDocument &current) const
{
    return !m_taken && sanitizedHtml == m_html && *m_setup == Setup::of(current);
}

std::unique_ptr<SafeTextDocument> DocumentPrebuild::take()
{
    if (m_taken || !m_future.isFinished())
        return nullptr;
    m_taken = true;
    return std::unique_ptr<SafeTextDocument>(m_future.result());
}
