#pragma once

#include <QTextDocument>

// A QTextDocument that loads nothing from outside: no remote images, no local files. Only embedded
// data: URLs and the app's own icons load. Email HTML has been through HtmlSanitizer before it gets
// here, so this is the second wall, not the first: Qt's image handler reads files by itself when a
// resource comes back empty, which only the sanitizer's rewrite of <img> prevents.
class SafeTextDocument final : public QTextDocument
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextDocument)

public:
    using QTextDocument::QTextDocument;
    int refusedResources() const { return m_refused; }
    // data: URLs and qrc:/icons/ (ours); everything else is a file or a request to a third party.
    static bool isAllowedResource(const QUrl &name);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_refused = 0;
};
