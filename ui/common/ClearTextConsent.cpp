#include "ui/common/ClearTextConsent.h"

#include "core/api/ApiBaseUrl.h"
#include "core/settings/AppSettings.h"
#include "ui/common/MessageBox.h"

#include <QCoreApplication>

bool ClearTextConsent::ask(QWidget *parent, const QUrl &url)
{
    AppSettings settings;
    if (!ApiBaseUrl::sendsKeyInClear(url) || settings.clearTextAllowed(url.host()))
        return true;
    const QMessageBox::StandardButton answer = MessageBox::question(
        parent, QCoreApplication::translate("ClearTextConsent", "Send the Key Unencrypted?"),
        ApiBaseUrl::clearTextWarning(url) + QStringLiteral("\n\n")
            + QCoreApplication::translate("ClearTextConsent",
                                          "Send it to %1 over http:// now and from now on?")
                  .arg(url.host()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Yes, QCoreApplication::translate("ClearTextConsent", "Send Over http")},
         {QMessageBox::Cancel, QCoreApplication::translate("ClearTextConsent", "Keep the Key Here")}});
    if (answer != QMessageBox::Yes)
        return false;
    settings.allowClearText(url.host());
    return true;
}
