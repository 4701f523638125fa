#pragma once

#include "core/qa/InspectorServices.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Edit one logged request and send it again, as QA does with Postman, but through Draftdesk's own
// client (its redaction, pacing and refusal to repeat an ambiguous send): method, path below the API
// base, query and JSON body. JSON syntax is checked as you type (Send waits for valid JSON) and the
// email rules show as warnings without blocking, as in QA mode. A request that could send an email
// asks first.
class RequestEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestEditorDialog)

public:
    RequestEditorDialog(InspectorServices *services, const InspectorServices::EditableRequest &request,
                        QWidget *parent = nullptr);
    InspectorServices::EditableRequest edited() const;

signals:
    // The request went out; its exchange is the next one the log records.
    void sent(const InspectorServices::EditableRequest &request);

private:
    void check();
    void sendRequest();

    InspectorServices *m_services;
    QComboBox *m_method = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_query = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_syntax = nullptr;
    QLabel *m_warnings = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
