#pragma once

#include <QDialog>

class EmailTemplates;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class SafeTextBrowser;

// Choosing an email template: the organisation's templates, filtered as you type, with the one
// under the cursor previewed (subject and body, placeholders as Close will fill them in).
class TemplatePicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePicker)

public:
    explicit TemplatePicker(EmailTemplates *templates, QWidget *parent = nullptr);

    QString templateId() const;
    QString templateName() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    void preview();

    EmailTemplates *m_templates;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_subject;
    SafeTextBrowser *m_preview;
    QLabel *m_state;
    QDialogButtonBox *m_buttons;
};
