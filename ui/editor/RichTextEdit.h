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
    // The local files a drop or a paste carries (none: it is not about files).
    static QStringList localFiles(const QMimeData *data);

public slots:
    // The formatting actions, by name (as Qt's textedit example has them): each applies to the
    // selection, else the word under the cursor, else what is typed next, as one undo step.
    void toggleBold();
    void toggleItalic();
    void toggleUnderline();
    void toggleStrikeOut();
    void setPointSize(int points);
    void setForegroundColor(const QColor &color);
    // A second press on the same kind of list ends it.
    void toggleBulletedList();
    void toggleNumberedList();
    void indentMore() { indentBy(1); }
    void indentLess() { indentBy(-1); }
    void alignLeft() { setAlignment(Qt::AlignLeft); }
    void alignCenter() { setAlignment(Qt::AlignHCenter); }
    void alignRight() { setAlignment(Qt::AlignRight); }
    // Makes the selection (or the word) a link; with no selection, inserts the address as one.
    // An empty address removes the link.
    void setLink(const QString &url);
    void clearFormatting();
    void pastePlainText();

signals:
    // Files dropped or pasted into the text, and pasted pictures: they become attachments, never
    // part of the body (an email body refers to no local file).
    void filesOffered(const QStringList &paths);
    void imageOffered(const QImage &image);

protected:
    void insertFromMimeData(const QMimeData *source) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;

private:
    void toggleList(int style);
    void indentBy(int delta);

    SafeTextDocument *m_document;
};
