#include "support/screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace akkoord::ui {

QSize fittingSize(const QWidget *window, const QSize &preferred)
{
    const QScreen *screen =
        window && window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        return preferred;
    }
    const QSize free = screen->availableGeometry().size();
    // Room for the window's frame and title bar, which the size does not include.
    const QSize room(free.width() - 16, free.height() - 48);
    return preferred.boundedTo(room).expandedTo(QSize(320, 240));
}

} // namespace akkoord::ui
