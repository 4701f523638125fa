#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Insert Link / Edit Link, as mail composers have it: the text the reader sees and the address it
// opens, both editable. An address typed without a scheme gets one ("example.com" → https://,
// "anna@example.com" → mailto:); OK waits for an address an email may carry (http, https, mailto).
class LinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkDialog)

public:
    // Editing is true when the cursor is on a link already: the dialog then offers Remove Link.
    LinkDialog(const QString &text, const QString &address, bool editing, QWidget *parent = nullptr);

    // What to show; the address when the text was left empty.
    QString text() const;
    QString address() const;
    // The user asked to remove the link (the text stays).
    bool removeRequested() const { return m_remove; }

    // "example.com" → "https://example.com", "a@b.org" → "mailto:a@b.org"; empty when it is no
    // address a link in an email may have.
    static QString normalizedAddress(const QString &typed);

private:
    void check();

    QLineEdit *m_text;
    QLineEdit *m_address;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_remove = false;
};
