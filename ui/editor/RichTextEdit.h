#pragma once

#include <QTextEdit>

#include <memory>

class QMenu;
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
    // Shows a document built elsewhere (DocumentPrebuild) instead of its own, as setHtml would: the
    // cursor at the start, nothing to undo. Who follows the document is told by documentReplaced().
    void adoptDocument(std::unique_ptr<SafeTextDocument> document);

    void mergeFormatOnWordOrSelection(const QTextCharFormat &format);
    // The local files a drop or a paste carries (none: it is not about files).
    static QStringList localFiles(const QMimeData *data);

    // The whole link around a position (the character after it, else the one before), if any.
    struct LinkSpan
    {
        int start = 0;
        int end = 0;
        QString href;
        bool isValid() const { return end > start; }
    };
    LinkSpan linkAt(int position) const;
    // What Ctrl+K would edit: the link under the cursor, else nothing.
    LinkSpan linkUnderCursor() const;
    // The standard menu at a point of the viewport, the cursor moved there, with the link actions
    // (Insert Link…, or Edit Link…, Copy Link Address and Remove Link on a link). The caller owns it.
    QMenu *createContextMenu(const QPoint &position);

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
    // The link the user asked for: over the link under the cursor, else over the selection, else
    // inserted at the cursor. Text typed next never joins it.
    void applyLink(const QString &text, const QString &url);
    // The link under the cursor (or in the selection) becomes plain text; the words stay.
    void removeLink();
    void clearFormatting();
    void pastePlainText();

signals:
    // Files dropped or pasted into the text, and pasted pictures: they become attachments, never
    // part of the body (an email body refers to no local file).
    void filesOffered(const QStringList &paths);
    void imageOffered(const QImage &image);
    // Edit Link… or Insert Link… in the context menu (the window owns the dialog).
    void linkEditRequested();
    // adoptDocument() replaced the document: connections to the old one are gone with it.
    void documentReplaced();

protected:
    void insertFromMimeData(const QMimeData *source) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;

private:
    void toggleList(int style);
    void indentBy(int delta);
    // At a link's edge, what is typed next is plain text: a link ends where its text ends, as in
    // every mail composer (Qt would otherwise carry the anchor on, even into the next paragraph).
    void leaveLinkAtEdge();

    SafeTextDocument *m_document;
};
