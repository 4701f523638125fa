#include "core/drafts/DraftExport.h"

#include "core/base/WholeFile.h"

QString DraftExport::toHtml(const QString &subject, const QList<QPair<QString, QString>> &headerLines,
                            const QString &bodyHtml)
{
    QString html
        = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                         "<body>\n")
              .arg(subject.toHtmlEscaped());
    for (const auto &[label, value] : headerLines)
        html += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    if (!headerLines.isEmpty())
        html += QStringLiteral("<hr>\n");
    return html + bodyHtml + QStringLiteral("\n</body></html>\n");
}

QString DraftExport::toHtml(const EmailActivity &email)
{
    QList<QPair<QString, QString>> lines {{tr("From:"), email.sender()},
                                          {tr("To:"), email.to().join(QLatin1String(", "))}};
    if (!email.cc().isEmpty())
        lines.append({tr("Cc:"), email.cc().join(QLatin1String(", "))});
    lines.append({tr("Subject:"), email.subject()});
    return toHtml(email.subject(), lines, email.bodyHtml());
}

bool DraftExport::save(const QString &path, const QString &html, QString *error)
{
    return WholeFile::write(path, html.toUtf8(), error);
}
