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
    // A server on this machine (127.0.0.0/8, ::1, localhost): a sandbox, a mock.
    static bool isLoopback(const QUrl &url);
    // An IPv4 or IPv6 loopback address written as one (not a name).
    static bool isLoopbackAddress(const QString &host);
    // http:// to another machine: the key would cross the network readable by anyone on the way.
    static bool sendsKeyInClear(const QUrl &url);
    // The warning for such a URL, in words; empty for any other.
    static QString clearTextWarning(const QUrl &url);
};
