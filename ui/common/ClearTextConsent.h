#pragma once

#include <QUrl>

class QWidget;

// Before the key goes to a server over http:// (not https://, not this machine), the user is asked,
// once per host: the key would cross the network readable by anyone on the way. The answer "send"
// is kept; "cancel" keeps the key here.
namespace ClearTextConsent {

// True when the key may go to this URL: https, loopback, a host agreed to before, or agreed now.
bool ask(QWidget *parent, const QUrl &url);

} // namespace ClearTextConsent
