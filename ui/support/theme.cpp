#include "support/theme.h"

#include <QApplication>
#include <QStyle>

#include <cmath>
#include <optional>

namespace akkoord::ui {

namespace {

QPalette dark()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6a, 0xad));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    // The shades the style draws frames and bevels with.
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Mid, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x88, 0x88, 0x88));
    }
    return p;
}

// White on black, yellow for what is selected and cyan for links, as high-contrast desktop
// themes do; frames in full white so every control's edge is seen.
QPalette highContrast()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    for (const auto role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
          QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow}) {
        p.setColor(role, black);
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                            QPalette::ToolTipText, QPalette::BrightText, QPalette::Light,
                            QPalette::Midlight, QPalette::Mid, QPalette::PlaceholderText}) {
        p.setColor(role, white);
    }
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0xa6, 0xa6, 0xa6));
    }
    return p;
}

std::optional<QPalette> &systemPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

QStringList Theme::choices()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
            QStringLiteral("high-contrast")};
}

QPalette Theme::palette(const QString &choice, const QPalette &system)
{
    if (choice == QLatin1String("light")) {
        // The style's own light palette, with a selection dark enough for white text on it.
        QPalette light = QApplication::style()->standardPalette();
        light.setColor(QPalette::Active, QPalette::Highlight, QColor(0x1f, 0x66, 0xa8));
        light.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x1f, 0x66, 0xa8));
        return light;
    }
    if (choice == QLatin1String("dark")) {
        return dark();
    }
    if (choice == QLatin1String("high-contrast")) {
        return highContrast();
    }
    return system;
}

void Theme::apply(const QString &choice)
{
    if (!systemPalette()) {
        systemPalette() = QApplication::palette();
    }
    QApplication::setPalette(palette(choice, *systemPalette()));
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace akkoord::ui
