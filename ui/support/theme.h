#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace akkoord::ui {

// The colours Akkoord is drawn in: the system's (the default: whatever the desktop sets, dark or
// light), or one of its own light, dark and high-contrast palettes, chosen in the settings and
// applied at once. Every widget, the matrix and the advice take their colours from the
// application palette, so a palette is all a theme is.
class Theme
{
public:
    // "system", "light", "dark", "high-contrast".
    static QStringList choices();
    // The palette for a choice; system is the one the program started with.
    static QPalette palette(const QString &choice, const QPalette &system);
    // Sets the application palette; the first call remembers the system's.
    static void apply(const QString &choice);
    // WCAG's contrast ratio of two colours, from 1 (none) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace akkoord::ui
