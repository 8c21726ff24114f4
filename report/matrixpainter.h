#pragma once

#include "advice/matrixchart.h"
#include "advice/matrixlayout.h"

#include <QColor>
#include <QFont>
#include <QRectF>

class QPainter;

namespace akkoord {

// The colour of each kind of point, in a light or a dark scheme: the screen and the reports use
// the same.
QColor matrixColor(ChartPoint::Kind kind, bool dark);
// The colour of an arrow of this kind: the colour of what it leads to.
QColor arrowColor(ChartArrow::Kind kind, bool dark);

// Paints a matrix chart with QPainter alone (no widget, no Qt Charts), for the reports: PDF,
// printer and SVG. The placement of every text and arrow is MatrixLayout's, the same as on the
// screen; what differs is only who draws the axes and markers.
class MatrixPainter
{
public:
    explicit MatrixPainter(const MatrixChartState &state) : m_state(state) {}

    // The geometry the chart gets in a picture of this size (in the painter's units), for tests
    // and for reading back what was drawn.
    MatrixLayout layout(const QSizeF &size) const;
    // Paints into target, laid out at size and scaled to fit (so that a chart looks the same on
    // an A4 page at 300 dpi as in a 1000-pixel SVG).
    void paint(QPainter *painter, const QRectF &target, const QSizeF &size) const;

private:
    QFont font(ChartPoint::Kind kind, bool emphasised) const;
    QFont baseFont() const;
    MatrixLayout::TextSizes measure(const QRectF &plot) const;
    // A quadrant's name as it is drawn in that plot: on two lines when too long for its corner.
    QString quadrantText(int q, const QRectF &plot) const;
    QString poleText(int i, const QRectF &plot) const; // the same for a pole
    QRectF plotArea(const QSizeF &size) const;
    void paintArrowsAndMarkers(QPainter *painter, const MatrixLayout &layout) const;
    void paintTexts(QPainter *painter, const MatrixLayout &layout) const;

    const MatrixChartState &m_state;
};

} // namespace akkoord
