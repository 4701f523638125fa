#pragma once

#include <QObject>

class CloseClient;
class EditorState;
class EmailTemplates;
class QAction;
class QComboBox;
class QLineEdit;
class RichTextEdit;

// Templates and signatures in one editor. Apply Template… picks one of Close's templates, asks before
// it replaces typed text, and has Close render it for this draft's lead (one undo step each in body
// and subject). Choosing another sender swaps the old sender's signature for the new one's, while
// the old one is still as it was put there.
class TemplatesPart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesPart)

public:
    TemplatesPart(CloseClient *client, RichTextEdit *body, QLineEdit *subject, QComboBox *sender,
                  EditorState *state, QWidget *window);

    QAction *templateAction() const { return m_action; }

private:
    void chooseTemplate();
    void applyTemplate(const QString &templateId, const QString &subject, const QString &bodyHtml);
    void swapSignature(const QString &fromSender, const QString &toSender);

    CloseClient *m_client;
    RichTextEdit *m_body;
    QLineEdit *m_subject;
    EditorState *m_state;
    QWidget *m_window;
    QAction *m_action;
    EmailTemplates *m_templates = nullptr; // made when first needed
    QString m_lastSender;
};
