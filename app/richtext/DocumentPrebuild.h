#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

#include <list>
#include <memory>

class QTextDocument;
class SafeTextDocument;

// Builds the editor's document for a large body on a worker thread while the sanitizer works on the
// same body, betting that the sanitizer leaves it as it is (as it does for the clean HTML Close's own
// editor writes). Opening a large draft is otherwise two waits in a row, the sanitizer's and then Qt's
// HTML parser's on the window's thread; when the bet is won they overlap and the window only adopts
// the document. The bet is checked, never assumed: the document is used only for exactly the HTML
// the sanitizer returned (see matches()), and is built in a SafeTextDocument that loads nothing, so
// a body the sanitizer would change costs a worker's time and nothing else.
class DocumentPrebuild final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentPrebuild)

public:
    // Starts building `html` before its editor exists (an editor window takes a while to build), in a
    // document set up as a new one is: the editor's prebuild of the same body takes it over. GUI
    // thread only; at most two are kept.
    static void prefetch(const QString &html);
    // Lets go of what was begun ahead and not taken over (its editor showed another body, or none).
    static void forgetAhead();
    // Builds `html` in a document set up like `like` (default font, style sheet, margins: what Qt's
    // HTML import reads), for the calling thread; one begun ahead for it is taken over.
    DocumentPrebuild(const QString &html, const QTextDocument &like, QObject *parent = nullptr);
    ~DocumentPrebuild() override;

    // The sanitizer returned `sanitizedHtml` for the body, and `current` is set up as the document was
    // built: this document is the one setHtml(sanitizedHtml) would make.
    bool matches(const QString &sanitizedHtml, const QTextDocument &current) const;
    bool isReady() const { return m_future.isFinished(); }
    // The document once ready (then the caller owns it); null before, and after it was taken.
    std::unique_ptr<SafeTextDocument> take();

signals:
    void ready();

private:
    struct Setup;
    struct Ahead;
    static std::list<Ahead> &ahead();
    static QFuture<SafeTextDocument *> start(const QString &html, const std::shared_ptr<const Setup> &setup);
    static SafeTextDocument *build(const QString &html, const std::shared_ptr<const Setup> &setup,
                                   QThread *thread);
    // Deletes the document once built, on the GUI thread (nobody took it).
    static void discard(const QFuture<SafeTextDocument *> &future);

    QString m_html;
    std::shared_ptr<const Setup> m_setup;
    QFuture<SafeTextDocument *> m_future;
    bool m_taken = false;
};
