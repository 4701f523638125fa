#include "ui/dialogs/TemplatePicker.h"

#include "core/api/ApiError.h"
#include "core/base/ShownText.h"
#include "core/drafts/EmailTemplates.h"
#include "ui/common/Accessible.h"
#include "ui/common/SafeTextBrowser.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

TemplatePicker::TemplatePicker(EmailTemplates *templates, QWidget *parent)
    : QDialog(parent), m_templates(templates)
{
    setObjectName(QStringLiteral("templatePicker"));
    setWindowTitle(tr("Apply Template"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("templateFilter"));
    m_filter->setPlaceholderText(tr("Part of the template's name"));
    Accessible::enableClearButton(m_filter);
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    auto *listLabel = new QLabel(tr("&Templates:"), this);
    listLabel->setBuddy(m_list);
    m_list->setAccessibleName(Accessible::fromLabel(listLabel->text())); // lists take no buddy name
    m_subject = new QLabel(this);
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_subject->setTextFormat(Qt::PlainText); // the organisation's text
    m_subject->setWordWrap(true);
    m_preview = new SafeTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Template preview"));
    m_state = new QLabel(tr("Loading the templates…"), this);
    m_state->setObjectName(QStringLiteral("templateState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("applyTemplateButton"));

    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_subject);
    previewLayout->addWidget(m_preview, 1);
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(listLabel);
    listLayout->addWidget(m_list, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(listPane);
    split->addWidget(previewPane);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filterLabel);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_buttons);
    resize(720, 460);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &TemplatePicker::fill);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatePicker::preview);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_templates, &EmailTemplates::loaded, this, &TemplatePicker::fill);
    connect(m_templates, &EmailTemplates::loadFailed, this, [this](const ApiError &error) {
        m_state->setText(tr("The templates could not be loaded: %1").arg(error.fullText()));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_templates->isLoading())
        m_templates->load(); // fresh each time: templates change in the web app
    fill();
}

bool TemplatePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Down or Return in the filter goes to the list, never straight to "Apply".
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_list->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TemplatePicker::fill()
{
    const QString wanted = m_filter->text().simplified();
    const QString keep = templateId();
    m_list->clear();
    for (const EmailTemplates::Template &t : m_templates->all()) {
        if (!wanted.isEmpty() && !t.name.contains(wanted, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(ShownText::line(t.name), m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (!m_templates->isLoading())
        m_state->setText(m_templates->all().isEmpty() ? tr("Your organisation has no email templates yet.")
                             : m_list->count() == 0   ? tr("No template's name contains this.")
                                                      : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem() != nullptr);
    preview();
}

void TemplatePicker::preview()
{
    const QString id = templateId();
    for (const EmailTemplates::Template &t : m_templates->all()) {
        if (t.id != id)
            continue;
        m_subject->setText(tr("Subject: %1").arg(ShownText::wrapped(t.subject)));
        m_preview->showBody(t.body);
        return;
    }
    m_subject->clear();
    m_preview->showText(QString());
}

QString TemplatePicker::templateId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString TemplatePicker::templateName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}
