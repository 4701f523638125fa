#include "ui/editor/SpellingPart.h"

#include "core/drafts/DraftSession.h"
#include "core/drafts/SpellChecker.h"
#include "core/settings/AppSettings.h"
#include "ui/common/Accessible.h"
#include "ui/editor/EditorState.h"
#include "ui/editor/RichTextEdit.h"
#include "ui/editor/SpellHighlighter.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

SpellingPart::SpellingPart(RichTextEdit *body, QLineEdit *subject, EditorState *state, QWidget *window)
    : QObject(window), m_body(body), m_subject(subject), m_state(state), m_language(new QComboBox(window))
{
    m_language->setObjectName(QStringLiteral("spellLanguageCombo"));
    m_languageLabel = new QLabel(tr("Spelling &language:"), window);
    m_languageLabel->setObjectName(QStringLiteral("spellLanguageLabel"));
    m_languageLabel->setBuddy(m_language);
    m_language->setAccessibleName(Accessible::fromLabel(m_languageLabel->text()));
    m_language->setToolTip(tr("Spelling language of this draft"));
    m_language->addItem(tr("No spell check"), QString());
    for (const QString &dictionary : SpellChecker::availableLanguages())
        m_language->addItem(SpellChecker::displayName(dictionary), dictionary);
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString dictionary = m_language->currentData().toString();
        AppSettings().setSpellLanguageFor(m_state->session()->original().id(), dictionary);
        setLanguage(dictionary);
    });
    // The dictionary is read after the body's first paint: reading it competes for the machine with
    // preparing and laying out a long body, and nobody needs the marks before the text is there.
    m_bodyViewport = m_body->viewport();
    m_bodyViewport->installEventFilter(this);
    m_body->installEventFilter(this); // Shift+F10 and the Menu key
    m_subject->installEventFilter(this);
    m_body->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_body, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        popUp(bodyContextMenu(position), m_body->viewport()->mapToGlobal(position));
    });
    m_subject->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_subject, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        popUp(subjectContextMenu(position), m_subject->mapToGlobal(position));
    });
    connect(m_subject, &QLineEdit::textChanged, this, &SpellingPart::markSubject);
    // A lock turns the marks on or off; it does not change a word, so nothing is marked again.
    connect(state, &EditorState::locksChanged, this, [this] { apply(false); });
    connect(state, &EditorState::bodyShown, this, &SpellingPart::update);
}

SpellingPart::~SpellingPart() = default;

void SpellingPart::popUp(QMenu *menu, const QPoint &global)
{
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(global);
}

void SpellingPart::setLanguage(const QString &dictionary)
{
    if (!m_spell)
        m_spell = std::make_unique<SpellChecker>();
    m_language->setCurrentIndex(qMax(0, m_language->findData(dictionary)));
    if (dictionary.isEmpty() || dictionary == m_spell->language()) {
        m_wanted.clear(); // a dictionary still loading is not wanted any more
        if (dictionary.isEmpty())
            m_spell->adopt(QString(), nullptr);
        update();
        return;
    }
    // Reading a dictionary takes 50–60 ms: on a worker thread, so the window opens and takes keys at
    // once; the marks appear when it is ready. A later choice wins over an earlier one still loading.
    m_wanted = dictionary;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Hunspell>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, dictionary] {
        watcher->deleteLater();
        if (dictionary != m_wanted)
            return;
        const std::shared_ptr<Hunspell> loaded = watcher->result();
        m_spell->adopt(loaded ? dictionary : QString(), loaded);
        m_language->setCurrentIndex(qMax(0, m_language->findData(m_spell->language())));
        update();
    });
    watcher->setFuture(QtConcurrent::run(&SpellChecker::load, dictionary));
}

void SpellingPart::update()
{
    apply(true);
}

void SpellingPart::apply(bool rehighlight)
{
    // Spelling marks are worked out block by block for the whole text: on a very long body that
    // would hold every key press, so such a body is not checked.
    constexpr int longestChecked = 200000;
    const bool on = m_spell && m_spell->isActive() && !m_state->isBodyLocked() && !m_state->isBodyPending()
        && m_body->document()->characterCount() < longestChecked;
    if (!on) {
        if (m_highlighter)
            m_highlighter->setDocument(nullptr);
    } else if (!m_highlighter) {
        m_highlighter = new SpellHighlighter(m_spell.get(), m_body->document());
    } else if (m_highlighter->document() != m_body->document()) {
        m_highlighter->setDocument(m_body->document());
    } else if (rehighlight) {
        m_highlighter->rehighlight();
    }
    markSubject();
}

