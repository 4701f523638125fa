#pragma once

#include <QObject>

// An Alt+letter that no shortcut took types nothing. Qt's text fields would insert the letter
// (Alt+A types "a"), and since Alt+J or Alt+T select their whole field first, a mistyped mnemonic
// replaced the subject or every recipient. Mail clients stay silent instead; so does Draftdesk.
class AltKeyGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AltKeyGuard)

public:
    // Once per application; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit AltKeyGuard(QObject *parent) : QObject(parent) { }
};
