#include "ui/editor/JournalWarning.h"

#include "core/drafts/DraftExport.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/DraftSession.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Tone.h"
#include "ui/editor/EditorState.h"

#include <QLabel>
#include <QPushButton>

JournalWarning::JournalWarning(DraftJournal *journal, QWidget *row, QLabel *text, QPushButton *exportButton,
                               EditorState *state)
    : QObject(state), m_row(row), m_text(text), m_state(state)
{
    m_text->setStyleSheet(Tone::textStyle(Tone::Kind::Error) + QStringLiteral(" font-weight: 600;"));
    m_row->hide();
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFileName(m_row->window(), tr("Export Draft"), QString(),
                                                       tr("HTML files (*.html)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    if (!journal)
        return;
    const auto isMine = [this](const QString &id) {
        return id == m_state->session()->original().id();
    };
    connect(
        journal, &DraftJournal::writeFailed, this, [this, isMine](const QString &id, const QString &message) {
            if (!isMine(id))
                return;
            m_text->setText(
                tr("Unsaved text is not on disk: %1 It stays in this window until you save it or export it.")
                    .arg(message));
            m_row->show();
        });
    connect(journal, &DraftJournal::writeRecovered, this, [this, isMine](const QString &id) {
        if (isMine(id))
            m_row->hide();
    });
}

bool JournalWarning::exportTo(const QString &path)
{
    m_state->syncBody();
    QString error;
    if (DraftExport::save(path, DraftExport::toHtml(m_state->session()->current()), &error))
        return true;
    MessageBox::warning(m_row->window(), tr("Export Draft"), tr("Could not write %1: %2").arg(path, error));
    return false;
}
