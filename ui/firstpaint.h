#pragma once

#include <QWidget>

namespace akkoord {

// With AKKOORD_QUIT_AFTER_FIRST_PAINT set, prints "first-paint-ms N" (time since the process
// started) when the widget first paints, and quits: the start-up benchmark's measuring point.
void quitAfterFirstPaint(QWidget *window);

} // namespace akkoord
