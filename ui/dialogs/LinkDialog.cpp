#include "ui/dialogs/LinkDialog.h"

#include "core/base/EmailAddress.h"
#include "richtext/HtmlRules.h"
#include "ui/common/Accessible.h"
#include "ui/common/Tone.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LinkDialog::LinkDialog(const QString &text, const QString &address, bool editing, QWidget *parent)
    : QDialog(parent),
      m_text(new QLineEdit(text, this)),
      m_address(new QLineEdit(address, this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(editing ? tr("Edit Link") : tr("Insert Link"));
    m_text->setObjectName(QStringLiteral("linkTextField"));
    m_address->setObjectName(QStringLiteral("linkAddressField"));
    m_address->setPlaceholderText(tr("https://… or name@example.com"));
    m_problem->setObjectName(QStringLiteral("linkProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Tone::textStyle(Tone::Kind::Warning));

    auto *form = new QFormLayout;
    auto *textLabel = new QLabel(tr("&Text:"), this);
    textLabel->setBuddy(m_text);
    m_text->setAccessibleName(Accessible::fromLabel(textLabel->text()));
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    m_address->setAccessibleName(Accessible::fromLabel(addressLabel->text()));
    form->addRow(textLabel, m_text);
    form->addRow(addressLabel, m_address);

    m_buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("Save Link") : tr("Insert Link"));
    if (editing) {
        QPushButton *remove = m_buttons->addButton(tr("&Remove Link"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("removeLinkButton"));
        connect(remove, &QPushButton::clicked, this, [this] {
            m_remove = true;
            accept();
        });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &LinkDialog::check);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    // With a word selected the address is what is missing; with nothing, the text comes first.
    (text.isEmpty() ? m_text : m_address)->setFocus();
    if (!address.isEmpty())
        m_address->selectAll();
    check();
}

QString LinkDialog::text() const
{
    const QString shown = m_text->text().simplified();
    return shown.isEmpty() ? address() : shown;
}

QString LinkDialog::address() const
{
    return normalizedAddress(m_address->text());
}

QString LinkDialog::normalizedAddress(const QString &typed)
{
    QString address = typed.trimmed();
    if (address.isEmpty())
        return {};
    if (!address.contains(u':')) {
        if (EmailAddress::isValidAddress(address))
            address.prepend(QStringLiteral("mailto:"));
        else if (address.contains(u'.') && !address.contains(u' '))
            address.prepend(QStringLiteral("https://"));
    }
    return HtmlRules::isSafeHref(address) && !address.startsWith(u'#') ? address : QString();
}

void LinkDialog::check()
{
    const bool typed = !m_address->text().trimmed().isEmpty();
    const bool usable = !address().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
    // Say why only once something was typed: an empty field needs no warning.
    m_problem->setText(typed && !usable
                           ? tr("An email link opens a web page (https://…) or writes an email (mailto:…).")
                           : QString());
    m_problem->setVisible(typed && !usable);
}
