#pragma once

#include <QProxyStyle>

namespace akkoord::ui {

// The application's own style, unchanged except that the icons of the tool and menu bars'
// extension buttons are read when first drawn instead of when the bars are built: reading one
// image file makes Qt load every image-format plugin, which the start-up need not wait for.
class LazyIconStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace akkoord::ui
