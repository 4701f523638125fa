#include "ui/editor/SourceTabs.h"

#include "core/base/BidiText.h"
#include "core/drafts/DraftSession.h"
#include "ui/editor/EditorState.h"
#include "ui_DraftForm.h"

#include <QApplication>
#include <QShortcutEvent>
#include <QTabBar>

SourceTabs::SourceTabs(const Ui::DraftForm &form, EditorState *state)
    : QObject(state),
      m_tabs(form.tabs),
      m_messagePage(form.bodyEdit),
      m_rawPage(form.rawJsonPage),
      m_writePlain(form.writePlainCheck),
      m_plain(form.plainTextEdit),
      m_source(form.htmlSource),
      m_raw(form.rawJson),
      m_rawPut(form.rawPutEdit),
      m_rawPutRow(form.rawPutRow),
      m_schemaNotes(form.schemaNotes),
      m_state(state)
{
    m_rawPutRow->hide();
    m_schemaNotes->hide();
    connect(form.sendRawPutButton, &QPushButton::clicked, this, [this] {
        const std::optional<QString> problem = m_state->session()->sendRawPut(m_rawPut->toPlainText());
        m_state->showProblem(problem.value_or(QString()));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_state->syncBody();
        refresh();
        followIntoPage();
    });
    connect(m_writePlain, &QCheckBox::toggled, this, [this](bool own) {
        m_state->setOwnsPlainText(own);
        m_plain->setReadOnly(!own || m_state->isReadOnly());
        if (!own)
            m_state->syncBody(); // follows the message again
    });
    connect(m_plain, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_state->isLoading() && m_state->ownsPlainText())
            m_state->session()->setBody(m_state->session()->current().bodyHtml(), m_plain->toPlainText());
    });
    m_tabBar = m_tabs->tabBar();
    m_tabBar->installEventFilter(this); // Alt+M on the tab already shown
    connect(state, &EditorState::bodySynced, this, &SourceTabs::refresh);
    connect(state, &EditorState::locksChanged, this, &SourceTabs::applyLocks);
}

void SourceTabs::applyLocks()
{
    const bool readOnly = m_state->isReadOnly();
    m_writePlain->setEnabled(!readOnly && !m_state->isBodyUnusable());
    m_plain->setReadOnly(!m_writePlain->isChecked() || readOnly);
    m_rawPutRow->setVisible(m_qaMode && !readOnly);
}

void SourceTabs::setQaMode(bool on)
{
    m_qaMode = on;
    m_state->session()->setEnforceRules(!on);
    m_rawPutRow->setVisible(on && !m_state->isReadOnly());
    const QStringList notes = m_state->session()->schemaNotes();
    m_schemaNotes->setText(notes.isEmpty()
                               ? tr("Schema notes: Close's copy matches the schema Draftdesk knows.")
                               : tr("Schema notes (how Close's copy differs from the schema Draftdesk "
                                    "knows):")
                                   + QStringLiteral("\n• ") + notes.join(QStringLiteral("\n• ")));
    m_schemaNotes->setVisible(on);
}

void SourceTabs::refresh()
{
    if (m_tabs->currentWidget() == m_messagePage)
        return;
    const EditorState::Loading loading(m_state);
    const EmailActivity &current = m_state->session()->current();
    if (!m_writePlain->isChecked() && m_plain->toPlainText() != current.bodyText())
        m_plain->setPlainText(current.bodyText());
    // The source and JSON views are for looking closely: invisible direction controls are written out.
    const QString source = BidiText::escaped(current.bodyHtml());
    if (m_source->toPlainText() != source)
        m_source->setPlainText(source);
    if (m_tabs->currentWidget() == m_rawPage)
        m_raw->setPlainText(BidiText::escaped(
            QString(tr("Next save sends:") + QLatin1Char('\n') + m_state->session()->nextPutText()
                    + QLatin1String("\n\n") + tr("Close's copy, as it answered:") + QLatin1Char('\n')
                    + m_state->session()->serverJsonText())));
}

void SourceTabs::followIntoPage()
{
    // Alt+M or a click on a tab means "write there": the focus goes into the page, not left in the
    // subject, where the next words would land. Arrow keys on the tab bar itself keep it there.
    QWidget *focus = QApplication::focusWidget();
    if (focus && (focus == m_tabs->tabBar() || m_tabs->currentWidget()->isAncestorOf(focus)))
        return;
    QWidget *page = m_tabs->currentWidget();
    QWidget *target = page; // the message page is the body itself
    for (QWidget *text :
         {static_cast<QWidget *>(m_plain), static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_raw)}) {
        if (page->isAncestorOf(text))
            target = text;
    }
    target->setFocus(Qt::TabFocusReason);
}

bool SourceTabs::eventFilter(QObject *watched, QEvent *event)
{
    // A tab's mnemonic while that tab is already current changes nothing, so currentChanged never
    // comes: the focus would stay where the rep was. Every mnemonic leads into its page.
    if (watched == m_tabBar && event->type() == QEvent::Shortcut) {
        const auto *shortcut = static_cast<QShortcutEvent *>(event);
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->isTabEnabled(i) && QKeySequence::mnemonic(m_tabs->tabText(i)) == shortcut->key()) {
                m_tabs->setCurrentIndex(i);
                followIntoPage();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}
