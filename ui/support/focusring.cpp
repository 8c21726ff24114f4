#include "support/focusring.h"

#include "support/theme.h"

#include <QApplication>
#include <QColor>
#include <QFocusFrame>
#include <QPalette>
#include <QWidget>

namespace akkoord::ui {

FocusRing::FocusRing(QObject *parent) : QObject(parent)
{
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { follow(now); });
    follow(QApplication::focusWidget());
}

QColor FocusRing::color(const QPalette &palette)
{
    QColor ring = palette.color(QPalette::Highlight);
    const QColor window = palette.color(QPalette::Window);
    const bool darkWindow = window.lightness() < 128;
    for (int i = 0; i < 8 && Theme::contrast(ring, window) < 3.0; ++i) {
        ring = darkWindow ? ring.lighter(125) : ring.darker(125);
    }
    return ring;
}

QFocusFrame *FocusRing::frame() const
{
    return m_frame && m_frame->widget() ? m_frame.data() : nullptr;
}

void FocusRing::follow(QWidget *now)
{
    // A window itself takes no ring, nor does a widget without a parent to draw it in.
    if (!now || now->isWindow() || !now->parentWidget()) {
        if (m_frame) {
            m_frame->setWidget(nullptr);
        }
        return;
    }
    if (!m_frame) {
        m_frame = new QFocusFrame(now);
    }
    m_frame->setWidget(now);
}

} // namespace akkoord::ui
