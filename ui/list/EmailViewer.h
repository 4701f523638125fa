#pragma once

#include <QDialog>

class EmailActivity;
class PreviewPane;

// One email in a window of its own, read-only. Drafts open in the editor once it exists; until then
// (and for every email that is not a draft) this is where Enter or a double-click lands.
class EmailViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailViewer)

public:
    explicit EmailViewer(const EmailActivity &email, QWidget *parent = nullptr);
    PreviewPane *pane() const { return m_pane; }

private:
    PreviewPane *m_pane = nullptr;
};
