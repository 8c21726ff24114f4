#pragma once

#include "advice/matrixchart.h"

#include <QLineF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>
#include <QVector>

namespace akkoord {

// Where everything of a matrix chart goes inside a plot rectangle: the one placement that the
// on-screen view (Qt Charts) and the report painter (Qt GUI alone) share, so that a report shows
// the same picture as the screen. Geometry only, from the sizes of the texts as the caller's
// fonts measure them; no painting, no fonts, no widgets.
struct MatrixLayout
{
    // The value range both axes show; the chart's cross runs through 0.
    static constexpr double Range = 1.12;

    // The measured sizes of the texts, in the order of the state's own lists.
    struct TextSizes
    {
        QSizeF quadrants[4];
        QSizeF poles[4]; // x negative, x positive, y negative, y positive
        QSizeF axisNames[2];
        QVector<QSizeF> labels; // one per MatrixChartState::points entry
        // The same names on two lines (inTwoLines), for those that find no clear place on one;
        // empty: none is broken.
        QVector<QSizeF> labelsInTwo;
    };

    struct Arrow
    {
        QLineF line;     // from point to point, in plot coordinates
        QLineF shaft;    // what is drawn: stops short of the marker so the head stays visible
        QPointF head[3]; // the arrow head's triangle; all zero when the arrow is too short
        bool drawn = false;
        ChartArrow::Kind kind = ChartArrow::ToStartingPoint;
    };

    QRectF plot;
    QRectF quadrants[4]; // where each text goes, at its measured size
    QRectF poles[4];
    QPointF axisNames[2]; // the y name is drawn turned a quarter left about this point
    QVector<Arrow> arrows;
    QVector<QRectF> labels;   // one per point
    QVector<bool> labelInTwo; // whether that point's name is drawn on two lines
    // A thin line from a marker to its name, where the name stands further off than close
    // beside it (a crowded spot): the line keeps it its marker's. Null where none is drawn (the
    // name close beside its marker, or left off).
    QVector<QLineF> leaders;
    // A practice example's name left off where it finds no clear place (a small chart): its
    // marker still names it on hover, and the matrix's table lists it. Its rect is then empty.
    QVector<bool> labelHidden;
    // A quadrant's name left off where the scenario's, a starting point's or the goal's name
    // finds a clear place only over it (a marker in the corner of a small chart): the corner's
    // marker then names what is there, and the poles still name the axes' ends.
    bool quadrantHidden[4] = {false, false, false, false};

    // How far a name's box lies from a marker's middle (0 where it covers it).
    static qreal gapTo(const QPointF &marker, const QRectF &rect);
    // How far a marker of that kind reaches from its middle, as the screen draws it (the
    // scenario's dot is the largest); the layout keeps names off that.
    static qreal markerRadius(ChartPoint::Kind kind);
    // How far from its marker's middle a name placed close beside it lies at most.
    static qreal beside(ChartPoint::Kind kind) { return markerRadius(kind) + 4; }
    // The line from a marker to a name at rect: from the marker's edge to the name's nearest
    // point; null where the name lies close beside the marker (within beside(kind)).
    static QLineF leaderBetween(const QPointF &marker, ChartPoint::Kind kind, const QRectF &rect);
    // A value of the chart as a position inside plot.
    static QPointF map(const QRectF &plot, double x, double y);
    // A pole's text at the end of its axis, with the arrow that points along it: x negative,
    // x positive, y negative, y positive.
    static QString poleText(const MatrixChartState &state, int i);
    // How wide a quadrant's name or a pole may be: beyond that it would reach the cross.
    static qreal quadrantWidth(const QRectF &plot);
    // A name broken into two lines at the space nearest its middle (as it is without a space):
    // a quadrant's name wider than quadrantWidth, a point's name that fits nowhere on one line.
    static QString inTwoLines(const QString &text);

    static MatrixLayout place(const MatrixChartState &state, const QRectF &plot,
                              const TextSizes &sizes);

    // What a reader would find hard to read, in words (none when the picture is clean): a text
    // that leaves the plot, covers another text or a marker, or is crossed by an arrow (shaft or
    // head), a leader line or the axes' cross; a pole in the half of the opposite end; a name
    // away from its marker without a leader line to it, or nearer a marker like its own. The tests
    // ask it of the screen and the report at several sizes.
    QStringList collisions(const MatrixChartState &state) const;
    // Whether a name lies wholly on the other side of an axis than its marker, away from it
    // (where it reads as a neighbour's); a marker on an axis has no side.
    bool acrossAnAxis(const QPointF &marker, const QRectF &label) const;
    // The lines of the cross through the middle, and every arrow's shaft and head edges.
    QVector<QLineF> strokes() const;

private:
    // Whether pole i (as in poles) stays on its own side of the cross, clear of the other axis.
    bool poleInItsHalf(int i, const QRectF &rect) const;
    // Each point's label beside its marker, clear of what is already taken where it can be.
    void placeLabels(const MatrixChartState &state, const TextSizes &sizes,
                     const QVector<QPointF> &at, const QVector<QLineF> &lines,
                     const QVector<QRectF> &fixed);
};

} // namespace akkoord
