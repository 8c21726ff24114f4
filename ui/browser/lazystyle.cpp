#include "browser/lazystyle.h"

#include <QIconEngine>
#include <QPainter>
#include <QPointer>

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

} // namespace

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

} // namespace akkoord::ui
