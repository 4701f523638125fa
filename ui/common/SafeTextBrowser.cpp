#include "ui/common/SafeTextBrowser.h"

#include "richtext/BodyPreparer.h"
#include "richtext/SafeTextDocument.h"

#include <QDesktopServices>

SafeTextBrowser::SafeTextBrowser(QWidget *parent) : QTextBrowser(parent), m_preparer(new BodyPreparer(this))
{
    // Our document, so that its loadResource is the one Qt asks (QTextDocument's own falls back to files).
    setDocument(new SafeTextDocument(this));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("https") || scheme == QLatin1String("http")
            || scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
    connect(m_preparer, &BodyPreparer::ready, this, &SafeTextBrowser::apply);
}

SanitizeLimits SafeTextBrowser::shownLimits()
{
    SanitizeLimits limits;
    limits.use = SanitizeLimits::Use::Show; // never edited: long words may break, marks are capped
    return limits;
}

void SafeTextBrowser::showBody(const QString &html, const QString &text)
{
    if (html.isEmpty()) {
        m_preparer->forget(); // a body still being prepared
        apply(HtmlSanitizer::plainText(text, shownLimits()));
        return;
    }
    if (const std::optional<SanitizedHtml> body = m_preparer->prepare(html, text, shownLimits())) {
        apply(*body);
        return;
    }
    m_shown = {};
    setPlainText(tr("Preparing the email for display…"));
}

void SafeTextBrowser::showText(const QString &text)
{
    m_shown = HtmlSanitizer::plainText(text, shownLimits());
    setPlainText(m_shown.plainText);
}

bool SafeTextBrowser::isPreparing() const
{
    return m_preparer->isPending();
}

void SafeTextBrowser::apply(const SanitizedHtml &body)
{
    m_shown = body;
    if (body.isRich())
        setHtml(body.html);
    else
        setPlainText(body.plainText);
    emit bodyShown();
}

QString SafeTextBrowser::noteFor(const SanitizedHtml &body)
{
    QStringList parts;
    if (!body.reason.isEmpty())
        parts.append(body.reason);
    if (body.plainTextCut)
        parts.append(tr("Only the first %L1 characters are shown.").arg(body.plainText.size()));
    if (body.blockedImages > 0)
        parts.append(tr("%n image(s) not loaded, to protect your privacy.", nullptr, body.blockedImages));
    if (body.removedElements > 0)
        parts.append(
            tr("%n script(s), frame(s) or other active part(s) left out.", nullptr, body.removedElements));
    if (body.flattened > 0)
        parts.append(tr("Deeply nested parts are shown simplified."));
    return parts.join(u' ');
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    // QTextBrowser would look data: URLs up as files and answer with an empty (not null) value; the
    // document decodes them itself once we say nothing here.
    if (name.scheme() == QLatin1String("qrc") && SafeTextDocument::isAllowedResource(name))
        return QTextBrowser::loadResource(type, name);
    return {};
}
