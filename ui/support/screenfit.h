#pragma once

#include <QSize>

class QWidget;

namespace akkoord::ui {

// The size a window opens at: the size it prefers, but never larger than the screen it is on
// leaves free (a municipal laptop is often 1366×768 with a taskbar), with a small margin.
QSize fittingSize(const QWidget *window, const QSize &preferred);

} // namespace akkoord::ui
