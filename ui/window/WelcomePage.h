#pragma once

#include <QWidget>

class QLabel;

// What a first start without credentials shows: try the demo, or connect to Close.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setNote(const QString &note);

signals:
    void demoRequested();
    void connectRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_note = nullptr;
};
