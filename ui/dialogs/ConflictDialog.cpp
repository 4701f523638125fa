#include "ui/dialogs/ConflictDialog.h"

#include "core/base/BidiText.h"
#include "core/email/EmailActivity.h"
#include "ui/common/Accessible.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const EmailActivity &mine, const EmailActivity &theirs, const QString &reason,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("The Draft Changed in Close"));
    auto *label = new QLabel(reason + QLatin1Char(' ') + tr("Compare and choose:"), this);
    label->setTextFormat(Qt::PlainText); // the reason may quote the server
    label->setWordWrap(true);

    struct Field
    {
        QString name;
        QString mine;
        QString theirs;
    };
    const QList<Field> fields {
        {tr("Subject"), mine.subject(), theirs.subject()},
        {tr("From"), mine.sender(), theirs.sender()},
        {tr("To"), mine.to().join(QLatin1String(", ")), theirs.to().join(QLatin1String(", "))},
        {tr("Cc"), mine.cc().join(QLatin1String(", ")), theirs.cc().join(QLatin1String(", "))},
        {tr("Bcc"), mine.bcc().join(QLatin1String(", ")), theirs.bcc().join(QLatin1String(", "))},
        {tr("Text"), mine.bodyText(), theirs.bodyText()},
        {tr("Status"), EmailStatuses::displayName(mine.status().value_or(EmailStatus::Draft)),
         EmailStatuses::displayName(theirs.status().value_or(EmailStatus::Draft))},
    };
    auto *table = new QTableWidget(int(fields.size()), 3, this);
    table->setObjectName(QStringLiteral("conflictTable"));
    table->setAccessibleName(Accessible::fromLabel(tr("Compare and choose:")));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Mine"), tr("Theirs (in Close)")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < fields.size(); ++row) {
        const Field &f = fields.at(row);
        table->setItem(row, 0, new QTableWidgetItem(f.name));
        // Escaped: a difference in an invisible direction control must be visible here.
        table->setItem(row, 1, new QTableWidgetItem(BidiText::escaped(f.mine.left(500))));
        table->setItem(row, 2, new QTableWidgetItem(BidiText::escaped(f.theirs.left(500))));
        if (f.mine != f.theirs) {
            QFont bold = table->font();
            bold.setBold(true);
            table->item(row, 0)->setFont(bold);
        }
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(1, 300);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMineButton"));
    keep->setEnabled(theirs.status() == EmailStatus::Draft);
    QPushButton *take = buttons->addButton(tr("&Take Theirs"), QDialogButtonBox::DestructiveRole);
    take->setObjectName(QStringLiteral("takeTheirsButton"));
    QPushButton *copy = buttons->addButton(tr("&Copy Mine"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyMineButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(keep, &QPushButton::clicked, this, [this] {
        emit keepMine();
        accept();
    });
    connect(take, &QPushButton::clicked, this, [this] {
        emit takeTheirs();
        accept();
    });
    const QString mineText = QStringLiteral("%1\n%2\n\n%3")
                                 .arg(mine.subject(), mine.to().join(QLatin1String(", ")), mine.bodyText());
    connect(copy, &QPushButton::clicked, this, [mineText] { QApplication::clipboard()->setText(mineText); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}