void SpellingPart::markSubject()
{
    // A line edit has no highlighter; an input method event carries formats for ranges of its text.
    QList<QInputMethodEvent::Attribute> marks;
    if (m_spell && m_spell->isActive()) {
        const QString text = m_subject->text();
        QTextCharFormat misspelt;
        misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        misspelt.setUnderlineColor(QColor(0xd0, 0x34, 0x2c));
        for (const SpellHighlighter::Word &word : SpellHighlighter::wordsIn(text))
            if (!m_spell->isCorrect(text.mid(word.start, word.length)))
                marks.append({QInputMethodEvent::TextFormat, word.start - m_subject->cursorPosition(),
                              word.length, misspelt});
    }
    QInputMethodEvent event(QString(), marks);
    QCoreApplication::sendEvent(m_subject, &event);
}

QString SpellingPart::misspeltWordAt(const QString &text, int position, int *start) const
{
    if (!m_spell || !m_spell->isActive())
        return {};
    for (const SpellHighlighter::Word &word : SpellHighlighter::wordsIn(text)) {
        if (position < word.start || position > word.start + word.length)
            continue;
        const QString found = text.mid(word.start, word.length);
        if (m_spell->isCorrect(found))
            return {};
        *start = word.start;
        return found;
    }
    return {};
}

void SpellingPart::addSpellingActions(QMenu *menu, const QString &word,
                                      const std::function<void(const QString &)> &replace)
{
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = m_spell->suggestions(word);
    for (const QString &suggestion : suggestions) {
        QAction *action = new QAction(suggestion, menu);
        action->setObjectName(QStringLiteral("spellSuggestion"));
        connect(action, &QAction::triggered, this, [replace, suggestion] { replace(suggestion); });
        menu->insertAction(first, action);
    }
    if (suggestions.isEmpty()) {
        QAction *none = new QAction(tr("(no suggestions)"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    QAction *add = new QAction(tr("&Add “%1” to Dictionary").arg(word), menu);
    add->setObjectName(QStringLiteral("spellAddToDictionary"));
    connect(add, &QAction::triggered, this, [this, word] {
        m_spell->addToPersonal(word);
        update();
    });
    QAction *ignore = new QAction(tr("&Ignore “%1”").arg(word), menu);
    ignore->setObjectName(QStringLiteral("spellIgnore"));
    connect(ignore, &QAction::triggered, this, [this, word] {
        m_spell->ignore(word);
        update();
    });
    menu->insertAction(first, add);
    menu->insertAction(first, ignore);
    menu->insertSeparator(first);
}

QMenu *SpellingPart::bodyContextMenu(const QPoint &position)
{
    QMenu *menu = m_body->createContextMenu(position);
    QTextCursor cursor = m_body->cursorForPosition(position);
    const QTextBlock block = cursor.block();
    int start = 0;
    const QString word = misspeltWordAt(block.text(), cursor.positionInBlock(), &start);
    if (!word.isEmpty() && !m_body->isReadOnly()) {
        addSpellingActions(menu, word, [block, start, word](const QString &replacement) {
            QTextCursor edit(block);
            edit.setPosition(block.position() + start);
            edit.setPosition(block.position() + start + int(word.size()), QTextCursor::KeepAnchor);
            edit.insertText(replacement);
        });
    }
    return menu;
}

QMenu *SpellingPart::subjectContextMenu(const QPoint &position)
{
    QMenu *menu = m_subject->createStandardContextMenu();
    int start = 0;
    const QString word = misspeltWordAt(m_subject->text(), m_subject->cursorPositionAt(position), &start);
    if (!word.isEmpty() && !m_subject->isReadOnly()) {
        addSpellingActions(menu, word, [this, start, word](const QString &replacement) {
            m_subject->setSelection(start, int(word.size()));
            m_subject->insert(replacement);
        });
    }
    return menu;
}

bool SpellingPart::eventFilter(QObject *watched, QEvent *event)
{
    // Shift+F10 and the Menu key open the context menu (spelling suggestions) at the text cursor:
    // Qt's X11 plugin turns only the Menu key into a context menu event, and other platforms neither.
    if ((watched == m_body || watched == m_subject) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier)
            || (key->key() == Qt::Key_Menu && key->modifiers() == Qt::NoModifier)) {
            auto *field = static_cast<QWidget *>(watched);
            const QPoint at = field->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
            if (watched == m_body)
                popUp(bodyContextMenu(at), m_body->viewport()->mapToGlobal(at));
            else
                popUp(subjectContextMenu(at), m_subject->mapToGlobal(at));
            return true;
        }
    }
    // The body's own first paint: not the placeholder's while a large body is being prepared (the
    // sanitizer and the parser then have the machine's cores).
    if (watched == m_bodyViewport && event->type() == QEvent::Paint && !m_state->isBodyPending()) {
        m_bodyViewport->removeEventFilter(this);
        // After this paint, not before it.
        QTimer::singleShot(0, this, [this] {
            if (!m_spell)
                setLanguage(AppSettings().spellLanguageFor(m_state->session()->original().id(),
                                                           SpellChecker::defaultDictionary()));
        });
    }
    return QObject::eventFilter(watched, event);
}
