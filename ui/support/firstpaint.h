#pragma once

#include <QWidget>

namespace akkoord {

// With AKKOORD_QUIT_AFTER_FIRST_PAINT set, prints "first-paint-at-ns N" (the wall clock, in
// nanoseconds since 1970) and "first-paint-ms N" (since the process started, to 10 ms) when the
// widget first paints; then watches the event loop for a second and prints "loop-free-at-ns N"
// (from when no event waited more than 50 ms) and "longest-stall-ms N", and quits: the start-up
// benchmark's measuring points.
void quitAfterFirstPaint(QWidget *window);

} // namespace akkoord
