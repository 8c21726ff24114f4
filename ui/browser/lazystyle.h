#pragma once

#include <QProxyStyle>

namespace akkoord::ui {

// The application's own style, the platform's with two changes: the icons of the tool and menu
// bars' extension buttons are read when first drawn instead of when the bars are built (reading
// one image file makes Qt load every image-format plugin, which the start-up need not wait for),
// the focus frame (FocusRing) is a clear two-pixel ring in the highlight colour, and in a
// high-contrast palette (white on black) every control gets a white edge, which the platform
// style draws as a shade of the window colour: black on black.
class LazyIconStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
};

} // namespace akkoord::ui
