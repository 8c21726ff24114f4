#include "browser/lazystyle.h"

#include "support/focusring.h"

#include <QIconEngine>
#include <QPainter>
#include <QPen>
#include <QPointer>
#include <QStyleOption>

namespace akkoord::ui {

namespace {

// An icon that asks the style for the real one the first time it is needed.
class LazyIconEngine : public QIconEngine
{
public:
    LazyIconEngine(const QProxyStyle *style, QStyle::StandardPixmap which)
        : m_style(style), m_which(which)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("akkoord-lazy"); }
    QIconEngine *clone() const override { return new LazyIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (!m_loaded) {
            m_loaded = true;
            if (m_style && m_style->baseStyle()) {
                m_icon = m_style->baseStyle()->standardIcon(m_which);
            }
        }
        return m_icon;
    }

    QPointer<const QProxyStyle> m_style;
    QStyle::StandardPixmap m_which;
    QIcon m_icon;
    bool m_loaded = false;
};

// White on black: the high-contrast palette, where edges must be drawn in the text colour.
bool highContrast(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 16 &&
           palette.color(QPalette::WindowText).lightness() > 240;
}

void drawEdge(QPainter *painter, const QStyleOption *option, bool round)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, round);
    painter->setPen(QPen(option->palette.color(QPalette::WindowText), 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (round) {
        painter->drawEllipse(r);
    } else {
        painter->drawRect(r);
    }
    painter->restore();
}

} // namespace

void LazyIconStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                  QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!highContrast(option->palette)) {
        return;
    }
    switch (element) {
    case PE_IndicatorCheckBox:
    case PE_FrameLineEdit:
    case PE_PanelButtonCommand:
        drawEdge(painter, option, false);
        break;
    case PE_IndicatorRadioButton:
        drawEdge(painter, option, true);
        break;
    default:
        break;
    }
}

void LazyIconStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                       QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (highContrast(option->palette) && (control == CC_ComboBox || control == CC_SpinBox)) {
        drawEdge(painter, option, false);
    }
}

QIcon LazyIconStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                                  const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
        return QIcon(new LazyIconEngine(this, icon));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

void LazyIconStyle::drawControl(ControlElement element, const QStyleOption *option,
                                QPainter *painter, const QWidget *widget) const
{
    if (element != CE_FocusFrame) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    // The frame widget lies around the control, FocusRing::Width outside it.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(FocusRing::color(option->palette), FocusRing::Width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal half = FocusRing::Width / 2.0;
    painter->drawRect(QRectF(option->rect).adjusted(half, half, -half, -half));
    painter->restore();
}

int LazyIconStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                               const QWidget *widget) const
{
    if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin) {
        return FocusRing::Width;
    }
    return QProxyStyle::pixelMetric(metric, option, widget);
}

} // namespace akkoord::ui
