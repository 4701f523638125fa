#pragma once

#include <QTextEdit>

class SafeTextDocument;

// The body editor: a QTextEdit on a document that fetches nothing, that cleans what is pasted (no
// scripts, no remote images; Ctrl+Shift+V pastes plain text) and applies formatting the way mail
// composers do: to the selection, else to the word under the cursor.
class RichTextEdit final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RichTextEdit)

public:
    explicit RichTextEdit(QWidget *parent = nullptr);
    SafeTextDocument *safeDocument() const { return m_document; }

    void mergeFormatOnWordOrSelection(const QTextCharFormat &format);
    void pastePlainText();

protected:
    void insertFromMimeData(const QMimeData *source) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;

private:
    SafeTextDocument *m_document;
};
