#include "ui/editor/FormattingToolbar.h"

#include "ui/common/Accessible.h"
#include "ui/common/Icons.h"
#include "ui/dialogs/LinkDialog.h"
#include "ui/editor/EditorState.h"
#include "ui/editor/RichTextEdit.h"

#include <QAction>
#include <QColorDialog>
#include <QComboBox>
#include <QLineEdit>
#include <QTextCursor>
#include <QToolBar>

FormattingToolbar::FormattingToolbar(RichTextEdit *body, EditorState *state, QWidget *window)
    : QObject(window),
      m_body(body),
      m_state(state),
      m_window(window),
      m_toolbar(new QToolBar(tr("Formatting"), window))
{
    m_toolbar->setObjectName(QStringLiteral("formatToolbar"));
    Accessible::nameOverflowButton(m_toolbar);
    add(tr("Undo"), QKeySequence::Undo, "undoAction", &QTextEdit::undo, "edit-undo");
    add(tr("Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), "redoAction", &QTextEdit::redo,
        "edit-redo");
    m_toolbar->addSeparator();
    addCharacterFormats();
    addSizeBox();
    QAction *colour = makeAction(window, tr("Colour…"), QKeySequence(), "colorAction", "format-text-color");
    connect(colour, &QAction::triggered, this, &FormattingToolbar::chooseColor);
    m_toolbar->addAction(colour);
    m_toolbar->addSeparator();
    add(tr("Bulleted List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), "bulletAction",
        &RichTextEdit::toggleBulletedList, "format-list-unordered");
    add(tr("Numbered List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), "numberAction",
        &RichTextEdit::toggleNumberedList, "format-list-ordered");
    add(tr("Indent More"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight), "indentAction",
        &RichTextEdit::indentMore, "format-indent-more");
    add(tr("Indent Less"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), "outdentAction",
        &RichTextEdit::indentLess, "format-indent-less");
    m_toolbar->addSeparator();
    add(tr("Align Left"), QKeySequence(Qt::CTRL | Qt::Key_L), "alignLeftAction", &RichTextEdit::alignLeft,
        "format-justify-left");
    add(tr("Center"), QKeySequence(Qt::CTRL | Qt::Key_E), "alignCenterAction", &RichTextEdit::alignCenter,
        "format-justify-center");
    add(tr("Align Right"), QKeySequence(Qt::CTRL | Qt::Key_R), "alignRightAction", &RichTextEdit::alignRight,
        "format-justify-right");
    m_toolbar->addSeparator();
    QAction *link
        = makeAction(window, tr("Link…"), QKeySequence(Qt::CTRL | Qt::Key_K), "linkAction", "insert-link");
    connect(link, &QAction::triggered, this, &FormattingToolbar::chooseLink);
    connect(body, &RichTextEdit::linkEditRequested, this, &FormattingToolbar::chooseLink);
    m_toolbar->addAction(link);
    add(tr("Clear Formatting"), QKeySequence(Qt::CTRL | Qt::Key_Space), "clearFormatAction",
        &RichTextEdit::clearFormatting, "format-text-clear");
    add(tr("Paste as Plain Text"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), "pastePlainAction",
        &RichTextEdit::pastePlainText, "edit-paste");
    connect(state, &EditorState::locksChanged, this,
            [this] { m_toolbar->setEnabled(m_state->canEditBody()); });
}

QAction *FormattingToolbar::makeAction(QWidget *window, const QString &text, const QKeySequence &shortcut,
                                       const char *objectName, const char *icon)
{
    auto *action = new QAction(text, window);
    if (icon)
        action->setIcon(Icons::named(QLatin1String(icon)));
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    const QString plain = QString(text).remove(u'&'); // "&Save" in a menu, "Save (Ctrl+S)" in a tooltip
    action->setToolTip(shortcut.isEmpty() ? plain
                                          : QStringLiteral("%1 (%2)").arg(
                                              plain, shortcut.toString(QKeySequence::NativeText)));
    return action;
}

template<typename Slot>
QAction *FormattingToolbar::add(const QString &text, const QKeySequence &shortcut, const char *name,
                                Slot slot, const char *icon)
{
    QAction *action = makeAction(m_window, text, shortcut, name, icon);
    connect(action, &QAction::triggered, m_body, slot);
    m_toolbar->addAction(action);
    return action;
}

void FormattingToolbar::addCharacterFormats()
{
    QAction *bold
        = add(tr("Bold"), QKeySequence::Bold, "boldAction", &RichTextEdit::toggleBold, "format-text-bold");
    QAction *italic = add(tr("Italic"), QKeySequence::Italic, "italicAction", &RichTextEdit::toggleItalic,
                          "format-text-italic");
    QAction *underline = add(tr("Underline"), QKeySequence::Underline, "underlineAction",
                             &RichTextEdit::toggleUnderline, "format-text-underline");
    QAction *strike = add(tr("Strike Through"), QKeySequence(), "strikeAction",
                          &RichTextEdit::toggleStrikeOut, "format-text-strikethrough");
    for (QAction *a : {bold, italic, underline, strike})
        a->setCheckable(true);
    // Keep the toggles in step with the text under the cursor.
    connect(m_body, &QTextEdit::currentCharFormatChanged, this,
            [bold, italic, underline, strike](const QTextCharFormat &f) {
                bold->setChecked(f.fontWeight() >= QFont::Bold);
                italic->setChecked(f.fontItalic());
                underline->setChecked(f.fontUnderline());
                strike->setChecked(f.fontStrikeOut());
            });
}

void FormattingToolbar::addSizeBox()
{
    auto *size = new QComboBox(m_window);
    size->setObjectName(QStringLiteral("fontSizeCombo"));
    size->setAccessibleName(tr("Text size"));
    QList<int> sizes {8, 10, 12, 14, 18, 24};
    const int defaultSize = qRound(m_body->document()->defaultFont().pointSizeF());
    if (!sizes.contains(defaultSize))
        sizes.append(defaultSize);
    std::sort(sizes.begin(), sizes.end());
    for (int points : sizes)
        size->addItem(QString::number(points), points);
    size->setCurrentIndex(size->findData(defaultSize));
    m_toolbar->addWidget(size);
    connect(size, &QComboBox::activated, this,
            [this, size](int index) { m_body->setPointSize(size->itemData(index).toInt()); });
}

void FormattingToolbar::chooseColor()
{
    m_body->setForegroundColor(QColorDialog::getColor(m_body->textColor(), m_window, tr("Text Colour")));
}

void FormattingToolbar::chooseLink()
{
    if (!m_state->canEditBody())
        return;
    const RichTextEdit::LinkSpan link = m_body->linkUnderCursor();
    QTextCursor cursor = m_body->textCursor();
    if (link.isValid()) {
        cursor.setPosition(link.start);
        cursor.setPosition(link.end, QTextCursor::KeepAnchor);
    }
    // A selection across paragraphs makes no link text; the dialog starts empty then.
    QString text = cursor.selectedText();
    if (text.contains(QChar::ParagraphSeparator) || text.contains(QChar::LineSeparator))
        text.clear();
    LinkDialog dialog(text, link.href, link.isValid(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.removeRequested())
        m_body->removeLink();
    else
        m_body->applyLink(dialog.text(), dialog.address());
    m_body->setFocus();
}
