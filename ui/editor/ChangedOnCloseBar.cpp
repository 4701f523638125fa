#include "ui/editor/ChangedOnCloseBar.h"

#include "core/drafts/DraftSession.h"
#include "ui/common/Tone.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

ChangedOnCloseBar::ChangedOnCloseBar(DraftSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("changedOnCloseBar"));
    m_text->setObjectName(QStringLiteral("changedOnCloseText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setStyleSheet(Tone::textStyle(Tone::Kind::Warning));
    auto *compare = new QPushButton(tr("Compare…"), this);
    compare->setObjectName(QStringLiteral("compareTheirsButton"));
    auto *keepMine = new QPushButton(tr("Keep Mine"), this);
    keepMine->setObjectName(QStringLiteral("keepMineButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(compare);
    layout->addWidget(keepMine);
    hide();

    connect(session, &DraftSession::changedOnClose, this, &ChangedOnCloseBar::showChange);
    connect(compare, &QPushButton::clicked, this, [this] { emit compareRequested(m_theirs); });
    connect(keepMine, &QPushButton::clicked, this, [this] {
        hide();
        m_session->keepMine(); // mine over theirs, saved now
    });
    // Settled another way: saved (after the conflict dialog), theirs taken, or Close's copy followed.
    for (const auto signal :
         {&DraftSession::saved, &DraftSession::followedServer, &DraftSession::serverCopyChanged})
        connect(session, signal, this, &QWidget::hide);
    connect(session, &DraftSession::deletedInClose, this, &QWidget::hide);
}

QString ChangedOnCloseBar::describe(const QStringList &fields)
{
    QStringList parts;
    const auto add = [&](const QString &part) {
        if (!parts.contains(part))
            parts.append(part);
    };
    for (const QString &field : fields) {
        if (field == QLatin1String("subject"))
            add(tr("subject"));
        else if (field == QLatin1String("body_html") || field == QLatin1String("body_text"))
            add(tr("body"));
        else if (field == QLatin1String("to") || field == QLatin1String("cc")
                 || field == QLatin1String("bcc"))
            add(tr("recipients"));
        else if (field == QLatin1String("sender"))
            add(tr("sender"));
        else if (field == QLatin1String("attachments"))
            add(tr("attachments"));
    }
    if (parts.isEmpty())
        return tr("other fields");
    return QLocale().createSeparatedList(parts);
}

void ChangedOnCloseBar::showChange(const EmailActivity &theirs, const QStringList &fields)
{
    m_theirs = theirs;
    const QString who = theirs.updatedByName();
    const QString when = QLocale().toString(theirs.dateUpdated().toLocalTime().time(), QLocale::ShortFormat);
    const QString what = describe(fields);
    m_text->setText(who.isEmpty() ? tr("Changed on Close at %1: %2.").arg(when, what)
                                  : tr("Changed on Close by %1 at %2: %3.").arg(who, when, what));
    show();
}
