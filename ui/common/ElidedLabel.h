#pragma once

#include <QLabel>

// A one-line label for the status bar's sentences: when its text does not fit, it is drawn cut with an
// ellipsis and the whole text is its tooltip. Its name for assistive technology stays the whole text
// (QLabel's text()). A plain QLabel cut a long sentence off mid-letter, flush against the label
// beside it, with no sign that there was more and no way to read the rest.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    // The text does not fit: it is drawn cut.
    bool isElided() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};
