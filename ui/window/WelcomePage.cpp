#include "ui/window/WelcomePage.h"

#include "ui/common/Icons.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *icon = new QLabel(this);
    m_icon = icon;
    icon->setMinimumHeight(96); // drawn when first shown: most starts never show this page
    icon->setAlignment(Qt::AlignCenter);
    // Plain text with a larger font: a rich-text label builds a whole text document (2–3 ms at start).
    auto *title = new QLabel(tr("Welcome to Draftdesk"), this);
    title->setTextFormat(Qt::PlainText);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Write, check and send the email drafts of your Close organisation.\n"
                               "Try everything first on a built-in sandbox with demo data, or connect with "
                               "your Close API key."),
                            this);
    text->setTextFormat(Qt::PlainText);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText); // may carry text from the server
    m_note->setObjectName(QStringLiteral("welcomeNote"));
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->hide();
    auto *demo = new QPushButton(tr("Try the &demo"), this);
    demo->setObjectName(QStringLiteral("tryDemoButton"));
    demo->setDefault(true);
    auto *connectButton = new QPushButton(tr("&Connect to Close…"), this);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(demo);
    buttons->addWidget(connectButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addWidget(m_note);
    layout->addStretch();
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::connectRequested);
}

void WelcomePage::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void WelcomePage::showEvent(QShowEvent *event)
{
    if (m_icon->pixmap().isNull())
        m_icon->setPixmap(Icons::fromSvg(QStringLiteral(":/icons/draftdesk.svg")).pixmap(96, 96));
    QWidget::showEvent(event);
}
