#include "ui/dialogs/SettingsDialog.h"

#include "core/api/ApiBaseUrl.h"
#include "ui/common/Accessible.h"
#include "ui/common/ClearTextConsent.h"
#include "ui/common/Tone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Connection Settings"));
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText); // may carry text from the server
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Tone::textStyle(Tone::Kind::Error));
    m_problem->hide();

    m_profile = new QLineEdit(this);
    m_profile->setObjectName(QStringLiteral("profileName"));
    m_profile->setPlaceholderText(tr("e.g. Production, Staging org, Sandbox"));
    m_profile->setText(tr("Close"));
    m_confirmSends = new QCheckBox(tr("Ask before &every send with this profile"), this);
    m_confirmSends->setObjectName(QStringLiteral("confirmSendsCheck"));
    m_keepLog = new QCheckBox(tr("Keep the request &log across restarts (without the key)"), this);
    m_keepLog->setObjectName(QStringLiteral("keepLogCheck"));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlField"));
    m_baseUrl->setAccessibleName(tr("API base URL"));
    m_baseUrl->setPlaceholderText(ApiBaseUrl::defaultUrl().toString());
    m_urlWarning = new QLabel(this);
    m_urlWarning->setTextFormat(Qt::PlainText);
    m_urlWarning->setObjectName(QStringLiteral("baseUrlWarning"));
    m_urlWarning->setWordWrap(true);
    m_urlWarning->setStyleSheet(Tone::textStyle(Tone::Kind::Warning));
    m_urlWarning->hide();
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("authMethod"));
    m_method->addItem(tr("API key"), int(AuthMethod::ApiKey));
    m_method->addItem(tr("OAuth access token"), int(AuthMethod::OAuthToken));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretField"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Paste your key"));
    m_secretHint
        = new QLabel(tr("Stored in the system keychain, never in a file. Create a key in Close under "
                        "Settings → Developer → API Keys."),
                     this);
    m_secretHint->setWordWrap(true);
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult = new QLabel(this);
    m_testResult->setTextFormat(Qt::PlainText); // may carry text from the server
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);

    m_stored = new QLabel(this);
    m_stored->setTextFormat(Qt::PlainText);
    m_stored->setObjectName(QStringLiteral("storedEmails"));
    m_stored->setWordWrap(true);
    m_forget = new QPushButton(tr("&Forget Stored Emails"), this);
    m_forget->setObjectName(QStringLiteral("forgetStoredButton"));
    m_remove = new QPushButton(tr("Remo&ve Profile"), this);
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    m_remove->hide();
    auto *storeButtons = new QHBoxLayout;
    storeButtons->addWidget(m_forget);
    storeButtons->addWidget(m_remove);
    storeButtons->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("API &base URL:"), m_baseUrl);
    form->addRow(QString(), m_urlWarning);
    form->addRow(tr("Sign in &with:"), m_method);
    form->addRow(tr("&Key or token:"), m_secret);
    form->addRow(QString(), m_secretHint);
    form->addRow(m_test, m_testResult);
    form->addRow(QString(), m_confirmSends);
    form->addRow(QString(), m_keepLog);
    form->addRow(tr("Stored emails:"), m_stored);
    form->addRow(QString(), storeButtons);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and &Connect"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    bindFields();
    // The check boxes are made next to the profile name but sit at the bottom: Tab follows the form.
    const QList<QWidget *> order {m_profile,      m_baseUrl, m_method, m_secret, m_test,
                                  m_confirmSends, m_keepLog, m_forget, m_remove};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    setBaseUrl(ApiBaseUrl::defaultUrl());
    m_secret->setFocus();
    validate();
}

void SettingsDialog::bindFields()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (ClearTextConsent::ask(this, baseUrl()) && (!m_connectCheck || m_connectCheck()))
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_forget, &QPushButton::clicked, this, &SettingsDialog::forgetStoredRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeProfileRequested(profileName()); });
    connect(m_baseUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_secret, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_profile, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        m_secret->setPlaceholderText(method() == AuthMethod::ApiKey ? tr("Paste your key")
                                                                    : tr("Paste your token"));
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (!ClearTextConsent::ask(this, baseUrl()))
            return;
        m_testResult->setText(tr("Testing…"));
        m_test->setEnabled(false);
        emit testRequested(baseUrl(), method(), secret());
    });
}

void SettingsDialog::setBaseUrl(const QUrl &url)
{
    m_baseUrl->setText(url.toString());
}

QUrl SettingsDialog::baseUrl() const
{
    return QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
}

void SettingsDialog::setMethod(AuthMethod method)
{
    m_method->setCurrentIndex(m_method->findData(int(method)));
}

AuthMethod SettingsDialog::method() const
{
    return AuthMethod(m_method->currentData().toInt());
}

QString SettingsDialog::secret() const
{
    return m_secret->text().trimmed();
}

void SettingsDialog::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void SettingsDialog::setTestResult(bool ok, const QString &message)
{
    m_test->setEnabled(true);
    m_testResult->setStyleSheet(ok ? Tone::textStyle(Tone::Kind::Success)
                                   : Tone::textStyle(Tone::Kind::Error));
    m_testResult->setText((ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + message);
}

void SettingsDialog::setProfileName(const QString &name)
{
    m_profile->setText(name);
}

QString SettingsDialog::profileName() const
{
    return m_profile->text().trimmed();
}

void SettingsDialog::setConfirmSends(bool on)
{
    m_confirmSends->setChecked(on);
}

bool SettingsDialog::confirmSends() const
{
    return m_confirmSends->isChecked();
}

void SettingsDialog::setKeepLog(bool on)
{
    m_keepLog->setChecked(on);
}

bool SettingsDialog::keepLog() const
{
    return m_keepLog->isChecked();
}

void SettingsDialog::validate()
{
    const QUrl url = baseUrl();
    const QString urlProblem = ApiBaseUrl::problem(url);
    const bool urlOk = urlProblem.isEmpty();
    m_baseUrl->setStyleSheet(urlOk ? QString() : Tone::errorBorder("QLineEdit"));
    m_baseUrl->setToolTip(urlProblem);
    const QString clearText = urlOk ? ApiBaseUrl::clearTextWarning(url) : QString();
    if (clearText != m_urlWarning->text()) {
        m_urlWarning->setText(clearText);
        m_urlWarning->setVisible(!clearText.isEmpty());
        // Grown to show the warning whole (a wrapped label is squeezed otherwise), never shrunk.
        layout()->activate();
        if (heightForWidth(width()) > height() || sizeHint().height() > height())
            resize(width(), qMax(heightForWidth(width()), sizeHint().height()));
    }
    const bool ready = urlOk && !secret().isEmpty() && !profileName().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
    m_test->setEnabled(ready);
}

void SettingsDialog::setStoredEmails(const QString &description, bool canForget)
{
    m_stored->setText(description);
    m_forget->setEnabled(canForget);
}

void SettingsDialog::setRemovable(bool removable)
{
    m_remove->setVisible(removable);
}
