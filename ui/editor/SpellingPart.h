#pragma once

#include <QObject>

#include <functional>
#include <memory>

class EditorState;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPoint;
class RichTextEdit;
class SpellChecker;
class SpellHighlighter;

// Spelling in one editor: the draft's language (none: off; kept per draft), marks in the body and the
// subject, and suggestions, "add to dictionary" and "ignore" at the top of their context menus, which
// Shift+F10 and the Menu key open at the text cursor. The dictionary is read on a worker thread after
// the body's first paint, so it never holds up opening the window.
class SpellingPart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellingPart)

public:
    SpellingPart(RichTextEdit *body, QLineEdit *subject, EditorState *state, QWidget *window);
    ~SpellingPart() override;

    // The language box, for the toolbar.
    QComboBox *languageBox() const { return m_language; }
    // "Spelling language:", the box's buddy (Alt+L).
    QLabel *languageLabel() const { return m_languageLabel; }
    // The context menus as they would open at this point (tests and the keyboard use the same path).
    QMenu *bodyContextMenu(const QPoint &position);
    QMenu *subjectContextMenu(const QPoint &position);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setLanguage(const QString &dictionary);
    void update();
    // Attaches or detaches the marks as the locks and the body allow; `rehighlight` checks every word again.
    void apply(bool rehighlight);
    void markSubject();
    QString misspeltWordAt(const QString &text, int position, int *start) const;
    void addSpellingActions(QMenu *menu, const QString &word,
                            const std::function<void(const QString &)> &replace);
    void popUp(QMenu *menu, const QPoint &global);

    RichTextEdit *m_body;
    // Kept: the filter must not ask the body for it, since it also sees the events of the body's
    // destruction, when the body is no longer a scroll area.
    QWidget *m_bodyViewport = nullptr;
    QLineEdit *m_subject;
    EditorState *m_state;
    QComboBox *m_language;
    QLabel *m_languageLabel = nullptr;
    std::unique_ptr<SpellChecker> m_spell; // made when a language is chosen
    SpellHighlighter *m_highlighter = nullptr;
    QString m_wanted; // the dictionary being read on a worker thread
};
