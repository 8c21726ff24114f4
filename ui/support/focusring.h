#pragma once

#include <QObject>
#include <QPointer>

class QColor;
class QFocusFrame;
class QPalette;
class QWidget;

namespace akkoord::ui {

// A clear ring around whatever has the keyboard focus, in the palette's highlight colour, two
// pixels wide and outside the control: the style's own focus marks were too faint to find where
// typing goes (issue 15). Follows the focus through every window of the program.
class FocusRing : public QObject
{
    Q_OBJECT

public:
    explicit FocusRing(QObject *parent = nullptr);
    // The frame drawn now, or null when nothing that takes a ring has the focus.
    QFocusFrame *frame() const;

    static constexpr int Width = 2;
    // The ring's colour: the highlight colour, made lighter or darker where it would not stand
    // out from the window by 3:1 (WCAG's contrast for what is not text).
    static QColor color(const QPalette &palette);

private:
    void follow(QWidget *now);

    QPointer<QFocusFrame> m_frame;
};

} // namespace akkoord::ui
