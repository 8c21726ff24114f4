#pragma once

#include "agreements/progresschart.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace akkoord {

// Paints the progress chart with QPainter alone, for the reports and for the desktop program's
// progress view: a small panel per target group and unit, quarters along the bottom, what was
// committed as a dashed line and what was realised as a solid one, the latest figures in words.
class ProgressPainter
{
public:
    struct Colors
    {
        QColor text = QColor(0x20, 0x20, 0x20);
        QColor faint = QColor(0x70, 0x70, 0x70);
        QColor committed = QColor(0x70, 0x70, 0x70);
        QColor realised = QColor(0x00, 0x5a, 0xa0);
        QColor frame = QColor(0xc0, 0xc0, 0xc0);
    };
    explicit ProgressPainter(const ProgressChartState &state) : m_state(state) {}
    ProgressPainter(const ProgressChartState &state, const Colors &colors)
        : m_state(state), m_colors(colors)
    {
    }

    // Paints into target, laid out at size and scaled to fit, as MatrixPainter does.
    void paint(QPainter *painter, const QRectF &target, const QSizeF &size) const;
    // The panel of each series in a picture of this size (for tests).
    QVector<QRectF> panels(const QSizeF &size) const;

private:
    void paintPanel(QPainter *painter, const QRectF &panel,
                    const ProgressChartState::Series &series) const;

    const ProgressChartState &m_state;
    Colors m_colors;
};

} // namespace akkoord
