#pragma once

#include <QCoreApplication>
#include <QUrl>

// The Close API's base URL, defined once: the default, and the one check that the command line,
// the connection dialog and saved profiles apply to a URL a person typed. Any http(s) URL with a
// host and a path prefix is fine (a sandbox, a mock, a proxy).
class ApiBaseUrl final
{
    Q_DECLARE_TR_FUNCTIONS(ApiBaseUrl)

public:
    static QUrl defaultUrl() { return QUrl(QStringLiteral("https://api.close.com/api/v1")); }
    // Empty when the URL can be used; otherwise what is wrong with it, in words.
    static QString problem(const QUrl &url);
};
