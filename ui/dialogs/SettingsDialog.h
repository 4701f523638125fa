#pragma once

#include "core/api/AuthMethod.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Where Draftdesk connects and with which secret: base URL, API key or OAuth token, and a "Test
// connection" that asks /me/ before anything is saved. The secret field never shows the stored key.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;
    void setMethod(AuthMethod method);
    AuthMethod method() const;
    QString secret() const;
    // A message shown at the top, e.g. the server's answer to a refused key.
    void setProblem(const QString &message);
    void setTestResult(bool ok, const QString &message);
    void setProfileName(const QString &name);
    QString profileName() const;
    void setConfirmSends(bool on);
    bool confirmSends() const;
    void setKeepLog(bool on);
    bool keepLog() const;
    // What is stored on disk for this connection (a sentence naming the file), and whether the
    // profile shown can be removed (it is saved).
    void setStoredEmails(const QString &description, bool canForget);
    void setRemovable(bool removable);
    // Asked on OK before the dialog closes: false keeps it open (the window's open drafts stop a
    // switch to another connection until they are saved or closed).
    void setConnectCheck(std::function<bool()> check) { m_connectCheck = std::move(check); }

signals:
    void testRequested(const QUrl &baseUrl, AuthMethod method, const QString &secret);
    void forgetStoredRequested();
    void removeProfileRequested(const QString &name);

private:
    void bindFields();
    void validate();

    std::function<bool()> m_connectCheck;
    QLabel *m_problem = nullptr;
    QLabel *m_urlWarning = nullptr; // http:// to another machine: the key goes unencrypted
    QLineEdit *m_profile = nullptr;
    QCheckBox *m_confirmSends = nullptr;
    QCheckBox *m_keepLog = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_secretHint = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_stored = nullptr;
    QPushButton *m_forget = nullptr;
    QPushButton *m_remove = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
