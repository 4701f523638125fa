#pragma once

#include "core/email/EmailActivity.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// A draft as a standalone HTML file, for the way out when Close or the disk cannot take it: the
// editor's Export Draft and the recovery dialog's Export write the same page, atomically.
class DraftExport final
{
    Q_DECLARE_TR_FUNCTIONS(DraftExport)

public:
    // The subject as title, each header line ("From:", value) escaped, the body as it is.
    static QString toHtml(const QString &subject, const QList<QPair<QString, QString>> &headerLines,
                          const QString &bodyHtml);
    // From, To, Cc (when any) and Subject, then the body.
    static QString toHtml(const EmailActivity &email);
    // False, with the reason in *error, when the file could not be written.
    static bool save(const QString &path, const QString &html, QString *error);
};
