#pragma once

#include <QTextDocument>

// A QTextDocument that loads nothing from outside: no remote images, no local files named by an
// email's HTML (<img src="file:///…">). Embedded data: URLs and our own resources still work.
class SafeTextDocument final : public QTextDocument
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextDocument)

public:
    using QTextDocument::QTextDocument;
    int refusedResources() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_refused = 0;
};
